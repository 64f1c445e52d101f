import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { FEISHU_BUDGETS, guardedWindowMs } from '../../src/upstream/budgets.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { RedisRateLimiter } from '../../src/upstream/redis-rate-limiter.js';
import { connect, deletePrefix, randomPrefix } from '../helpers/redis.js';
import { ok } from './support/fake-feishu.js';
import { useFakeFeishu } from './support/harness.js';

const redis = connect();
const prefix = randomPrefix('budget');

afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

describe('RedisRateLimiter', () => {
  it('shares one flow-data budget between two replicas: 10 per minute in all, the rest fail fast', async () => {
    const budgets = { ...FEISHU_BUDGETS };
    const a = new RedisRateLimiter(redis, budgets, { keyPrefix: prefix });
    const b = new RedisRateLimiter(redis, budgets, { keyPrefix: prefix });
    const deadline = Date.now() + 200;
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).acquire('getFlowData', deadline)));
    const granted = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as UpstreamError);
    expect(granted).toBe(10);
    expect(refused).toHaveLength(20);
    for (const error of refused) {
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error.kind).toBe('RATE_LIMITED');
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
      expect(error.retryAfter).toBeLessThanOrEqual(Math.ceil(guardedWindowMs(budgets.getFlowData) / 1000));
    }
  });

  it('waits for budget that frees up before the deadline', async () => {
    const budgets = { ...FEISHU_BUDGETS, getProcess: { limit: 2, windowMs: 300 } };
    const limiter = new RedisRateLimiter(redis, budgets, { keyPrefix: `${prefix}wait:` });
    const started = Date.now();
    await Promise.all([0, 1, 2].map(() => limiter.acquire('getProcess', Date.now() + 2_000)));
    // The third grant had to wait for the first to leave the window.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe('a client whose shared budget cannot be consulted', () => {
  const h = useFakeFeishu();

  it('sends nothing and fails as UNAVAILABLE (safe to retry) instead of an unexpected error', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
    });
    unreachable.on('error', () => undefined);
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ok({ process_id: 'p1', status: 1 }));
    const client = h.client({
      limiter: new RedisRateLimiter(unreachable, FEISHU_BUDGETS, { keyPrefix: prefix }),
      retry: { maxAttempts: 1 },
    });
    const error = await client.getProcess('p1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', retryable: true });
    expect(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p1')).toHaveLength(0);
    unreachable.disconnect();
  });
});
