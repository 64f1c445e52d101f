/**
 * The per-endpoint budgets shared by every replica through Redis: one sliding log per endpoint (and one
 * per endpoint and caller, for fair shares), reserved atomically by a script on Redis's own clock, so
 * two replicas together never exceed Feishu's budget nor let one caller past its share.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Endpoint } from './api.js';
import { guardedWindowMs, type Budget } from './budgets.js';
import { backgroundCap, callerCap, ShareExhaustedError, validateFairShares, type FairShares, type Spender } from './fair-shares.js';
import { budgetExhausted, type RateLimiter } from './rate-limiter.js';

// Returns { outcome, wait ms, cap }: outcome 1 granted, 0 no budget before the deadline, 2 background
// share used up, 3 caller share used up. Same rules as MemoryRateLimiter: shares are checked against the
// grants of the window and those reserved ahead; the slot is the first instant with fewer than `limit`
// grants in the window before it; a granted caller reserves that slot at once. KEYS[2] is the caller's
// log when ARGV[5] (its cap) is above 0; ARGV[6] is the background cap, or -1 for an interactive call.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local callerCap = tonumber(ARGV[5])
local backgroundCap = tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if backgroundCap >= 0 and n >= backgroundCap then
  local oldest = redis.call('ZRANGE', KEYS[1], n - backgroundCap, n - backgroundCap, 'WITHSCORES')
  return {2, tonumber(oldest[2]) + window - now, backgroundCap}
end
if callerCap > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
  local m = redis.call('ZCARD', KEYS[2])
  if m >= callerCap then
    local oldest = redis.call('ZRANGE', KEYS[2], m - callerCap, m - callerCap, 'WITHSCORES')
    return {3, tonumber(oldest[2]) + window - now, callerCap}
  end
end
local slot = now
if n >= limit then
  local blocking = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  slot = math.max(now, tonumber(blocking[2]) + window)
end
if slot - now > maxWait then return {0, slot - now, limit} end
redis.call('ZADD', KEYS[1], slot, ARGV[4])
redis.call('PEXPIRE', KEYS[1], slot - now + window)
if callerCap > 0 then
  redis.call('ZADD', KEYS[2], slot, ARGV[4])
  redis.call('PEXPIRE', KEYS[2], slot - now + window)
end
return {1, slot - now, limit}
`;

export interface RedisRateLimiterOptions {
  /** One key per endpoint (and per endpoint and caller) below it; every replica of one app must share it. */
  keyPrefix: string;
  /** @default DEFAULT_FAIR_SHARES */
  shares?: FairShares;
}

/** Caller names are free text: the key carries a digest of it, short and safe in any key. */
function callerDigest(caller: string): string {
  return createHash('sha256').update(caller).digest('base64url').slice(0, 22);
}

export class RedisRateLimiter implements RateLimiter {
  private readonly prefix: string;
  private readonly shares: FairShares;
  private sequence = 0;

  constructor(
    private readonly redis: Redis,
    private readonly budgets: Readonly<Record<Endpoint, Budget>>,
    options: RedisRateLimiterOptions,
  ) {
    this.prefix = options.keyPrefix;
    this.shares = validateFairShares(options.shares);
  }

  async acquire(endpoint: Endpoint, deadline: number, spender: Spender = {}): Promise<void> {
    const budget = this.budgets[endpoint];
    const maxWait = Math.max(0, deadline - Date.now());
    const member = `${process.pid}:${Date.now()}:${(this.sequence += 1)}:${Math.random()}`;
    const key = this.prefix + endpoint;
    const [outcome, waitMs, cap] = (await this.redis.eval(
      RESERVE,
      2,
      key,
      spender.caller === undefined ? `${key}:caller:-` : `${key}:caller:${callerDigest(spender.caller)}`,
      guardedWindowMs(budget),
      budget.limit,
      maxWait,
      member,
      spender.caller === undefined ? 0 : callerCap(budget, this.shares),
      spender.callClass === 'background' ? backgroundCap(budget, this.shares) : -1,
    )) as [number, number, number];
    if (outcome === 2) throw new ShareExhaustedError(endpoint, 'background_share', cap, budget, waitMs);
    if (outcome === 3) throw new ShareExhaustedError(endpoint, 'caller_share', cap, budget, waitMs);
    if (outcome !== 1) throw budgetExhausted(endpoint, budget, waitMs);
    if (waitMs > 0) await sleep(waitMs);
  }
}
