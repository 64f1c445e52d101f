import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/upstream/api.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { guardedWindowMs } from '../../src/upstream/budgets.js';
import { FEISHU_BUDGETS, MemoryRateLimiter, type Budget } from '../../src/upstream/rate-limiter.js';
import { ok } from './support/fake-feishu.js';
import { useFakeFeishu } from './support/harness.js';

function limiterWith(budget: Budget, clock: { now: number }) {
  return new MemoryRateLimiter({ ...FEISHU_BUDGETS, getFlowData: budget }, () => clock.now);
}

describe('MemoryRateLimiter', () => {
  it('grants up to the limit at once, then refuses calls whose deadline comes before the next slot', async () => {
    const clock = { now: 1_000_000 };
    const limiter = limiterWith({ limit: 3, windowMs: 60_000 }, clock);

    for (let i = 0; i < 3; i++) await limiter.acquire('getFlowData', clock.now);
    const error = await limiter.acquire('getFlowData', clock.now + 59_000).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    // The next slot is one guarded window (60 s plus the arrival-jitter margin) after the first grant.
    expect(error).toMatchObject({ kind: 'RATE_LIMITED', endpoint: 'getFlowData', retryable: true, retryAfter: 62 });
  });

  it("keeps a margin past Feishu's window, so a late arrival of the first call cannot share a window with the next", async () => {
    const clock = { now: 0 };
    const budget = { limit: 1, windowMs: 1_000 };
    const limiter = limiterWith(budget, clock);
    await limiter.acquire('getFlowData', 0);
    clock.now = budget.windowMs;
    const atWindowEdge = await limiter.acquire('getFlowData', budget.windowMs).then(
      () => 'granted',
      () => 'refused',
    );
    expect(atWindowEdge).toBe('refused');
    clock.now = guardedWindowMs(budget);
    await expect(limiter.acquire('getFlowData', clock.now)).resolves.toBeUndefined();
    expect(guardedWindowMs(budget)).toBeGreaterThanOrEqual(budget.windowMs + 50);
  });

  it('never grants more than N in any window, at any offset (sliding, not aligned)', async () => {
    const clock = { now: 0 };
    const budget = { limit: 5, windowMs: 1_000 };
    const limiter = limiterWith(budget, clock);
    const granted: number[] = [];
    // Offer a call every 37 ms for 10 s of fake time; refused ones are simply dropped.
    for (clock.now = 0; clock.now < 10_000; clock.now += 37) {
      const ok = await limiter.acquire('getFlowData', clock.now).then(
        () => true,
        () => false,
      );
      if (ok) granted.push(clock.now);
    }

    const worst = Math.max(...granted.map((start) => granted.filter((t) => t >= start && t < start + budget.windowMs).length));
    expect(worst).toBe(5);
    expect(granted.length).toBeGreaterThanOrEqual(45);
  });

  it('makes a caller wait for the next slot when it fits the deadline', async () => {
    const clock = { now: 5_000 };
    const limiter = limiterWith({ limit: 1, windowMs: 50 }, clock);
    await limiter.acquire('getFlowData', clock.now);

    const started = Date.now();
    await limiter.acquire('getFlowData', clock.now + 1_000);

    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('keeps budgets separate per endpoint', async () => {
    const clock = { now: 0 };
    const limiter = new MemoryRateLimiter({ ...FEISHU_BUDGETS, getFlowData: { limit: 1, windowMs: 60_000 } }, () => clock.now);
    await limiter.acquire('getFlowData', 0);
    await expect(limiter.acquire('getFlowData', 0)).rejects.toMatchObject({ kind: 'RATE_LIMITED' });
    await expect(limiter.acquire('getProcess', 0)).resolves.toBeUndefined();
  });

  it("holds Feishu's published budgets", () => {
    const perMinute = (e: Endpoint) => (FEISHU_BUDGETS[e].limit * 60_000) / FEISHU_BUDGETS[e].windowMs;
    expect(perMinute('listProcesses')).toBe(20);
    expect(perMinute('getFlowData')).toBe(10);
    expect(FEISHU_BUDGETS.listApprovers).toEqual({ limit: 10, windowMs: 1_000 });
    expect(FEISHU_BUDGETS.updateApprover).toEqual({ limit: 50, windowMs: 1_000 });
  });
});

describe('the client under a burst', () => {
  const h = useFakeFeishu();

  it('lets at most 10 of 50 flow-data calls reach Feishu in the window; the rest fail fast with RATE_LIMITED', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1/flow_variable_data', () => ok({ field_variable_values: [] }));
    const client = h.client();
    const deadline = Date.now() + 3_000;

    const results = await Promise.allSettled(Array.from({ length: 50 }, () => client.getFlowVariables('p1', [], { deadline })));

    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as UpstreamError);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused.every((e) => e.kind === 'RATE_LIMITED' && e.retryable && (e.retryAfter ?? 0) > 0)).toBe(true);
    expect(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p1/flow_variable_data')).toHaveLength(10);
    expect(client.stats.calls.getFlowData).toBe(10);
  });
});
