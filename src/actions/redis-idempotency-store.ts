import type { Redis } from 'ioredis';
import type { IdempotencyRecord, IdempotencyStore } from './idempotency-store.js';

export interface RedisIdempotencyOptions {
  /** One key per idempotency key below it; every replica of one app must share it. */
  keyPrefix: string;
  /** How long an outcome is remembered. @default 24 hours */
  ttlMs?: number;
  /** How long a claim holds before another replica may run the action (a crashed holder). @default 60 s */
  claimTtlMs?: number;
  /** How often a waiting caller looks for the holder's outcome. @default 50 ms */
  pollMs?: number;
}

type Stored = { state: 'pending'; fingerprint: string } | { state: 'settled'; record: IdempotencyRecord };

/** The idempotency store shared by every replica: a claim is one SET NX, so one PUT per key across all. */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly claimTtlMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly redis: Redis,
    options: RedisIdempotencyOptions,
  ) {
    this.prefix = options.keyPrefix;
    this.ttlMs = options.ttlMs ?? 86_400_000;
    this.claimTtlMs = options.claimTtlMs ?? 60_000;
    this.pollMs = options.pollMs ?? 50;
  }

  async claim(key: string, fingerprint: string): Promise<'claimed' | IdempotencyRecord> {
    const redisKey = this.prefix + key;
    const pending: Stored = { state: 'pending', fingerprint };
    for (;;) {
      const set = await this.redis.set(redisKey, JSON.stringify(pending), 'PX', this.claimTtlMs, 'NX');
      if (set === 'OK') return 'claimed';
      const raw = await this.redis.get(redisKey);
      if (raw !== null) {
        const stored = JSON.parse(raw) as Stored;
        if (stored.state === 'settled') return stored.record;
      }
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  async settle(key: string, record: IdempotencyRecord, remember: boolean): Promise<void> {
    const redisKey = this.prefix + key;
    if (remember) {
      const stored: Stored = { state: 'settled', record };
      await this.redis.set(redisKey, JSON.stringify(stored), 'PX', this.ttlMs);
    } else {
      await this.redis.del(redisKey);
    }
  }

  async close(): Promise<void> {}
}
