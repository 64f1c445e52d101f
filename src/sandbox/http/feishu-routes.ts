/** Feishu's paths, exactly (README endpoint index), each mapped to its endpoint name and handler. */
import type { Endpoint } from '../../upstream/api.js';
import type { SandboxCore } from '../core.js';
import { getFlowData, getFormData, getProcess, listApprovers, listProcesses } from './read-handlers.js';
import { addApprovers, revokeProcess, transferTasks, updateApprover, withdrawProcess, type WriteRequest } from './write-handlers.js';

/**
 * Feishu's token path as documented: the Feishu stand-ins (this simulator, the upstream tests' fake)
 * state it apart from the gateway's (upstream/token-manager.ts) on purpose, like every route here, so
 * a wrong path in the gateway fails the tests instead of being agreed with.
 */
export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';

export interface FeishuRoute {
  method: 'GET' | 'PUT';
  pattern: RegExp;
  endpoint: Endpoint;
  handle: (core: SandboxCore, request: WriteRequest) => unknown;
}

const ID = '[^/]+';
const V2 = '/open-apis/corehr/v2';

const route = (method: FeishuRoute['method'], path: string, endpoint: Endpoint, handle: FeishuRoute['handle']): FeishuRoute => ({
  method,
  pattern: new RegExp(`^${V2}${path}$`),
  endpoint,
  handle,
});

const ROUTES: readonly FeishuRoute[] = [
  route('GET', '/processes', 'listProcesses', listProcesses),
  route('GET', `/processes/(?<process_id>${ID})`, 'getProcess', getProcess),
  route('GET', `/processes/(?<process_id>${ID})/form_variable_data`, 'getFormData', getFormData),
  route('GET', `/processes/(?<process_id>${ID})/flow_variable_data`, 'getFlowData', getFlowData),
  route('GET', '/approvers', 'listApprovers', listApprovers),
  route('PUT', `/processes/(?<process_id>${ID})/approvers/(?<approver_id>${ID})`, 'updateApprover', updateApprover),
  route('PUT', `/processes/(?<process_id>${ID})/extra`, 'addApprovers', addApprovers),
  route('PUT', `/processes/(?<process_id>${ID})/transfer`, 'transferTasks', transferTasks),
  route('PUT', `/process_withdraw/(?<process_id>${ID})`, 'withdrawProcess', withdrawProcess),
  route('PUT', `/process_revoke/(?<process_id>${ID})`, 'revokeProcess', revokeProcess),
];

export interface RouteMatch {
  route: FeishuRoute;
  params: Record<string, string>;
}

export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const candidate of ROUTES) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    try {
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]));
      return { route: candidate, params };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
