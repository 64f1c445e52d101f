/** Feishu's per-endpoint budgets (README "Rate limiting"), as fixed windows per app. */
import type { Endpoint } from '../../upstream/api.js';
import type { RateBudget } from '../types.js';

const MINUTE = 60_000;
const SECOND = 1_000;

/**
 * The documented limit of each endpoint (per app per tenant). Written out again on purpose, not
 * imported from the gateway: the simulator states the docs independently, so a wrong budget in the
 * gateway's limiter shows up as a 429 in tests instead of being agreed with.
 */
const FEISHU_BUDGETS: Readonly<Record<Endpoint, RateBudget>> = {
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

export type RateDecision = { allowed: true } | { allowed: false; limit: number; resetSeconds: number };

export class SandboxRateLimiter {
  private readonly windows = new Map<Endpoint, { start: number; used: number }>();

  constructor(
    private readonly budgets: Partial<Record<Endpoint, RateBudget>>,
    private readonly now: () => number,
  ) {}

  take(endpoint: Endpoint): RateDecision {
    const budget = this.budgets[endpoint];
    if (!budget) return { allowed: true };
    const now = this.now();
    const start = Math.floor(now / budget.windowMs) * budget.windowMs;
    let window = this.windows.get(endpoint);
    if (!window || window.start !== start) {
      window = { start, used: 0 };
      this.windows.set(endpoint, window);
    }
    if (window.used < budget.limit) {
      window.used++;
      return { allowed: true };
    }
    return { allowed: false, limit: budget.limit, resetSeconds: Math.max(1, Math.ceil((start + budget.windowMs - now) / 1000)) };
  }

  budgetOf(endpoint: Endpoint): RateBudget | undefined {
    return this.budgets[endpoint];
  }

  reset(): void {
    this.windows.clear();
  }
}

export function budgetsFrom(option: boolean | Partial<Record<Endpoint, RateBudget>> | undefined): Partial<Record<Endpoint, RateBudget>> {
  if (option === undefined || option === true) return FEISHU_BUDGETS;
  if (option === false) return {};
  return option;
}
