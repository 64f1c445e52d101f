/**
 * Fair shares of one endpoint's budget, as both limiters enforce them: no caller takes more than its
 * share of any window, and background work (refreshes after events, retries) never spends the reserve
 * kept for interactive reads. A call over a share is refused at once (RATE_LIMITED with the time until
 * the share frees up), never queued: waiting would only hold a slot that others could use.
 */
import type { CallClass, Endpoint } from './api.js';
import type { Budget } from './budgets.js';
import { UpstreamError } from './errors.js';

export interface FairShares {
  /** Fraction of each endpoint's budget one caller may spend per window, in (0, 1]. @default 0.5 */
  callerShare: number;
  /** Fraction of each endpoint's budget background work may never spend, in [0, 1). @default 0.5 */
  interactiveReserve: number;
}

export const DEFAULT_FAIR_SHARES: FairShares = { callerShare: 0.5, interactiveReserve: 0.5 };

/** Who spends a call's budget. */
export interface Spender {
  caller?: string;
  callClass?: CallClass;
}

/** Why a call was refused before reaching Feishu. */
export type RefusalReason = 'exhausted' | 'unavailable' | 'caller_share' | 'background_share';

/** Calls one caller may have granted within one window (at least one, so a tiny budget still serves everyone). */
export function callerCap(budget: Budget, shares: FairShares): number {
  return Math.max(1, Math.floor(budget.limit * shares.callerShare));
}

/** Calls background work may have granted (all classes counted) within one window before it must stop. */
export function backgroundCap(budget: Budget, shares: FairShares): number {
  return Math.max(1, budget.limit - Math.ceil(budget.limit * shares.interactiveReserve));
}

export class ShareExhaustedError extends UpstreamError {
  constructor(
    endpoint: Endpoint,
    readonly reason: 'caller_share' | 'background_share',
    cap: number,
    budget: Budget,
    waitMs: number,
  ) {
    const whose = reason === 'caller_share' ? "this caller's share" : 'the share background work may use';
    super({
      kind: 'RATE_LIMITED',
      endpoint,
      message: `${endpoint}: ${whose} of the call budget (${cap} of ${budget.limit} per ${budget.windowMs} ms) is used up`,
      retryable: true,
      retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
    });
    this.name = 'ShareExhaustedError';
  }
}

/** The shares to enforce (the defaults when none are given), refused at start-up when out of range. */
export function validateFairShares(shares: FairShares = DEFAULT_FAIR_SHARES): FairShares {
  if (!(shares.callerShare > 0 && shares.callerShare <= 1)) throw new RangeError('callerShare must be in (0, 1]');
  if (!(shares.interactiveReserve >= 0 && shares.interactiveReserve < 1)) throw new RangeError('interactiveReserve must be in [0, 1)');
  return shares;
}
