/**
 * The fair-use settings (README, "Limits and fair use"): static limits on GraphQL documents, the
 * upstream budget of one operation, fair shares of Feishu's budgets, the circuit breaker, connection
 * timeouts and subscription bounds. `config.ts` reads them through the helpers it hands over, so a bad
 * value stops start-up with one line naming its variable like any other.
 */
import { ENDPOINTS, type Endpoint } from './upstream/api.js';
import { DEFAULT_OPERATION_BUDGET, type OperationBudget } from './upstream/operation-budget.js';

export interface QueryLimits {
  /** Nesting of selections (introspection excepted). */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` excepted). */
  maxAliases: number;
  /** Tokens in one document; the parser stops at the limit. */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Estimated cost of one operation (README, "Limits and fair use": per-field weights, lists multiply). */
  maxCost: number;
}

export interface FairUseConfig {
  query: QueryLimits;
  /** Calls to Feishu one operation may make, per endpoint. */
  operationBudget: OperationBudget;
  /** Percent of each endpoint's budget one caller may use per window. */
  callerSharePercent: number;
  /** Percent of each endpoint's budget background work (refreshes, retries) never uses. */
  interactiveReservePercent: number;
  breaker: { failures: number; cooldownSeconds: number };
  http: { headersTimeoutSeconds: number; requestTimeoutSeconds: number };
  subscriptions: { maxPerCaller: number; bufferEvents: number; bufferBytes: number };
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 15, maxTokens: 2_000, maxDirectives: 10, maxCost: 5_000 };

export interface ConfigReader {
  integer(name: string, fallback: number, min: number, max: number): number;
  /** A variable in a format of its own; `parse` throws with the problem, which becomes the variable's line. */
  parsed<T>(name: string, parse: (raw: string) => T): T | undefined;
}

/** `getProcess=10,getFlowData=1`: overrides of DEFAULT_OPERATION_BUDGET, endpoints named as in metrics. */
export function parseOperationBudget(raw: string): OperationBudget {
  const budget: Record<Endpoint, number> = { ...DEFAULT_OPERATION_BUDGET };
  for (const part of raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = /^(\w+)\s*=\s*(\d{1,6})$/.exec(part);
    if (!match) throw new Error(`expected endpoint=calls pairs separated by commas (e.g. getProcess=25,getFlowData=2), got "${part}"`);
    const [, endpoint, calls] = match as unknown as [string, string, string];
    if (!(ENDPOINTS as readonly string[]).includes(endpoint))
      throw new Error(`unknown endpoint "${endpoint}"; one of ${ENDPOINTS.join(', ')}`);
    if (Number(calls) < 1) throw new Error(`${endpoint} needs at least 1 call`);
    budget[endpoint as Endpoint] = Number(calls);
  }
  return budget;
}

export function fairUseSettings(read: ConfigReader): FairUseConfig {
  const limits = DEFAULT_QUERY_LIMITS;
  return {
    query: {
      maxDepth: read.integer('GATEWAY_MAX_DEPTH', limits.maxDepth, 1, 1_000),
      maxAliases: read.integer('GATEWAY_MAX_ALIASES', limits.maxAliases, 0, 10_000),
      maxTokens: read.integer('GATEWAY_MAX_TOKENS', limits.maxTokens, 10, 1_000_000),
      maxDirectives: read.integer('GATEWAY_MAX_DIRECTIVES', limits.maxDirectives, 0, 10_000),
      maxCost: read.integer('GATEWAY_MAX_COST', limits.maxCost, 1, 100_000_000),
    },
    operationBudget: read.parsed('GATEWAY_OPERATION_BUDGET', parseOperationBudget) ?? DEFAULT_OPERATION_BUDGET,
    callerSharePercent: read.integer('GATEWAY_CALLER_SHARE_PERCENT', 50, 1, 100),
    interactiveReservePercent: read.integer('GATEWAY_INTERACTIVE_RESERVE_PERCENT', 50, 0, 90),
    breaker: {
      failures: read.integer('GATEWAY_BREAKER_FAILURES', 5, 1, 1_000),
      cooldownSeconds: read.integer('GATEWAY_BREAKER_COOLDOWN_SECONDS', 5, 1, 3_600),
    },
    http: {
      headersTimeoutSeconds: read.integer('GATEWAY_HEADERS_TIMEOUT_SECONDS', 10, 1, 600),
      requestTimeoutSeconds: read.integer('GATEWAY_REQUEST_TIMEOUT_SECONDS', 30, 1, 3_600),
    },
    subscriptions: {
      maxPerCaller: read.integer('GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER', 100, 1, 1_000_000),
      bufferEvents: read.integer('GATEWAY_SUBSCRIBER_BUFFER_EVENTS', 1_000, 1, 1_000_000),
      bufferBytes: read.integer('GATEWAY_SUBSCRIBER_BUFFER_BYTES', 1_048_576, 1_024, 1_073_741_824),
    },
  };
}
