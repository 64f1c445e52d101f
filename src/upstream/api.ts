/**
 * The typed face of the ten Feishu process endpoints, in domain terms. The undici client implements
 * it; loaders and mutations depend only on this interface.
 */
import type * as actions from '../domain/actions.js';
import type { FieldVariable } from '../domain/field-value.js';
import type { ApproverTaskPage, ApproverTaskStatus, Process, ProcessIdPage, ProcessStatus, UserIdType } from '../domain/process.js';

/** Ten endpoints, named as the limiter, metrics and the sandbox's call counts name them. */
export const ENDPOINTS = [
  'listProcesses',
  'getProcess',
  'getFormData',
  'getFlowData',
  'listApprovers',
  'updateApprover',
  'addApprovers',
  'transferTasks',
  'withdrawProcess',
  'revokeProcess',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/**
 * Whom a call serves: a client waiting for its answer (interactive), or the gateway's own work that no
 * client waits for (background: refreshes after events, retries). Background work never spends the
 * share of a budget kept for interactive reads.
 */
export type CallClass = 'interactive' | 'background';

export interface CallOptions {
  /** Epoch ms after which the call gives up (waiting for budget, backoff, the request itself). */
  deadline?: number;
  signal?: AbortSignal;
  /** Whose fair share of the budget the call spends (a caller's name or address); absent: nobody's in particular. */
  caller?: string;
  /** @default 'interactive' */
  callClass?: CallClass;
}

export interface ListProcessesQuery {
  /** Inclusive window; Feishu requires it to be under 31 days. */
  modifiedFrom: Date;
  modifiedTo: Date;
  pageSize: number;
  pageToken?: string;
  statuses?: readonly ProcessStatus[];
  flowDefinitionId?: string;
}

export interface ListApproverTasksQuery {
  userId: string;
  userIdType?: UserIdType;
  pageSize: number;
  pageToken?: string;
  status?: ApproverTaskStatus;
}

export interface ReadOptions extends CallOptions {
  userIdType?: UserIdType;
}

export interface ProcessApi {
  listProcesses(query: ListProcessesQuery, options?: CallOptions): Promise<ProcessIdPage>;
  /** Null when Feishu does not know the process (1160100). */
  getProcess(processId: string, options?: ReadOptions): Promise<Process | null>;
  getFormVariables(processId: string, options?: ReadOptions): Promise<FieldVariable[]>;
  /** `keys` omitted or empty asks for every flow variable. */
  getFlowVariables(processId: string, keys?: readonly string[], options?: ReadOptions): Promise<FieldVariable[]>;
  listApproverTasks(query: ListApproverTasksQuery, options?: CallOptions): Promise<ApproverTaskPage>;
  approveTask(command: actions.ApproveTaskCommand, options?: CallOptions): Promise<void>;
  rejectTask(command: actions.RejectTaskCommand, options?: CallOptions): Promise<void>;
  addApprovers(command: actions.AddApproversCommand, options?: CallOptions): Promise<void>;
  transferTasks(command: actions.TransferTasksCommand, options?: CallOptions): Promise<void>;
  withdrawProcess(command: actions.EndProcessCommand, options?: CallOptions): Promise<void>;
  revokeProcess(command: actions.EndProcessCommand, options?: CallOptions): Promise<void>;
}
