/**
 * One upstream call from start to finish: a deadline, a concurrency slot, call budget, a token, the
 * request, and the retries `decideRetry` allows, each attempt paying for its own slot and budget.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { CallOptions, Endpoint } from './api.js';
import type { Semaphore } from './concurrency.js';
import { UpstreamError } from './errors.js';
import type { FeishuHttp } from './http.js';
import type { UpstreamObserver } from './observer.js';
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
}

/** Sends `request` and resolves with the decoded body (its `code` is 0). */
export type CallPipeline = <B>(request: EndpointRequest, options?: CallOptions) => Promise<B>;

/** Waits that ended at the deadline before anything was sent: safe to try again later, even for a PUT. */
function notSentInTime(endpoint: Endpoint): UpstreamError {
  return new UpstreamError({ kind: 'TIMEOUT', endpoint, message: `${endpoint}: deadline passed before the request could be sent`, retryable: true });
}

export function createCallPipeline(deps: CallPipelineDeps): CallPipeline {
  const attempt = async <B>(request: EndpointRequest, token: string, deadline: number, signal: AbortSignal): Promise<B> => {
    const release = await deps.slots[request.endpoint].acquire(signal);
    try {
      const waitStarted = performance.now();
      await deps.limiter.acquire(request.endpoint, deadline).catch((error: unknown) => {
        deps.observer?.budgetRefused?.(request.endpoint, error instanceof UpstreamError ? 'exhausted' : 'unavailable');
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
      deps.observer?.budgetWaited?.(request.endpoint, performance.now() - waitStarted);
      deps.calls[request.endpoint]++;
      const { body } = await deps.http.call<B>({ ...request, token, signal });
      return body;
    } finally {
      release();
    }
  };

  return async <B>(request: EndpointRequest, options: CallOptions = {}): Promise<B> => {
    const { endpoint } = request;
    const deadline = options.deadline ?? deps.now() + deps.defaultDeadlineMs;
    let attempts = 1;
    let tokenRefreshed = false;
    for (;;) {
      options.signal?.throwIfAborted();
      if (deps.now() >= deadline) throw notSentInTime(endpoint);
      const signal = deadlineSignal(deadline, deps.now, options.signal);
      let token: string | undefined;
      try {
        token = await deps.tokens.get(signal);
        return await attempt<B>(request, token, deadline, signal);
      } catch (thrown) {
        // A caller that gave up gets its own abort reason, as fetch does.
        options.signal?.throwIfAborted();
        if (!(thrown instanceof UpstreamError) && !signal.aborted) throw thrown;
        const error = thrown instanceof UpstreamError ? thrown : notSentInTime(endpoint);
        const decision = decideRetry(error, { attempt: attempts, tokenRefreshed, msLeft: deadline - deps.now(), policy: deps.retry });
        if (!decision.retry) throw error;
        deps.logger.debug({ endpoint, attempt: attempts, kind: error.kind, feishuCode: error.feishuCode, delayMs: decision.delayMs }, 'feishu call retried');
        if (decision.refreshToken) {
          if (token !== undefined) deps.tokens.invalidate(token);
          tokenRefreshed = true;
        } else {
          attempts++;
        }
        if (decision.delayMs > 0) await sleep(decision.delayMs);
      }
    }
  };
}
