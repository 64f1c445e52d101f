/**
 * API keys: the gateway keeps only their SHA-256 digests and compares a presented key's digest with
 * every known one in constant time, so neither timing nor memory reveals a key.
 */
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex, type ApiKeyDefinition } from '../config-callers.js';
import { scopeSet, type Caller } from './caller.js';

export interface ApiKeyRing {
  /** The caller a key names, or undefined for an unknown key. */
  callerOf(key: string): Caller | undefined;
}

export function createApiKeyRing(definitions: readonly ApiKeyDefinition[]): ApiKeyRing {
  const entries = definitions.map((definition) => ({
    digest: Buffer.from(definition.keySha256, 'hex'),
    caller: Object.freeze({
      name: definition.name,
      kind: 'api-key' as const,
      scopes: scopeSet(definition.scopes),
      ...(definition.user && { user: { ...definition.user } }),
    }),
  }));
  return {
    callerOf(key) {
      const digest = Buffer.from(sha256Hex(key), 'hex');
      let found: Caller | undefined;
      // Every entry is compared, whether or not an earlier one matched.
      for (const entry of entries) {
        if (timingSafeEqual(entry.digest, digest) && !found) found = entry.caller;
      }
      return found;
    },
  };
}
