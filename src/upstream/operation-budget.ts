/**
 * What one GraphQL operation may ask of Feishu: a per-request face of the `ProcessApi` that counts the
 * calls made through it per endpoint and refuses those beyond the operation's budget, and that names
 * the operation's caller and class on every call for the limiter's fair shares. Loaders and mutations
 * use it unchanged; a cache hit or a call joined in flight never reaches it, so it spends nothing.
 */
import type { CallClass, CallOptions, Endpoint, ProcessApi, ReadOptions } from './api.js';
import { UpstreamError } from './errors.js';

export type OperationBudget = Readonly<Record<Endpoint, number>>;

/**
 * A quarter of a minute's budget for the scarce reads (details 100/min, flow data 10/min, lists
 * 20/min), so four operations cannot take a minute from everyone; a few writes per operation.
 */
export const DEFAULT_OPERATION_BUDGET: OperationBudget = {
  getProcess: 25,
  getFormData: 25,
  getFlowData: 2,
  listProcesses: 3,
  listApprovers: 5,
  updateApprover: 10,
  addApprovers: 3,
  transferTasks: 3,
  withdrawProcess: 5,
  revokeProcess: 5,
};

/** Nothing was sent: the operation asked for more than its budget. A smaller operation (or a later one) will do. */
export class OperationBudgetExceededError extends UpstreamError {
  constructor(
    endpoint: Endpoint,
    readonly limit: number,
  ) {
    super({
      kind: 'RATE_LIMITED',
      endpoint,
      message: `${endpoint}: this operation already made the ${limit} calls to Feishu one operation may make; ask for fewer items at once (a smaller page, fewer aliases) or ask again in another operation`,
      retryable: true,
    });
    this.name = 'OperationBudgetExceededError';
  }
}

export interface OperationSpender {
  /** The caller's key for fair shares. */
  caller: string;
  /** @default 'interactive' */
  callClass?: CallClass;
}

/** `onRefused` is told of each call refused for the budget (metrics). */
export function withOperationBudget(
  api: ProcessApi,
  budget: OperationBudget,
  spender: OperationSpender,
  onRefused?: (endpoint: Endpoint) => void,
): ProcessApi {
  const spent = new Map<Endpoint, number>();
  const spend = <O extends CallOptions>(endpoint: Endpoint, options: O | undefined): O => {
    const used = spent.get(endpoint) ?? 0;
    if (used >= budget[endpoint]) {
      onRefused?.(endpoint);
      throw new OperationBudgetExceededError(endpoint, budget[endpoint]);
    }
    spent.set(endpoint, used + 1);
    return { callClass: spender.callClass ?? 'interactive', ...options, caller: spender.caller } as O;
  };
  // Async, so a refusal is a rejected promise like any other upstream failure.
  return {
    listProcesses: async (query, options) => api.listProcesses(query, spend('listProcesses', options)),
    getProcess: async (processId, options?: ReadOptions) => api.getProcess(processId, spend('getProcess', options)),
    getFormVariables: async (processId, options) => api.getFormVariables(processId, spend('getFormData', options)),
    getFlowVariables: async (processId, keys, options) => api.getFlowVariables(processId, keys, spend('getFlowData', options)),
    listApproverTasks: async (query, options) => api.listApproverTasks(query, spend('listApprovers', options)),
    approveTask: async (command, options) => api.approveTask(command, spend('updateApprover', options)),
    rejectTask: async (command, options) => api.rejectTask(command, spend('updateApprover', options)),
    addApprovers: async (command, options) => api.addApprovers(command, spend('addApprovers', options)),
    transferTasks: async (command, options) => api.transferTasks(command, spend('transferTasks', options)),
    withdrawProcess: async (command, options) => api.withdrawProcess(command, spend('withdrawProcess', options)),
    revokeProcess: async (command, options) => api.revokeProcess(command, spend('revokeProcess', options)),
  };
}
