/**
 * Per-endpoint call budgets. The gateway waits for budget up to a call's deadline and otherwise fails
 * fast, so that it is never itself the cause of a Feishu 429.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Endpoint } from './api.js';
import { guardedWindowMs, type Budget } from './budgets.js';
import { UpstreamError } from './errors.js';
import { backgroundCap, callerCap, ShareExhaustedError, validateFairShares, type FairShares, type Spender } from './fair-shares.js';

export { FEISHU_BUDGETS, type Budget } from './budgets.js';

export interface RateLimiter {
  /** Resolves when a call to `endpoint` may be sent; rejects with UpstreamError kind RATE_LIMITED
   *  (retryable, retryAfter seconds) when no budget frees up before `deadline` (epoch ms), or at once
   *  (`ShareExhaustedError`) when the spender's fair share of the window is used up. */
  acquire(endpoint: Endpoint, deadline: number, spender?: Spender): Promise<void>;
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

/** Drops the grants that left the window; what stays lies within it or ahead (reserved slots). */
function prune(log: number[], since: number): void {
  while (log.length > 0 && (log[0] as number) <= since) log.shift();
}

/**
 * A sliding log of grant times per endpoint: a call is granted at the first instant when fewer than
 * `limit` grants lie in the window before it, which bounds every window, not only aligned ones.
 * Waiting callers reserve their future slot at once, so later callers queue behind them in order.
 * Fair shares are checked first against the grants of the window and those reserved ahead: a new slot
 * is never earlier than now, so every window holding it holds no more than those.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly grants = new Map<Endpoint, number[]>();
  /** Per endpoint, per caller; a caller's log is dropped once empty, so passing addresses do not pile up. */
  private readonly callerGrants = new Map<Endpoint, Map<string, number[]>>();
  private readonly shares: FairShares;

  constructor(
    private readonly budgets: Readonly<Record<Endpoint, Budget>>,
    private readonly now: () => number = Date.now,
    shares?: FairShares,
  ) {
    this.shares = validateFairShares(shares);
  }

  async acquire(endpoint: Endpoint, deadline: number, spender: Spender = {}): Promise<void> {
    const budget = this.budgets[endpoint];
    const windowMs = guardedWindowMs(budget);
    const now = this.now();
    const log = this.grants.get(endpoint) ?? [];
    this.grants.set(endpoint, log);
    prune(log, now - windowMs);
    if (spender.callClass === 'background') {
      const cap = backgroundCap(budget, this.shares);
      if (log.length >= cap)
        throw new ShareExhaustedError(endpoint, 'background_share', cap, budget, (log[log.length - cap] as number) + windowMs - now);
    }
    const mine = spender.caller === undefined ? undefined : this.callerLog(endpoint, spender.caller, now - windowMs);
    if (mine) {
      const cap = callerCap(budget, this.shares);
      if (mine.length >= cap)
        throw new ShareExhaustedError(endpoint, 'caller_share', cap, budget, (mine[mine.length - cap] as number) + windowMs - now);
    }
    const blocking = log[log.length - budget.limit];
    const slot = blocking === undefined ? now : Math.max(now, blocking + windowMs);
    if (slot > deadline) throw budgetExhausted(endpoint, budget, slot - now);
    log.push(slot);
    mine?.push(slot);
    if (slot > now) await sleep(slot - now);
  }

  private callerLog(endpoint: Endpoint, caller: string, since: number): number[] {
    let callers = this.callerGrants.get(endpoint);
    if (!callers) this.callerGrants.set(endpoint, (callers = new Map()));
    for (const [name, log] of callers) {
      prune(log, since);
      if (log.length === 0) callers.delete(name);
    }
    let log = callers.get(caller);
    if (!log) callers.set(caller, (log = []));
    return log;
  }
}
