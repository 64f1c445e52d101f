/**
 * Who spends Feishu's budgets on a request's behalf, and how much one operation may spend: the
 * caller's key for fair shares (the authenticated caller, or the client's address when authentication
 * is off), and the per-operation face of the upstream API that loaders and mutations use.
 */
import type { IncomingMessage } from 'node:http';
import type { Caller } from '../auth/caller.js';
import { DEFAULT_QUERY_LIMITS, type FairUseConfig, type QueryLimits } from '../config-limits.js';
import type { Endpoint, ProcessApi } from '../upstream/api.js';
import type { FairShares } from '../upstream/fair-shares.js';
import { DEFAULT_OPERATION_BUDGET, withOperationBudget, type OperationBudget } from '../upstream/operation-budget.js';

export interface GatewayLimits {
  /** Static limits on GraphQL documents. */
  query: QueryLimits;
  /** Calls to Feishu one operation (one query, mutation, or subscription event) may make, per endpoint. */
  operationBudget: OperationBudget;
  /** Subscriptions (SSE and WebSocket together) one caller may hold open on this replica. */
  maxSubscriptionsPerCaller: number;
  /** How long a client may take to send a request's headers, and the whole request (slow clients hold sockets). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
  query: DEFAULT_QUERY_LIMITS,
  operationBudget: DEFAULT_OPERATION_BUDGET,
  maxSubscriptionsPerCaller: 100,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

/**
 * Authenticated callers by kind and name; without authentication every client is "anonymous", so its
 * address tells them apart (behind a proxy, all share the proxy's address: turn authentication on).
 */
export function callerKeyOf(caller: Caller, req: IncomingMessage | undefined): string {
  if (caller.kind !== 'anonymous') return `${caller.kind}:${caller.name}`;
  return `address:${req?.socket.remoteAddress ?? 'unknown'}`;
}

/** The upstream API one operation uses: its calls are counted against the operation's budget and spend its caller's share. */
export function operationApi(
  api: ProcessApi,
  budget: OperationBudget,
  callerKey: string,
  onRefused?: (endpoint: Endpoint) => void,
): ProcessApi {
  return withOperationBudget(api, budget, { caller: callerKey }, onRefused);
}

/** The configuration (FairUseConfig) as the gateway takes it. */
export function gatewayLimitsOf(config: FairUseConfig): GatewayLimits {
  return {
    query: config.query,
    operationBudget: config.operationBudget,
    maxSubscriptionsPerCaller: config.subscriptions.maxPerCaller,
    // Node refuses a headers timeout longer than the request timeout; the request's bounds both.
    headersTimeoutMs: Math.min(config.http.headersTimeoutSeconds, config.http.requestTimeoutSeconds) * 1000,
    requestTimeoutMs: config.http.requestTimeoutSeconds * 1000,
  };
}

/** The configuration as the limiters take it. */
export function fairSharesOf(config: FairUseConfig): FairShares {
  return { callerShare: config.callerSharePercent / 100, interactiveReserve: config.interactiveReservePercent / 100 };
}
