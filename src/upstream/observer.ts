/**
 * What the upstream client tells whoever watches it (metrics, tracing, logs) without knowing who:
 * every request sent to Feishu from start to end, and every wait for or refusal of call budget.
 * The composition wires it; this room imports no metrics or tracing library.
 */
import type { CallClass, Endpoint } from './api.js';
import { FEISHU_CODES } from './codes.js';
import type { BreakerState } from './circuit-breaker.js';
import type { UpstreamError } from './errors.js';
import type { RefusalReason } from './fair-shares.js';

/**
 * How one request to Feishu ended, in few enough values to label metrics with: Feishu's own error
 * codes fall into three classes (transient, not found, rejected), the rest are the transport's.
 */
export type CallOutcome =
  | 'ok'
  | 'rate_limited'
  | 'timeout'
  | 'unavailable'
  | 'auth_failed'
  | 'bad_response'
  | 'feishu_transient'
  | 'feishu_not_found'
  | 'feishu_rejected';

export interface UpstreamCallStart {
  /** An `Endpoint`, or the token request. */
  endpoint: string;
  method: string;
  /** Below `/open-apis`, without the query. */
  path: string;
}

export interface UpstreamCallEnd {
  outcome: CallOutcome;
  durationMs: number;
  httpStatus?: number;
  feishuCode?: number;
  /** Feishu's log id (`x-tt-logid`): what Feishu's support asks for. */
  logId?: string;
  error?: UpstreamError;
}

export interface UpstreamCallWatch {
  /** Sent with the request (trace context, request id). */
  headers?: Readonly<Record<string, string>>;
  end(result: UpstreamCallEnd): void;
}

export interface UpstreamObserver {
  /** Runs as a request is about to leave, in the caller's async context; `end` runs once when it ended. */
  callStarted?(call: UpstreamCallStart): UpstreamCallWatch | undefined;
  /** A call waited this long for its budget (0 when it had budget at once). */
  budgetWaited?(endpoint: Endpoint, waitMs: number, callClass: CallClass): void;
  /**
   * A call was refused before it was sent: no budget before its deadline, its caller's or background
   * work's share used up, or the shared budget could not be checked.
   */
  budgetRefused?(endpoint: Endpoint, reason: RefusalReason, callClass: CallClass): void;
  /** An endpoint's circuit breaker changed state. */
  breakerChanged?(endpoint: Endpoint, state: BreakerState): void;
  /** A call was answered at once because its endpoint's breaker was open. */
  breakerRefused?(endpoint: Endpoint): void;
}

export function outcomeOf(error: UpstreamError | undefined): CallOutcome {
  if (!error) return 'ok';
  switch (error.kind) {
    case 'RATE_LIMITED':
      return 'rate_limited';
    case 'TIMEOUT':
      return 'timeout';
    case 'UNAVAILABLE':
      return 'unavailable';
    case 'AUTH_FAILED':
      return 'auth_failed';
    case 'BAD_RESPONSE':
      return 'bad_response';
    case 'FEISHU_ERROR':
      if (error.feishuCode === FEISHU_CODES.processNotFound) return 'feishu_not_found';
      if ((error.httpStatus ?? 0) >= 500 || (error.feishuCode !== undefined && FEISHU_CODES.transient.includes(error.feishuCode)))
        return 'feishu_transient';
      return 'feishu_rejected';
  }
}

/** Several observers as one: each is told everything; their headers are merged. */
export function combineObservers(observers: readonly UpstreamObserver[]): UpstreamObserver {
  return {
    callStarted(call) {
      const watches = observers.flatMap((observer) => observer.callStarted?.(call) ?? []);
      return {
        headers: Object.assign({}, ...watches.map((watch) => watch.headers)),
        end: (result) => {
          for (const watch of watches) watch.end(result);
        },
      };
    },
    budgetWaited: (endpoint, waitMs, callClass) => observers.forEach((observer) => observer.budgetWaited?.(endpoint, waitMs, callClass)),
    budgetRefused: (endpoint, reason, callClass) => observers.forEach((observer) => observer.budgetRefused?.(endpoint, reason, callClass)),
    breakerChanged: (endpoint, state) => observers.forEach((observer) => observer.breakerChanged?.(endpoint, state)),
    breakerRefused: (endpoint) => observers.forEach((observer) => observer.breakerRefused?.(endpoint)),
  };
}
