/**
 * One request to the simulated Feishu API, through the stages Feishu's gateway applies: injected
 * faults, the token endpoint, the bearer check, the per-endpoint budget, then the endpoint itself.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../logger.js';
import { RATE_LIMIT_HEADERS, type WireResponseEnvelope, type WireTokenResponse } from '../../upstream/wire.js';
import type { SandboxCore } from '../core.js';
import { CODES, messageOf, SimError } from '../errors.js';
import type { SandboxEndpoint } from '../types.js';
import type { FaultInjector } from './faults.js';
import { matchRoute, TOKEN_PATH } from './feishu-routes.js';
import type { SandboxRateLimiter } from './rate-limiter.js';
import type { TokenIssuer } from './tokens.js';

export interface FeishuApiDeps {
  core: SandboxCore;
  tokens: TokenIssuer;
  limiter: SandboxRateLimiter;
  faults: FaultInjector;
  logger: Logger;
}

export interface ApiCall {
  method: string;
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  logId: string;
}

export interface ApiAnswer {
  endpoint?: SandboxEndpoint;
  status: number;
  body: WireResponseEnvelope<unknown> | WireTokenResponse;
  headers?: Record<string, string>;
}

const TROUBLESHOOTER = 'https://open.feishu.cn/search?from=openapi';

export class FeishuApi {
  constructor(private readonly deps: FeishuApiDeps) {}

  /** Which endpoint a request is for, before anything else happens (it is counted even if it then fails). */
  endpointOf(method: string, pathname: string): SandboxEndpoint | undefined {
    if (pathname === TOKEN_PATH) return method === 'POST' ? 'token' : undefined;
    return matchRoute(method, pathname)?.route.endpoint;
  }

  async answer(call: ApiCall): Promise<ApiAnswer> {
    const endpoint = this.endpointOf(call.method, call.pathname);
    if (!endpoint) return { status: 404, body: { code: 404, msg: '404 page not found' } };
    const fault = this.deps.faults.take(endpoint);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.answer) {
      const { status, code, msg } = fault.answer;
      return {
        endpoint,
        status,
        body: { code, msg: msg ?? messageOf(code) },
        headers: code === CODES.rateLimited ? this.rateHeaders(endpoint, 1) : undefined,
      };
    }
    if (endpoint === 'token') return { endpoint, ...this.deps.tokens.issue(call.body) };
    const tokenCode = this.deps.tokens.check(call.authorization);
    if (tokenCode !== CODES.ok) return { endpoint, status: 400, body: { code: tokenCode, msg: messageOf(tokenCode) } };
    const budget = this.deps.limiter.take(endpoint);
    if (!budget.allowed) {
      return {
        endpoint,
        status: 429,
        body: { code: CODES.rateLimited, msg: messageOf(CODES.rateLimited) },
        headers: this.rateHeaders(endpoint, budget.resetSeconds),
      };
    }
    const match = matchRoute(call.method, call.pathname)!;
    try {
      const data = match.route.handle(this.deps.core, { params: match.params, query: call.query, body: call.body });
      const envelope: WireResponseEnvelope<unknown> = { code: CODES.ok, msg: 'success', data };
      return { endpoint, status: 200, body: envelope };
    } catch (error) {
      const failure = error instanceof SimError ? error : this.unexpected(error);
      const troubleshooter = `${TROUBLESHOOTER}&log_id=${call.logId}&code=${failure.code}`;
      return {
        endpoint,
        status: failure.httpStatus,
        body: { code: failure.code, msg: failure.message, error: { logid: call.logId, troubleshooter } },
      };
    }
  }

  private rateHeaders(endpoint: SandboxEndpoint, resetSeconds: number): Record<string, string> {
    const budget = endpoint === 'token' ? undefined : this.deps.limiter.budgetOf(endpoint);
    return { [RATE_LIMIT_HEADERS.limit]: String(budget?.limit ?? 0), [RATE_LIMIT_HEADERS.reset]: String(resetSeconds) };
  }

  private unexpected(error: unknown): SimError {
    this.deps.logger.error({ err: error }, 'sandbox: handler failed');
    return new SimError(CODES.systemError);
  }
}
