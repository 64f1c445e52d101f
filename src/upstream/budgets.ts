/**
 * Feishu's published per-endpoint call budgets (per app, per tenant), as the limiter enforces them.
 */
import type { Endpoint } from './api.js';

/** "At most `limit` calls in any `windowMs` milliseconds." */
export interface Budget {
  limit: number;
  windowMs: number;
}

const SECOND = 1_000;
const MINUTE = 60_000;

/**
 * README.md endpoint index of the Feishu reference. The simulator states the same table again on
 * purpose (sandbox/http/rate-limiter.ts): were it imported, a wrong budget here would go unnoticed.
 */
export const FEISHU_BUDGETS: Readonly<Record<Endpoint, Budget>> = {
  listProcesses: { limit: 20, windowMs: MINUTE },
  getProcess: { limit: 100, windowMs: MINUTE },
  getFormData: { limit: 100, windowMs: MINUTE },
  getFlowData: { limit: 10, windowMs: MINUTE },
  listApprovers: { limit: 10, windowMs: SECOND },
  updateApprover: { limit: 50, windowMs: SECOND },
  addApprovers: { limit: 20, windowMs: MINUTE },
  transferTasks: { limit: 20, windowMs: MINUTE },
  withdrawProcess: { limit: 50, windowMs: SECOND },
  revokeProcess: { limit: 50, windowMs: SECOND },
};

export function resolveBudgets(overrides: Partial<Record<Endpoint, Budget>> = {}): Record<Endpoint, Budget> {
  return { ...FEISHU_BUDGETS, ...overrides };
}

/**
 * The window the limiters enforce: a little longer than Feishu's, because Feishu counts arrivals, not
 * sends, and network delays vary; without the margin an 11th call sent exactly one window after the
 * first can land inside the same Feishu window and earn a 429.
 */
export function guardedWindowMs(budget: Budget): number {
  return budget.windowMs + Math.max(50, Math.ceil(budget.windowMs * 0.02));
}
