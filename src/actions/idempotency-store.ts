import { LRUCache } from 'lru-cache';
import type { ActionFailure } from './action-error.js';

/** How an action ended, as remembered under its idempotency key. */
export type ActionOutcome = { ok: true; processId: string } | { ok: false; failure: ActionFailure };

export interface IdempotencyRecord {
  /** Digest of the action and its input: the same key with another input is refused. */
  fingerprint: string;
  outcome: ActionOutcome;
}

/**
 * Remembers outcomes by idempotency key so that a client's retry gets the first answer and Feishu
 * sees one PUT. `claim` is the single-flight point: only one caller per key runs the action.
 */
export interface IdempotencyStore {
  /** 'claimed' when the caller should run the action; otherwise the settled (or awaited) record. */
  claim(key: string, fingerprint: string): Promise<'claimed' | IdempotencyRecord>;
  /** Settles a claimed key; `remember: false` releases it so a retry runs again (nothing reached Feishu). */
  settle(key: string, record: IdempotencyRecord, remember: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryIdempotencyOptions {
  /** @default 10_000 */
  maxKeys?: number;
  /** @default 24 hours */
  ttlMs?: number;
}

type Entry = { fingerprint: string; settled?: IdempotencyRecord; waiters: ((record: IdempotencyRecord | undefined) => void)[] };

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries: LRUCache<string, Entry>;

  constructor(options: MemoryIdempotencyOptions = {}) {
    this.entries = new LRUCache({ max: options.maxKeys ?? 10_000, ttl: options.ttlMs ?? 86_400_000 });
  }

  async claim(key: string, fingerprint: string): Promise<'claimed' | IdempotencyRecord> {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { fingerprint, waiters: [] });
      return 'claimed';
    }
    if (entry.settled) return entry.settled;
    const record = await new Promise<IdempotencyRecord | undefined>((resolve) => entry.waiters.push(resolve));
    // The first caller released the key without an outcome worth keeping: this one runs the action itself.
    return record ?? this.claim(key, fingerprint);
  }

  async settle(key: string, record: IdempotencyRecord, remember: boolean): Promise<void> {
    const entry = this.entries.get(key);
    if (remember) this.entries.set(key, { fingerprint: record.fingerprint, settled: record, waiters: [] });
    else this.entries.delete(key);
    for (const wake of entry?.waiters ?? []) wake(remember ? record : undefined);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
