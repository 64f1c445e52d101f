/**
 * One webhook request exactly as Feishu sends it: the schema-2.0 envelope, encrypted into
 * `{"encrypt": ...}` when an Encrypt Key is in use, and signed over the exact bytes sent (events.md §3).
 */
import { randomBytes } from 'node:crypto';
import { encryptPayload, signBody } from '../../events/crypto.js';
import { SIGNATURE_HEADERS, type WireEventEnvelope } from '../../upstream/wire.js';

export interface PushRequest {
  body: string;
  headers: Record<string, string>;
}

/** `encryptKey` undefined: a plaintext push without signature headers (no Encrypt Key configured). */
export function buildPushRequest(envelope: WireEventEnvelope, encryptKey: string | undefined, nowMs: number): PushRequest {
  const plaintext = JSON.stringify(envelope);
  const contentType = { 'content-type': 'application/json; charset=utf-8' };
  if (encryptKey === undefined) return { body: plaintext, headers: contentType };
  const body = JSON.stringify({ encrypt: encryptPayload(plaintext, encryptKey) });
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomBytes(8).toString('hex');
  return {
    body,
    headers: {
      ...contentType,
      [SIGNATURE_HEADERS.timestamp]: timestamp,
      [SIGNATURE_HEADERS.nonce]: nonce,
      [SIGNATURE_HEADERS.signature]: signBody(timestamp, nonce, encryptKey, body),
    },
  };
}
