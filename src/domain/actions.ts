import type { FormValueInput } from './field-value.js';
import type { UserIdType } from './process.js';

/**
 * Who performs an action: a Feishu user, or the system acting in the user's place. `userIdType` says
 * how every user id of the command is read (the actor's own and those it names); for the system it
 * only concerns the ids the command names, and Feishu's default (open_id) applies without it.
 */
export type Actor = { kind: 'user'; userId: string; userIdType: UserIdType } | { kind: 'system'; userIdType?: UserIdType };

export interface ApproveTaskCommand {
  processId: string;
  approverId: string;
  actor: Actor;
  reason?: string;
  formValues?: FormValueInput[];
}

export interface RejectTaskCommand {
  processId: string;
  approverId: string;
  actor: Actor;
  reason: string;
}

export interface TransferTasksCommand {
  processId: string;
  approverIds: string[];
  toUserId: string;
  actor: Actor;
  remark?: string;
}

export const ADD_APPROVER_POSITIONS = ['BEFORE', 'PARALLEL', 'AFTER'] as const;
export type AddApproverPosition = (typeof ADD_APPROVER_POSITIONS)[number];

export const APPROVAL_MODES = ['ANY', 'ALL'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

export interface AddApproversCommand {
  processId: string;
  /** Node instance to add to; wins over approverId when both are given. */
  nodeId?: string;
  approverId?: string;
  position: AddApproverPosition;
  approvalMode?: ApprovalMode;
  userIds: string[];
  actor: Actor;
  remark?: string;
}

export interface EndProcessCommand {
  processId: string;
  actor: Actor;
  reason?: string;
}

/** Every way an action can fail that a client may want to handle, Feishu's documented codes included. */
export const ACTION_ERROR_CODES = [
  'INVALID_INPUT',
  'TASK_ALREADY_PROCESSED',
  'STATUS_ALREADY_CHANGED',
  'NO_PERMISSION',
  'PROCESS_NOT_IN_PROGRESS',
  'PROCESS_NOT_FOUND',
  'CANNOT_REVOKE',
  'DUPLICATE_APPROVER',
  'NODE_NOT_SUPPORTED',
  'NODE_ALREADY_FINISHED',
  'EMPLOYEE_NOT_FOUND',
  'FORM_SUBMISSION_FAILED',
  'TASK_BUSY',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'FORBIDDEN',
  'OPERATION_BUDGET_EXCEEDED',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];
