import type { ActionErrorCode } from '../domain/actions.js';
import { actionErrorCodes } from '../upstream/codes.js';
import { UpstreamError } from '../upstream/errors.js';
import { OperationBudgetExceededError } from '../upstream/operation-budget.js';

/** What an action's failure says, in a shape that survives storage (idempotent replays, Redis). */
export interface ActionFailure {
  code: ActionErrorCode;
  message: string;
  feishuCode?: number;
  logId?: string;
  /** Seconds, for RATE_LIMITED. */
  retryAfter?: number;
  /** The input field at fault, for INVALID_INPUT found before any upstream call. */
  field?: string;
}

/** A failed action, thrown by the runner and turned into a typed GraphQL error result by the schema. */
export class ActionError extends Error {
  readonly failure: ActionFailure;

  constructor(failure: ActionFailure) {
    super(failure.message);
    this.name = 'ActionError';
    this.failure = failure;
  }

  get code(): ActionErrorCode {
    return this.failure.code;
  }
}

export function invalidInput(field: string, message: string): ActionError {
  return new ActionError({ code: 'INVALID_INPUT', message: `${field}: ${message}`, field });
}

/**
 * Whether Feishu cannot have acted on a write that failed this way. The client marks a write's error
 * retryable exactly when the request was throttled or never sent; a refused token means Feishu did
 * nothing either.
 */
export function nothingReachedFeishu(error: UpstreamError): boolean {
  return error.retryable || error.kind === 'AUTH_FAILED';
}

/** Feishu's answer to a write, in our words; anything undocumented counts as the upstream being unavailable. */
export function failureFromUpstream(error: UpstreamError): ActionFailure {
  const trace = { feishuCode: error.feishuCode, logId: error.logId };
  if (error instanceof OperationBudgetExceededError) return { code: 'OPERATION_BUDGET_EXCEEDED', message: error.message };
  if (error.kind === 'RATE_LIMITED') {
    return { code: 'RATE_LIMITED', message: 'Feishu rate limit reached; retry later', retryAfter: error.retryAfter, ...trace };
  }
  const code = actionErrorCodes.nameOf(error.feishuCode);
  if (code) return { code, message: error.message, ...trace };
  const message = nothingReachedFeishu(error)
    ? `Feishu was not reached, nothing was done; retrying is safe: ${error.message}`
    : `the outcome is unknown, Feishu may have acted; read the process before trying again: ${error.message}`;
  return { code: 'UPSTREAM_UNAVAILABLE', message, ...trace };
}
