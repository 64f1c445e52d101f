/**
 * Per-endpoint call budgets. The gateway waits for budget up to a call's deadline and otherwise fails
 * fast, so that it is never itself the cause of a Feishu 429.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Endpoint } from './api.js';
import { guardedWindowMs, type Budget } from './budgets.js';
import { UpstreamError } from './errors.js';

export { FEISHU_BUDGETS, type Budget } from './budgets.js';

export interface RateLimiter {
  /** Resolves when a call to `endpoint` may be sent; rejects with UpstreamError kind RATE_LIMITED
   *  (retryable, retryAfter seconds) when no budget frees up before `deadline` (epoch ms). */
  acquire(endpoint: Endpoint, deadline: number): Promise<void>;
}

export function budgetExhausted(endpoint: Endpoint, budget: Budget, waitMs: number): UpstreamError {
  return new UpstreamError({
    kind: 'RATE_LIMITED',
    endpoint,
    message: `${endpoint}: call budget (${budget.limit} per ${budget.windowMs} ms) used up before the deadline`,
    retryable: true,
    // Rounded up so that retrying after `retryAfter` seconds never comes too early.
    retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

/**
 * A sliding log of grant times per endpoint: a call is granted at the first instant when fewer than
 * `limit` grants lie in the window before it, which bounds every window, not only aligned ones.
 * Waiting callers reserve their future slot at once, so later callers queue behind them in order.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly grants = new Map<Endpoint, number[]>();

  constructor(
    private readonly budgets: Readonly<Record<Endpoint, Budget>>,
    private readonly now: () => number = Date.now,
  ) {}

  async acquire(endpoint: Endpoint, deadline: number): Promise<void> {
    const budget = this.budgets[endpoint];
    const windowMs = guardedWindowMs(budget);
    const now = this.now();
    const log = this.grants.get(endpoint) ?? [];
    this.grants.set(endpoint, log);
    while (log.length > 0 && (log[0] as number) <= now - windowMs) log.shift();
    const blocking = log[log.length - budget.limit];
    const slot = blocking === undefined ? now : Math.max(now, blocking + windowMs);
    if (slot > deadline) throw budgetExhausted(endpoint, budget, slot - now);
    log.push(slot);
    if (slot > now) await sleep(slot - now);
  }
}
