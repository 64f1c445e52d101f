/**
 * `createFeishuClient`: the production `ProcessApi` over undici, with token handling, per-endpoint
 * budgets and concurrency caps, deadlines and safe retries. Responses are mapped by `map.ts` only.
 */
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { ENDPOINTS, type Endpoint, type ProcessApi } from './api.js';
import { resolveBudgets, type Budget } from './budgets.js';
import { createCallPipeline } from './call-pipeline.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { Semaphore } from './concurrency.js';
import { FEISHU_CODES } from './codes.js';
import { UpstreamError } from './errors.js';
import { DEFAULT_TIMEOUTS, FeishuHttp } from './http.js';
import type { UpstreamObserver } from './observer.js';
import { mapApproverTaskPage, mapProcess, mapProcessIdPage, mapVariableData, UnknownCodeError } from './map.js';
import type { FairShares } from './fair-shares.js';
import { MemoryRateLimiter, type RateLimiter } from './rate-limiter.js';
import {
  addApproversRequest,
  approveRequest,
  endProcessRequest,
  flowDataRequest,
  formDataRequest,
  getProcessRequest,
  listApproversRequest,
  listProcessesRequest,
  rejectRequest,
  transferRequest,
} from './requests.js';
import { DEFAULT_RETRY } from './retry.js';
import { TokenManager } from './token-manager.js';
import type { WireApproversData, WireResponseEnvelope, WireProcess, WireProcessListData, WireVariableData } from './wire.js';

export interface FeishuClientOptions {
  /** Feishu's root, e.g. `https://open.feishu.cn` or a simulator (no `/open-apis` suffix). */
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** @default new MemoryRateLimiter(budgets, now, shares) */
  limiter?: RateLimiter;
  /** Fair shares of the default limiter (a given `limiter` has its own). @default DEFAULT_FAIR_SHARES */
  shares?: FairShares;
  /** Overrides of FEISHU_BUDGETS. */
  budgets?: Partial<Record<Endpoint, Budget>>;
  /** Max in-flight calls per endpoint. @default 8 each */
  concurrency?: Partial<Record<Endpoint, number>>;
  /** @default { connectMs: 3000, headersMs: 10000, bodyMs: 10000 } */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number };
  /** Per call when CallOptions.deadline is absent. @default 10000 */
  defaultDeadlineMs?: number;
  /** @default { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2000 } */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** A circuit breaker per endpoint (see circuit-breaker.ts). @default none */
  breaker?: { failures?: number; cooldownMs?: number };
  logger?: Logger;
  /** Told about every request to Feishu and every budget wait or refusal (metrics, tracing, logs). */
  observer?: UpstreamObserver;
  /** The User-Agent sent to Feishu. @default 'feishu-process-gateway' */
  userAgent?: string;
  /** Clock for deadlines, token expiry and the limiter. @default Date.now */
  now?: () => number;
}

export interface FeishuClient extends ProcessApi {
  /** Upstream calls actually sent, per endpoint (for metrics and tests). */
  readonly stats: { calls: Record<Endpoint, number> };
  close(): Promise<void>;
}

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_DEADLINE_MS = 10_000;

function perEndpoint<T>(value: (endpoint: Endpoint) => T): Record<Endpoint, T> {
  return Object.fromEntries(ENDPOINTS.map((endpoint) => [endpoint, value(endpoint)])) as Record<Endpoint, T>;
}

/** Runs a map.ts mapping; a code Feishu sent that we cannot name becomes a BAD_RESPONSE. */
function mapped<T>(endpoint: Endpoint, map: () => T): T {
  try {
    return map();
  } catch (error) {
    if (!(error instanceof UnknownCodeError)) throw error;
    throw new UpstreamError({ kind: 'BAD_RESPONSE', endpoint, message: `${endpoint}: ${error.message}`, retryable: false, cause: error });
  }
}

export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  const now = options.now ?? Date.now;
  const logger = options.logger ?? silentLogger;
  const defaultDeadlineMs = options.defaultDeadlineMs ?? DEFAULT_DEADLINE_MS;
  const http = new FeishuHttp({
    baseUrl: options.baseUrl,
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    logger,
    secrets: [options.appSecret],
    observer: options.observer,
    userAgent: options.userAgent,
  });
  const stats = { calls: perEndpoint(() => 0) };
  const send = createCallPipeline({
    http,
    tokens: new TokenManager({ http, appId: options.appId, appSecret: options.appSecret, now, requestTimeoutMs: defaultDeadlineMs }),
    limiter: options.limiter ?? new MemoryRateLimiter(resolveBudgets(options.budgets), now, options.shares),
    slots: perEndpoint((endpoint) => new Semaphore(options.concurrency?.[endpoint] ?? DEFAULT_CONCURRENCY)),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    defaultDeadlineMs,
    now,
    logger,
    calls: stats.calls,
    observer: options.observer,
    breaker:
      options.breaker &&
      new CircuitBreaker({
        ...options.breaker,
        now,
        onStateChange: (endpoint, state) => {
          if (state === 'open')
            logger.warn({ endpoint, state }, 'Feishu keeps failing: calls to this endpoint are paused until a probe succeeds');
          else
            logger.info({ endpoint, state }, state === 'closed' ? 'Feishu answers again: calls to this endpoint resume' : 'probing Feishu');
          options.observer?.breakerChanged?.(endpoint, state);
        },
        onRefused: (endpoint) => options.observer?.breakerRefused?.(endpoint),
      }),
  });

  return {
    stats,

    async listProcesses(query, callOptions) {
      const { data } = await send<WireResponseEnvelope<WireProcessListData>>(listProcessesRequest(query), callOptions);
      return mapProcessIdPage(data);
    },

    async getProcess(processId, readOptions) {
      try {
        const { data } = await send<WireResponseEnvelope<WireProcess>>(getProcessRequest(processId, readOptions?.userIdType), readOptions);
        if (!data)
          throw new UpstreamError({
            kind: 'BAD_RESPONSE',
            endpoint: 'getProcess',
            message: 'getProcess: answer without data',
            retryable: false,
          });
        return mapped('getProcess', () => mapProcess(data));
      } catch (error) {
        if (error instanceof UpstreamError && error.feishuCode === FEISHU_CODES.processNotFound) return null;
        throw error;
      }
    },

    async getFormVariables(processId, readOptions) {
      const { data } = await send<WireResponseEnvelope<WireVariableData>>(formDataRequest(processId, readOptions?.userIdType), readOptions);
      return mapped('getFormData', () => mapVariableData(data));
    },

    async getFlowVariables(processId, keys, readOptions) {
      const { data } = await send<WireResponseEnvelope<WireVariableData>>(
        flowDataRequest(processId, keys, readOptions?.userIdType),
        readOptions,
      );
      return mapped('getFlowData', () => mapVariableData(data));
    },

    async listApproverTasks(query, callOptions) {
      const { data } = await send<WireResponseEnvelope<WireApproversData>>(listApproversRequest(query), callOptions);
      return mapped('listApprovers', () => mapApproverTaskPage(data));
    },

    async approveTask(command, callOptions) {
      await send(approveRequest(command), callOptions);
    },

    async rejectTask(command, callOptions) {
      await send(rejectRequest(command), callOptions);
    },

    async addApprovers(command, callOptions) {
      await send(addApproversRequest(command), callOptions);
    },

    async transferTasks(command, callOptions) {
      await send(transferRequest(command), callOptions);
    },

    async withdrawProcess(command, callOptions) {
      await send(endProcessRequest('withdrawProcess', command), callOptions);
    },

    async revokeProcess(command, callOptions) {
      await send(endProcessRequest('revokeProcess', command), callOptions);
    },

    close: () => http.close(),
  };
}
