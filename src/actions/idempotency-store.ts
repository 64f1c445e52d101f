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

/** A key whose action is running: callers with the same key wait for its outcome. */
type Pending = { waiters: ((record: IdempotencyRecord | undefined) => void)[] };

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly settled: LRUCache<string, IdempotencyRecord>;
  // Kept apart from the LRU so that a running action's key can never be evicted under its waiters.
  private readonly pending = new Map<string, Pending>();

  constructor(options: MemoryIdempotencyOptions = {}) {
    this.settled = new LRUCache({ max: options.maxKeys ?? 10_000, ttl: options.ttlMs ?? 86_400_000 });
  }

  async claim(key: string, fingerprint: string): Promise<'claimed' | IdempotencyRecord> {
    const settled = this.settled.get(key);
    if (settled) return settled;
    const running = this.pending.get(key);
    if (!running) {
      this.pending.set(key, { waiters: [] });
      return 'claimed';
    }
    const record = await new Promise<IdempotencyRecord | undefined>((resolve) => running.waiters.push(resolve));
    // The first caller released the key without an outcome worth keeping: this one runs the action itself.
    return record ?? this.claim(key, fingerprint);
  }

  async settle(key: string, record: IdempotencyRecord, remember: boolean): Promise<void> {
    const running = this.pending.get(key);
    this.pending.delete(key);
    if (remember) this.settled.set(key, record);
    for (const wake of running?.waiters ?? []) wake(remember ? record : undefined);
  }

  async close(): Promise<void> {
    this.settled.clear();
  }
}
