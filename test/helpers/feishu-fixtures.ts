import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/feishu/', import.meta.url);

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

/** The documented example of each of the six process events (events.md: five, and the comment event). */
export const PROCESS_EVENT_FIXTURES = [
  'event-process-status-update.json',
  'event-process-updated.json',
  'event-process-node-updated.json',
  'event-process-approver-updated.json',
  'event-process-cc-updated.json',
  'event-process-comment-updated.json',
] as const;

export interface EncryptedVector {
  encrypt_key: string;
  encrypt: string;
  plaintext: string;
  iv_hex: string;
  request: { headers: Record<string, string>; raw_body: string };
}
