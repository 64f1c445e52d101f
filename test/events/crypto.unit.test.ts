import { describe, expect, it } from 'vitest';
import { decryptPayload, encryptPayload, signBody, verifySignature } from '../../src/events/crypto.js';
import { fixture, type EncryptedVector } from '../helpers/feishu-fixtures.js';

const docs = fixture<{ encrypt_key: string; encrypt: string; plaintext: string }>('aes-docs-vector.json');
const challenge = fixture<EncryptedVector>('url-verification-encrypted.json');
const signed = fixture<EncryptedVector>('event-encrypted-signed.json');

describe('Feishu event crypto against the published vectors', () => {
  it('decrypts the docs AES vector to "hello world"', () => {
    expect(decryptPayload(docs.encrypt, docs.encrypt_key)).toBe('hello world');
  });

  it('decrypts the encrypted url_verification and event vectors', () => {
    expect(decryptPayload(challenge.encrypt, challenge.encrypt_key)).toBe(challenge.plaintext);
    expect(decryptPayload(signed.encrypt, signed.encrypt_key)).toBe(signed.plaintext);
  });

  it('reproduces the event vector byte for byte from its IV', () => {
    expect(encryptPayload(signed.plaintext, signed.encrypt_key, Buffer.from(signed.iv_hex, 'hex'))).toBe(signed.encrypt);
  });

  it('verifies the signed example over its raw body, and nothing altered', () => {
    const header = (name: string) => signed.request.headers[name] ?? '';
    const [timestamp, nonce, signature] = ['X-Lark-Request-Timestamp', 'X-Lark-Request-Nonce', 'X-Lark-Signature'].map(header) as [
      string,
      string,
      string,
    ];
    const raw = signed.request.raw_body;
    expect(signBody(timestamp, nonce, signed.encrypt_key, raw)).toBe(signature);
    expect(verifySignature(timestamp, nonce, signed.encrypt_key, Buffer.from(raw), signature)).toBe(true);
    expect(verifySignature(timestamp, nonce, signed.encrypt_key, `${raw} `, signature)).toBe(false);
    expect(verifySignature(timestamp, nonce, 'another key', raw, signature)).toBe(false);
    expect(verifySignature(timestamp, nonce, signed.encrypt_key, raw, 'not hex')).toBe(false);
  });

  it('refuses to decrypt under another key or from a truncated ciphertext', () => {
    expect(() => decryptPayload(signed.encrypt, 'another key')).toThrow();
    expect(() => decryptPayload(signed.encrypt.slice(0, 40), signed.encrypt_key)).toThrow();
  });
});
