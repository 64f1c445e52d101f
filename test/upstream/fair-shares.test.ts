/**
 * Fair shares of Feishu's budgets, as both limiters enforce them (the Redis one across replicas): a
 * caller never takes more than its share of a window, background work never spends the reserve kept
 * for interactive reads, and refusals come at once with the time until the share frees up.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/upstream/api.js';
import { FEISHU_BUDGETS, type Budget } from '../../src/upstream/budgets.js';
import { ShareExhaustedError, type Spender } from '../../src/upstream/fair-shares.js';
import { MemoryRateLimiter, type RateLimiter } from '../../src/upstream/rate-limiter.js';
import { RedisRateLimiter } from '../../src/upstream/redis-rate-limiter.js';
import { connect, deletePrefix, randomPrefix } from '../helpers/redis.js';

const redis = connect();
const prefix = randomPrefix('shares');

afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

const SHARES = { callerShare: 0.5, interactiveReserve: 0.5 };
const budgets: Record<Endpoint, Budget> = { ...FEISHU_BUDGETS };

/** Asks `count` grants of getProcess at once; answers how many came and why the others did not. */
async function ask(limiters: readonly RateLimiter[], count: number, spender: Spender): Promise<{ granted: number; reasons: string[] }> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      (limiters[i % limiters.length] as RateLimiter).acquire('getProcess', Date.now() + 100, spender),
    ),
  );
  const reasons = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason instanceof ShareExhaustedError ? result.reason.reason : 'exhausted'] : [],
  );
  return { granted: results.filter((result) => result.status === 'fulfilled').length, reasons };
}

const kinds: [string, (run: number) => RateLimiter[]][] = [
  ['MemoryRateLimiter', () => [new MemoryRateLimiter(budgets, Date.now, SHARES)]],
  [
    'RedisRateLimiter (two replicas)',
    (run) => {
      const options = { keyPrefix: `${prefix}${run}:`, shares: SHARES };
      return [new RedisRateLimiter(redis, budgets, options), new RedisRateLimiter(redis, budgets, options)];
    },
  ],
];

describe.each(kinds)('%s', (_name, make) => {
  let run = 0;

  it('grants one caller at most half of getProcess per minute, refused at once with retryAfter; another caller still gets the rest', async () => {
    const limiters = make((run += 1));
    const abuser = await ask(limiters, 80, { caller: 'abuser' });
    expect(abuser.granted).toBe(50);
    expect(new Set(abuser.reasons)).toEqual(new Set(['caller_share']));
    const refusal = await limiters[0]?.acquire('getProcess', Date.now() + 100, { caller: 'abuser' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ShareExhaustedError);
    expect((refusal as ShareExhaustedError).retryAfter).toBeGreaterThanOrEqual(59);
    const ordinary = await ask(limiters, 10, { caller: 'ordinary' });
    expect(ordinary.granted).toBe(10);
  });

  it('lets background work take at most the half not reserved for interactive reads, counting everything granted', async () => {
    const limiters = make((run += 1));
    const background = await ask(limiters, 80, { caller: 'gateway', callClass: 'background' });
    expect(background.granted).toBe(50);
    expect(new Set(background.reasons)).toEqual(new Set(['background_share']));
    // The reserve is there for interactive reads of other callers.
    expect((await ask(limiters, 30, { caller: 'a' })).granted).toBe(30);
    expect((await ask(limiters, 30, { caller: 'b' })).granted).toBe(20);
  });

  it('never lets background work into the reserve once interactive reads used the rest', async () => {
    const limiters = make((run += 1));
    expect((await ask(limiters, 30, { caller: 'a' })).granted).toBe(30);
    expect((await ask(limiters, 30, { caller: 'b' })).granted).toBe(30);
    const background = await ask(limiters, 10, { callClass: 'background' });
    expect(background.granted).toBe(0);
    expect(new Set(background.reasons)).toEqual(new Set(['background_share']));
  });
});
