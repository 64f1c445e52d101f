/**
 * One upstream call from start to finish: a deadline, a concurrency slot, the endpoint's circuit
 * breaker, call budget, a token, the request, and the retries `decideRetry` allows, each attempt
 * paying for its own slot and budget. Every attempt after the first is background work: it spends the
 * caller's share and never the reserve kept for interactive reads.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { CallOptions, Endpoint } from './api.js';
import { CircuitOpenError, type CircuitBreaker } from './circuit-breaker.js';
import type { Semaphore } from './concurrency.js';
import { UpstreamError } from './errors.js';
import type { FeishuHttp } from './http.js';
import type { UpstreamObserver } from './observer.js';
import { ShareExhaustedError, type Spender } from './fair-shares.js';
import type { RateLimiter } from './rate-limiter.js';
import type { EndpointRequest } from './requests.js';
import { decideRetry, type RetryPolicy } from './retry.js';
import { deadlineSignal } from './signals.js';
import type { TokenManager } from './token-manager.js';

export interface CallPipelineDeps {
  http: FeishuHttp;
  tokens: TokenManager;
  limiter: RateLimiter;
  slots: Readonly<Record<Endpoint, Semaphore>>;
  retry: RetryPolicy;
  defaultDeadlineMs: number;
  now: () => number;
  logger: Logger;
  /** Incremented for every request actually sent. */
  calls: Record<Endpoint, number>;
  observer?: UpstreamObserver;
  /** Pauses an endpoint that keeps failing. @default none */
  breaker?: CircuitBreaker;
}

/** Sends `request` and resolves with the decoded body (its `code` is 0). */
export type CallPipeline = <B>(request: EndpointRequest, options?: CallOptions) => Promise<B>;

/** Waits that ended at the deadline before anything was sent: safe to try again later, even for a PUT. */
function notSentInTime(endpoint: Endpoint): UpstreamError {
  return new UpstreamError({
    kind: 'TIMEOUT',
    endpoint,
    message: `${endpoint}: deadline passed before the request could be sent`,
    retryable: true,
  });
}

export function createCallPipeline(deps: CallPipelineDeps): CallPipeline {
  const attempt = async <B>(
    request: EndpointRequest,
    token: string,
    deadline: number,
    signal: AbortSignal,
    spender: Spender,
  ): Promise<B> => {
    const release = await deps.slots[request.endpoint].acquire(signal);
    const callClass = spender.callClass ?? 'interactive';
    let ticket: ReturnType<CircuitBreaker['admit']> | undefined;
    try {
      ticket = deps.breaker?.admit(request.endpoint);
      const waitStarted = performance.now();
      await deps.limiter.acquire(request.endpoint, deadline, spender).catch((error: unknown) => {
        const reason = error instanceof ShareExhaustedError ? error.reason : error instanceof UpstreamError ? 'exhausted' : 'unavailable';
        deps.observer?.budgetRefused?.(request.endpoint, reason, callClass);
        if (error instanceof UpstreamError) throw error;
        // A shared budget that cannot be consulted (Redis down) must not let the call through: nothing was sent.
        throw new UpstreamError({
          kind: 'UNAVAILABLE',
          endpoint: request.endpoint,
          message: `${request.endpoint}: the call budget could not be checked`,
          retryable: true,
          cause: error,
        });
      });
      deps.observer?.budgetWaited?.(request.endpoint, performance.now() - waitStarted, callClass);
      deps.calls[request.endpoint]++;
      const sent = ticket;
      ticket = undefined;
      try {
        const { body } = await deps.http.call<B>({ ...request, token, signal });
        sent?.settle(undefined);
        return body;
      } catch (error) {
        sent?.settle(error);
        throw error;
      }
    } finally {
      ticket?.abandon();
      release();
    }
  };

  return async <B>(request: EndpointRequest, options: CallOptions = {}): Promise<B> => {
    const { endpoint } = request;
    const deadline = options.deadline ?? deps.now() + deps.defaultDeadlineMs;
    let attempts = 1;
    let tokenRefreshed = false;
    let spender: Spender = { caller: options.caller, callClass: options.callClass };
    for (;;) {
      options.signal?.throwIfAborted();
      if (deps.now() >= deadline) throw notSentInTime(endpoint);
      const signal = deadlineSignal(deadline, deps.now, options.signal);
      let token: string | undefined;
      try {
        token = await deps.tokens.get(signal);
        return await attempt<B>(request, token, deadline, signal, spender);
      } catch (thrown) {
        // A caller that gave up gets its own abort reason, as fetch does.
        options.signal?.throwIfAborted();
        // An open breaker answers at once: waiting and asking again would only delay the same answer.
        if (thrown instanceof CircuitOpenError) throw thrown;
        if (!(thrown instanceof UpstreamError) && !signal.aborted) throw thrown;
        const error = thrown instanceof UpstreamError ? thrown : notSentInTime(endpoint);
        const decision = decideRetry(error, { attempt: attempts, tokenRefreshed, msLeft: deadline - deps.now(), policy: deps.retry });
        if (!decision.retry) throw error;
        deps.logger.debug(
          { endpoint, attempt: attempts, kind: error.kind, feishuCode: error.feishuCode, delayMs: decision.delayMs },
          'feishu call retried',
        );
        if (decision.refreshToken) {
          if (token !== undefined) deps.tokens.invalidate(token);
          tokenRefreshed = true;
        } else {
          attempts++;
        }
        spender = { ...spender, callClass: 'background' };
        if (decision.delayMs > 0) await sleep(decision.delayMs);
      }
    }
  };
}
