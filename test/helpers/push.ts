/** Builds webhook requests the way Feishu sends them, and sends them over real HTTP. */
import { encryptPayload, signBody } from '../../src/events/crypto.js';

export interface Push {
  body: string;
  headers: Record<string, string>;
}

/** An encrypted push, signed over the exact body bytes, stamped `timestampSeconds`. */
export function sealedPush(plaintext: string, encryptKey: string, timestampSeconds: number, nonce = 'nonce-1'): Push {
  const body = JSON.stringify({ encrypt: encryptPayload(plaintext, encryptKey) });
  const timestamp = String(timestampSeconds);
  return {
    body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signBody(timestamp, nonce, encryptKey, body),
    },
  };
}

export function plainPush(value: unknown): Push {
  return {
    body: typeof value === 'string' ? value : JSON.stringify(value),
    headers: { 'content-type': 'application/json; charset=utf-8' },
  };
}

export interface Answer {
  status: number;
  body: unknown;
}

export async function send(url: string, push: Push): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: push.headers, body: push.body });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // a non-JSON answer is kept as text for the assertion to show
  }
  return { status: response.status, body };
}

/** A schema-2.0 envelope with the given header overrides and payload. */
export function envelope(eventType: string, event: Record<string, unknown>, header: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: '2.0',
    header: {
      event_id: `id-${Math.random().toString(16).slice(2)}`,
      event_type: eventType,
      create_time: '1718000000000',
      token: 'vT0kenDemoVerification01',
      app_id: 'cli_a1b2c3d4e5f60718',
      tenant_key: '2ca1d211f64f6438',
      ...header,
    },
    event,
  };
}
