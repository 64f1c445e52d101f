/**
 * How the Redis event log lays out one stream entry: field `e` holds the encoded event and `p` the id
 * of the entry before it ('' for the first), written by the same script that appends the entry.
 */
import { decodeEvent } from './event-codec.js';
import type { LogEntry } from './log-subscription.js';

export const STREAM_ID = /^\d+-\d+$/;

export function decodeStreamEntry(id: string, fields: readonly string[]): LogEntry {
  let encoded: string | undefined;
  let previous: string | undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i] === 'e') encoded = fields[i + 1];
    if (fields[i] === 'p') previous = fields[i + 1] || undefined;
  }
  if (encoded === undefined) throw new Error(`stream entry ${id} has no event`);
  return { event: { ...decodeEvent(encoded), cursor: id }, previous };
}

/** Stream ids are `<ms>-<seq>`, both unbounded decimal integers without leading zeros. */
export function isLaterStreamId(a: string, b: string): boolean {
  const [aMs = '', aSeq = ''] = a.split('-');
  const [bMs = '', bSeq = ''] = b.split('-');
  const byMs = compareDigits(aMs, bMs);
  return byMs === 0 ? compareDigits(aSeq, bSeq) > 0 : byMs > 0;
}

function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
