/**
 * The per-endpoint budgets shared by every replica through Redis: one sliding log per endpoint, reserved
 * atomically by a script on Redis's own clock, so two replicas together never exceed Feishu's budget.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Endpoint } from './api.js';
import { guardedWindowMs, type Budget } from './budgets.js';
import { budgetExhausted, type RateLimiter } from './rate-limiter.js';

// Returns { granted (1/0), wait ms }. Same rule as MemoryRateLimiter: the slot is the first instant with
// fewer than `limit` grants in the window before it; a granted caller reserves that slot at once.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
local slot = now
if n >= limit then
  local blocking = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  slot = math.max(now, tonumber(blocking[2]) + window)
end
if slot - now > maxWait then return {0, slot - now} end
redis.call('ZADD', KEYS[1], slot, ARGV[4])
redis.call('PEXPIRE', KEYS[1], slot - now + window)
return {1, slot - now}
`;

export interface RedisRateLimiterOptions {
  /** @default 'fpg:budget:' — one key per endpoint; every replica of one app must share it. */
  keyPrefix?: string;
}

export class RedisRateLimiter implements RateLimiter {
  private readonly prefix: string;
  private sequence = 0;

  constructor(
    private readonly redis: Redis,
    private readonly budgets: Readonly<Record<Endpoint, Budget>>,
    options: RedisRateLimiterOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? 'fpg:budget:';
  }

  async acquire(endpoint: Endpoint, deadline: number): Promise<void> {
    const budget = this.budgets[endpoint];
    const maxWait = Math.max(0, deadline - Date.now());
    const member = `${process.pid}:${Date.now()}:${(this.sequence += 1)}:${Math.random()}`;
    const [granted, waitMs] = (await this.redis.eval(
      RESERVE,
      1,
      this.prefix + endpoint,
      guardedWindowMs(budget),
      budget.limit,
      maxWait,
      member,
    )) as [number, number];
    if (granted !== 1) throw budgetExhausted(endpoint, budget, waitMs);
    if (waitMs > 0) await sleep(waitMs);
  }
}
