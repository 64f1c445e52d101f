import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/feishu/', import.meta.url);

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

export interface EncryptedVector {
  encrypt_key: string;
  encrypt: string;
  plaintext: string;
  iv_hex: string;
  request: { headers: Record<string, string>; raw_body: string };
}
