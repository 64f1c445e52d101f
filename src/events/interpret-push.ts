/**
 * Decides what one webhook request is: a challenge to echo, an authenticated event envelope to hand
 * to the event intake (the path both ingresses share), or something to refuse (and with which
 * status). Pure: no I/O, so every rule can be tested and fuzzed without a server.
 *
 * With an Encrypt Key, a signed push is authenticated before it is decrypted. An unsigned encrypted
 * body may only be a URL verification (Feishu does not sign those); every other unsigned encrypted
 * body gets the same 400 whether it decrypts or not, so the answers cannot serve as a padding oracle.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SIGNATURE_HEADERS } from '../upstream/wire.js';
import { decryptPayload, verifySignature } from './crypto.js';
import { checkHeader, isRecord } from './push-envelope.js';

export interface PushPolicy {
  verificationToken?: string;
  encryptKey?: string;
  /** Largest distance between the request timestamp and now. */
  replayWindowMs: number;
  now: () => number;
}

export interface PushRequest {
  /** The raw bytes received: the signature covers them exactly. */
  body: Buffer;
  headers: IncomingHttpHeaders;
}

export type PushVerdict =
  | { kind: 'challenge'; challenge: string }
  /** A schema-2.0 envelope whose header (and token, when one is configured) checked out. */
  | { kind: 'envelope'; envelope: Record<string, unknown> }
  | { kind: 'refused'; status: 400 | 401; reason: string };

const NOT_A_PUSH = 'not a Feishu push';

function refuse(status: 400 | 401, reason: string): PushVerdict {
  return { kind: 'refused', status, reason };
}

export function interpretPush(request: PushRequest, policy: PushPolicy): PushVerdict {
  const body = parseObject(request.body.toString('utf8'));
  if (!body) return refuse(400, 'body is not a JSON object');
  if ('encrypt' in body) return interpretEncrypted(body.encrypt, request, policy);
  if (body.type === 'url_verification') return answerChallenge(body, policy);
  // Whether it is a push at all comes first: only a push can fail verification (401); anything else is 400.
  const header = checkHeader(body);
  if (!header.ok) return refuse(400, header.problem);
  if (policy.encryptKey !== undefined) return refuse(401, 'plain push refused: pushes must be encrypted');
  const timestamp = headerValue(request.headers, SIGNATURE_HEADERS.timestamp);
  if (timestamp !== undefined && !isFresh(timestamp, policy)) return refuse(401, 'request timestamp outside the replay window');
  return interpretEnvelope(body, policy);
}

function interpretEncrypted(encrypt: unknown, request: PushRequest, policy: PushPolicy): PushVerdict {
  if (typeof encrypt !== 'string') return refuse(400, 'encrypt is not a string');
  if (policy.encryptKey === undefined) return refuse(400, 'encrypted push, but no Encrypt Key is configured');
  const timestamp = headerValue(request.headers, SIGNATURE_HEADERS.timestamp);
  const nonce = headerValue(request.headers, SIGNATURE_HEADERS.nonce);
  const signature = headerValue(request.headers, SIGNATURE_HEADERS.signature);
  const signed = timestamp !== undefined || nonce !== undefined || signature !== undefined;
  if (signed) {
    if (timestamp === undefined || nonce === undefined || signature === undefined) return refuse(401, 'signature headers incomplete');
    if (!verifySignature(timestamp, nonce, policy.encryptKey, request.body, signature)) return refuse(401, 'bad signature');
    if (!isFresh(timestamp, policy)) return refuse(401, 'request timestamp outside the replay window');
  }
  const inner = decrypt(encrypt, policy.encryptKey);
  if (!inner) return refuse(400, signed ? 'undecryptable push' : NOT_A_PUSH);
  if (inner.type === 'url_verification') return answerChallenge(inner, policy);
  if (!signed) return refuse(400, NOT_A_PUSH);
  return interpretEnvelope(inner, policy);
}

function answerChallenge(body: Record<string, unknown>, policy: PushPolicy): PushVerdict {
  if (typeof body.challenge !== 'string') return refuse(400, 'url_verification without a challenge');
  if (policy.verificationToken !== undefined && !sameSecret(body.token, policy.verificationToken)) {
    return refuse(401, 'wrong verification token');
  }
  return { kind: 'challenge', challenge: body.challenge };
}

/** The header is read here only for the token; the event intake checks the rest of the envelope. */
function interpretEnvelope(body: Record<string, unknown>, policy: PushPolicy): PushVerdict {
  const header = checkHeader(body);
  if (!header.ok) return refuse(400, header.problem);
  if (policy.verificationToken !== undefined && !sameSecret(header.header.token, policy.verificationToken)) {
    return refuse(401, 'wrong verification token');
  }
  return { kind: 'envelope', envelope: body };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function decrypt(encrypt: string, encryptKey: string): Record<string, unknown> | undefined {
  try {
    return parseObject(decryptPayload(encrypt, encryptKey));
  } catch {
    return undefined;
  }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Unix seconds, or milliseconds when the number is too large to be seconds (past the year 5000). */
function isFresh(timestamp: string, policy: PushPolicy): boolean {
  if (!/^\d{1,16}$/.test(timestamp)) return false;
  const value = Number(timestamp);
  const ms = value >= 1e11 ? value : value * 1000;
  return Math.abs(policy.now() - ms) <= policy.replayWindowMs;
}

/** Compares digests so the time taken says nothing about the secret, not even its length. */
function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
