/** Writing answers the way Feishu's gateway does: JSON, an X-Tt-Logid on every response. */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { LOGID_HEADER } from '../../upstream/wire.js';

/** Shaped like Feishu's log ids (`20220501181xxx8035096193288FA`): UTC time to the second, then random hex. */
export function newLogId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/\D/g, '').slice(0, 14);
  return stamp + randomBytes(9).toString('hex').toUpperCase();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, logId: string, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    [LOGID_HEADER]: logId,
    ...headers,
  });
  res.end(text);
}
