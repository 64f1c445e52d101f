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
  // Every subscriber compares every live entry: no splitting, no allocation.
  const aDash = a.indexOf('-');
  const bDash = b.indexOf('-');
  const byMs = compareDigits(a, 0, aDash, b, 0, bDash);
  return byMs === 0 ? compareDigits(a, aDash + 1, a.length, b, bDash + 1, b.length) > 0 : byMs > 0;
}

/** Compares the decimal integers a[aFrom, aTo) and b[bFrom, bTo) (no leading zeros). */
function compareDigits(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  if (aTo - aFrom !== bTo - bFrom) return aTo - aFrom - (bTo - bFrom);
  for (let i = 0; i < aTo - aFrom; i++) {
    const difference = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (difference !== 0) return difference;
  }
  return 0;
}
