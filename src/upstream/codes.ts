/**
 * Feishu's numeric code spaces, each named once. They overlap (a 4 is WITHDRAWN in one space and
 * CANCELLED in another), so every space has its own table and nothing shares one.
 */
import type { NodeStatus, NodeType, TaskEventStatus } from '../domain/events.js';
import type { ApproverTaskStatus, ProcessKind, ProcessStatus, TaskType, UserIdType, DepartmentIdType } from '../domain/process.js';
import type { ActionErrorCode, AddApproverPosition, ApprovalMode } from '../domain/actions.js';

/** A two-way table between Feishu codes and our names. */
export class CodeSpace<N extends string> {
  private readonly byCode: ReadonlyMap<number, N>;
  private readonly byName: ReadonlyMap<N, number>;

  constructor(
    readonly name: string,
    table: Readonly<Record<number, N>>,
  ) {
    const entries = Object.entries(table).map(([code, n]) => [Number(code), n] as const);
    this.byCode = new Map(entries);
    this.byName = new Map(entries.map(([code, n]) => [n, code]));
  }

  /** Our name for a code; undefined for a code this space does not know. */
  nameOf(code: number | undefined): N | undefined {
    return code === undefined ? undefined : this.byCode.get(code);
  }

  codeOf(name: N): number {
    const code = this.byName.get(name);
    if (code === undefined) throw new Error(`${this.name}: no code for ${name}`);
    return code;
  }

  codes(): number[] {
    return [...this.byCode.keys()];
  }
}

/** enums.md §1: process status (detail, list filter, process events). */
export const processStatusCodes = new CodeSpace<ProcessStatus>('process status', {
  1: 'IN_PROGRESS',
  2: 'REJECTED',
  4: 'WITHDRAWN',
  8: 'REVOKED',
  9: 'COMPLETED',
  15: 'REVOKING',
});

/** enums.md §2: `properties`. */
export const processKindCodes = new CodeSpace<ProcessKind>('process properties', {
  1: 'NORMAL',
  2: 'REVOKE',
  3: 'CORRECTION',
});

/** enums.md §3: `approver_status` of the approvers list (filter and response). */
export const approverListStatusCodes = new CodeSpace<ApproverTaskStatus>('approver status', {
  [-2]: 'SKIPPED',
  [-1]: 'INITIATED',
  0: 'NOT_STARTED',
  1: 'IN_PROGRESS',
  2: 'REJECTED',
  3: 'APPROVED',
  4: 'WITHDRAWN',
  5: 'CC',
  6: 'FORM_SUBMITTED',
  12: 'FAILED',
  14: 'ROLLED_BACK',
  16: 'REVOKE_INITIATED',
  18: 'INTERVENED',
});

/** Statuses Feishu accepts as the approvers-list filter (the others are deprecated there). */
export const APPROVER_STATUS_FILTERABLE: readonly ApproverTaskStatus[] = [
  'INITIATED',
  'IN_PROGRESS',
  'REJECTED',
  'APPROVED',
  'CC',
  'FORM_SUBMITTED',
  'FAILED',
  'ROLLED_BACK',
];

/** enums.md §4: `status` of done_list / system_done_list items. */
export const doneItemStatusCodes = new CodeSpace<ApproverTaskStatus>('done item status', {
  2: 'REJECTED',
  3: 'APPROVED',
  4: 'CANCELLED',
});

/** enums.md §5: `status` of the approver event. */
export const taskEventStatusCodes = new CodeSpace<TaskEventStatus>('approver event status', {
  1: 'PENDING',
  2: 'REJECTED',
  3: 'COMPLETED',
  4: 'CANCELLED',
  18: 'INTERVENED',
});

/** enums.md §6: task `type`. */
export const taskTypeCodes = new CodeSpace<TaskType>('task type', { 1: 'APPROVAL', 5: 'FORM' });

/** enums.md §8: `node_type` of the node event. */
export const nodeTypeCodes = new CodeSpace<NodeType>('node type', {
  1: 'APPROVAL',
  2: 'CC',
  5: 'FORM',
  6: 'E_SIGNATURE',
});

/** enums.md §9: `node_status` of the node event. */
export const nodeStatusCodes = new CodeSpace<NodeStatus>('node status', {
  1: 'IN_PROGRESS',
  2: 'REJECTED',
  3: 'APPROVED',
  4: 'WITHDRAWN',
  5: 'ROLLED_BACK',
  6: 'SKIPPED',
  7: 'INTERVENED',
});

/** enums.md §10: `status` in the approve/reject body. */
export const approverActionCodes = new CodeSpace<'REJECT' | 'APPROVE'>('approver action', { 2: 'REJECT', 3: 'APPROVE' });

/** enums.md §11: `extra_type` of add-sign. */
export const extraTypeCodes = new CodeSpace<AddApproverPosition>('extra type', { 0: 'BEFORE', 1: 'PARALLEL', 2: 'AFTER' });

/** enums.md §11: `approval_type` of add-sign. */
export const approvalTypeCodes = new CodeSpace<ApprovalMode>('approval type', { 0: 'ANY', 1: 'ALL' });

export const USER_ID_TYPE_PARAM: Readonly<Record<UserIdType, string>> = {
  OPEN_ID: 'open_id',
  UNION_ID: 'union_id',
  USER_ID: 'user_id',
  PEOPLE_COREHR_ID: 'people_corehr_id',
};

export const DEPARTMENT_ID_TYPE_PARAM: Readonly<Record<DepartmentIdType, string>> = {
  OPEN_DEPARTMENT_ID: 'open_department_id',
  DEPARTMENT_ID: 'department_id',
  PEOPLE_COREHR_DEPARTMENT_ID: 'people_corehr_department_id',
};

/** Feishu error codes the gateway reacts to by number. */
export const FEISHU_CODES = {
  rateLimited: 99991400,
  /** Token errors after which a fresh token and one retry may help. */
  tokenInvalid: [99991661, 99991663, 99991664, 99991665, 99991671] as readonly number[],
  /** Transient server-side failures: safe to retry for reads. */
  transient: [1160500, 1160102, 1160025] as readonly number[],
  processNotFound: 1160100,
} as const;

/**
 * The documented error codes of the five write endpoints, named as the mutation error types name them.
 * One Feishu code means one thing across these endpoints, so one table serves all of them.
 */
export const actionErrorCodes = new CodeSpace<ActionErrorCode>('action error', {
  1160001: 'EMPLOYEE_NOT_FOUND',
  1160015: 'PROCESS_NOT_IN_PROGRESS',
  1160016: 'NODE_ALREADY_FINISHED',
  1160100: 'PROCESS_NOT_FOUND',
  1160101: 'INVALID_INPUT',
  1160114: 'DUPLICATE_APPROVER',
  1160115: 'NODE_NOT_SUPPORTED',
  1160117: 'EMPLOYEE_NOT_FOUND',
  1160129: 'NODE_ALREADY_FINISHED',
  1160221: 'PROCESS_NOT_IN_PROGRESS',
  1160234: 'NODE_NOT_SUPPORTED',
  1160245: 'DUPLICATE_APPROVER',
  1160256: 'NODE_NOT_SUPPORTED',
  1161001: 'TASK_ALREADY_PROCESSED',
  1161002: 'INVALID_INPUT',
  1161003: 'NO_PERMISSION',
  1161004: 'FORM_SUBMISSION_FAILED',
  1161005: 'STATUS_ALREADY_CHANGED',
  1161006: 'PROCESS_NOT_IN_PROGRESS',
  1161007: 'CANNOT_REVOKE',
  1161008: 'CANNOT_REVOKE',
  1161103: 'TASK_BUSY',
});
