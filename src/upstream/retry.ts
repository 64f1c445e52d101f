/**
 * When a failed attempt is worth another one, and after how long. Whether a failure is safe to repeat
 * at all is decided where it is classified (`UpstreamError.retryable`); this module only adds the
 * token refresh, the rate-limit wait, the attempt cap and the deadline.
 */
import { FEISHU_CODES } from './codes.js';
import type { UpstreamError } from './errors.js';

export interface RetryPolicy {
  /** Attempts per call, the first included; a token refresh does not count. @default 3 */
  maxAttempts: number;
  /** @default 100 */
  baseDelayMs: number;
  /** @default 2000 */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 };

export type RetryDecision = { retry: false } | { retry: true; delayMs: number; refreshToken: boolean };

export interface AttemptContext {
  /** 1 for the first attempt. */
  attempt: number;
  /** Whether this call already refreshed its token once. */
  tokenRefreshed: boolean;
  /** Time left before the call's deadline. */
  msLeft: number;
  policy: RetryPolicy;
  random?: () => number;
}

/** Capped exponential backoff with full jitter, so clients that failed together do not retry together. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

export function isTokenError(error: UpstreamError): boolean {
  return error.feishuCode !== undefined && FEISHU_CODES.tokenInvalid.includes(error.feishuCode);
}

export function decideRetry(error: UpstreamError, context: AttemptContext): RetryDecision {
  if (isTokenError(error)) {
    // Feishu rejected the token before doing anything, so even a PUT may go again, once.
    return context.tokenRefreshed ? { retry: false } : { retry: true, delayMs: 0, refreshToken: true };
  }
  if (!error.retryable || context.attempt >= context.policy.maxAttempts) return { retry: false };
  const delayMs =
    error.kind === 'RATE_LIMITED' ? (error.retryAfter ?? 1) * 1000 : backoffDelay(context.attempt, context.policy, context.random);
  return delayMs < context.msLeft ? { retry: true, delayMs, refreshToken: false } : { retry: false };
}
