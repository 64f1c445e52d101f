/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where add-sign puts the new approvers. */
export type AddApproverPosition =
  /** After the current approvers (extra_type 2). */
  | 'AFTER'
  /** Before the current approvers (Feishu extra_type 0). */
  | 'BEFORE'
  /** Beside the current approvers, all of whom must approve (extra_type 1). */
  | 'PARALLEL';

/** Feishu add-sign (extra): give the node (nodeId) or a task on it (approverId). */
export type AddApproversInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** Default: ALL for PARALLEL (the only mode Feishu allows there), else Feishu’s. */
  approvalMode?: ApprovalMode | null | undefined;
  /** A task on the node. */
  approverId?: string | number | null | undefined;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  /** The node instance; wins over approverId. */
  nodeId?: string | number | null | undefined;
  position: AddApproverPosition;
  processId: string | number;
  remark?: string | null | undefined;
  /** 1 to 20 distinct users to add. */
  userIds: Array<string | number>;
};

/** How several added approvers decide. */
export type ApprovalMode =
  /** Every added approver must approve (AND-sign, approval_type 1). */
  | 'ALL'
  /** One approval among the added approvers suffices (OR-sign, approval_type 0). */
  | 'ANY';

export type ApproveTaskInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** The task to approve (ApproverTask.approverId). */
  approverId: string | number;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Form fields to fill in while approving. */
  formValues?: Array<FormValueInput> | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  processId: string | number;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
};

/** Task status, mapped per Feishu code space (the approvers list and the done list disagree on 4). */
export type ApproverTaskStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CC'
  | 'FAILED'
  | 'FORM_SUBMITTED'
  | 'INITIATED'
  | 'INTERVENED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'REJECTED'
  | 'REVOKE_INITIATED'
  | 'ROLLED_BACK'
  | 'SKIPPED'
  | 'WITHDRAWN';

/** A form value to write: set exactly one field. */
export type FieldValueInput =
  {   bool: boolean; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never;   date: string; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never;   dateTime: string; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never;   /** An open_department_id. */
  departmentId: string | number; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never;   /** In the id type actorIdType. */
  employmentId: string | number; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never;   /** The enum option id. */
  enumId: string | number; file?: never; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never;   file: FileReferenceInput; i18n?: never; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never;   i18n: I18nTextInput; list?: never; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never;   list: Array<FieldValueInput>; number?: never; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never;   /** A decimal number as a string, e.g. "12.5". */
  number: string; object?: never; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never;   object: ObjectReferenceInput; text?: never; }
  |  { bool?: never; date?: never; dateTime?: never; departmentId?: never; employmentId?: never; enumId?: never; file?: never; i18n?: never; list?: never; number?: never; object?: never;   text: string; };

/** A file uploaded through the CoreHR file API; fileName and length override its metadata. */
export type FileReferenceInput = {
  fileName?: string | null | undefined;
  /** Bytes, 0 to 52428800. */
  length?: number | null | undefined;
  openFileId: string | number;
};

/** One form variable to write while approving (Feishu field_values_v2). */
export type FormValueInput = {
  /** The variable key, as in Process.formVariables. */
  apiName: string;
  value: FieldValueInput;
};

export type I18nTextInput = {
  enUs?: string | null | undefined;
  zhCn?: string | null | undefined;
};

/** Status of a node instance as the node event reports it (not the derived ProcessNodeStatus). */
export type NodeStatus =
  | 'APPROVED'
  | 'INTERVENED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'ROLLED_BACK'
  | 'SKIPPED'
  | 'WITHDRAWN';

export type NodeType =
  | 'APPROVAL'
  | 'CC'
  | 'E_SIGNATURE'
  | 'FORM';

/** A CoreHR master-data object: its id and its wkApiName (e.g. job, job_level). */
export type ObjectReferenceInput = {
  wkApiName: string;
  wkId: string | number;
};

/** Fields narrow each other (AND); a field matches any of its values (OR); an omitted field matches every event. */
export type ProcessEventFilter = {
  bizTypes?: Array<string> | null | undefined;
  processIds?: Array<string | number> | null | undefined;
  types?: Array<ProcessEventType> | null | undefined;
};

export type ProcessEventType =
  | 'APPROVER_TASK_UPDATED'
  | 'CC_UPDATED'
  | 'COMMENT_ADDED'
  | 'NODE_UPDATED'
  | 'PROCESS_STATUS_CHANGED'
  | 'PROCESS_UPDATED';

export type ProcessFilter = {
  flowDefinitionId?: string | null | undefined;
  /** Inclusive start of the modification window. */
  modifiedAfter: string;
  /** Inclusive end; windows over Feishu's 31-day cap are split (at most 366 days). */
  modifiedBefore: string;
  statuses?: Array<ProcessStatus> | null | undefined;
};

/** Feishu `properties`: a normal process, one created to revoke another, or a correction. */
export type ProcessKind =
  | 'CORRECTION'
  | 'NORMAL'
  | 'REVOKE';

/** Derived from the node’s tasks; see ProcessNode.status. */
export type ProcessNodeStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'IN_PROGRESS'
  | 'REJECTED';

export type ProcessStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REVOKED'
  | 'REVOKING'
  | 'WITHDRAWN';

export type RejectTaskInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** The task to reject (ApproverTask.approverId). */
  approverId: string | number;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  processId: string | number;
  /** Required by Feishu: 1 to 1000 characters. */
  reason: string;
};

/** Revokes a completed process (by a process admin or the system). */
export type RevokeProcessInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  processId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
};

/** Status of a task as the approver event reports it (that event's own code space). */
export type TaskEventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'INTERVENED'
  | 'PENDING'
  | 'REJECTED';

/** Where Feishu listed the task: one of the detail's four lists, or a user's approvers list. */
export type TaskSource =
  | 'APPROVERS_LIST'
  | 'DONE'
  | 'SYSTEM_DONE'
  | 'SYSTEM_TODO'
  | 'TODO';

export type TaskType =
  | 'APPROVAL'
  | 'FORM';

export type TransferTasksInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** 1 to 20 distinct task ids. */
  approverIds: Array<string | number>;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  processId: string | number;
  remark?: string | null | undefined;
  /** The user who takes the tasks over. */
  toUserId: string | number;
};

export type UserIdType =
  | 'OPEN_ID'
  | 'PEOPLE_COREHR_ID'
  | 'UNION_ID'
  | 'USER_ID';

/** Withdraws a process in progress (by its initiator or a process admin). */
export type WithdrawProcessInput = {
  /** The acting Feishu user, in the id type actorIdType. Give this or asSystem: true. */
  actorId?: string | number | null | undefined;
  /** How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids. */
  actorIdType?: UserIdType | null | undefined;
  /** Act as the system instead of a user. */
  asSystem?: boolean | null | undefined;
  /** Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header. */
  idempotencyKey?: string | null | undefined;
  processId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
};

export type TasksWithProcessQueryVariables = Exact<{
  userId: string | number;
  first?: number | null | undefined;
}>;


export type TasksWithProcessQuery = { approverTasks: { edges: Array<{ node: { approverId: string, status: ApproverTaskStatus, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } } | null }> } };

export type ProcessCommentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProcessCommentsQuery = { process: { processId: string, comments: Array<{ message: string | null }> } | null };

export type TasksOnlyQueryVariables = Exact<{
  userId: string | number;
}>;


export type TasksOnlyQuery = { approverTasks: { edges: Array<{ listStatus: ApproverTaskStatus, node: { approverId: string } | null }> } };

export type SubscriberEventIdsSubscriptionVariables = Exact<{
  p: string | number;
}>;


export type SubscriberEventIdsSubscription = { processEvents:
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
   };

export type EventsWithCommentsSubscriptionVariables = Exact<{
  filter?: ProcessEventFilter | null | undefined;
}>;


export type EventsWithCommentsSubscription = { processEvents:
    | { eventId: string, type: ProcessEventType, process: { status: ProcessStatus } | null }
    | { eventId: string, type: ProcessEventType, process: { status: ProcessStatus } | null }
    | { eventId: string, type: ProcessEventType, comment: { message: string | null } | null, process: { status: ProcessStatus } | null }
    | { eventId: string, type: ProcessEventType, process: { status: ProcessStatus } | null }
    | { eventId: string, type: ProcessEventType, process: { status: ProcessStatus } | null }
    | { eventId: string, type: ProcessEventType, process: { status: ProcessStatus } | null }
   };

type Task_ApproverTask_Fragment = { status: ApproverTaskStatus, source: TaskSource, id: string };

type Task_Process_Fragment = { id: string };

export type TaskFragment =
  | Task_ApproverTask_Fragment
  | Task_Process_Fragment
;

export type FleetReadQueryVariables = Exact<{
  id: string | number;
}>;


export type FleetReadQuery = { process: { processId: string, status: ProcessStatus, comments: Array<{ message: string | null }>, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus }> } | null };

export type EventIdsAndTypesSubscriptionVariables = Exact<{
  filter?: ProcessEventFilter | null | undefined;
}>;


export type EventIdsAndTypesSubscription = { processEvents:
    | { eventId: string, type: ProcessEventType }
    | { eventId: string, type: ProcessEventType }
    | { eventId: string, type: ProcessEventType }
    | { eventId: string, type: ProcessEventType }
    | { eventId: string, type: ProcessEventType }
    | { eventId: string, type: ProcessEventType }
   };

export type ProcessStatusQueryVariables = Exact<{
  processId: string | number;
}>;


export type ProcessStatusQuery = { process: { processId: string, status: ProcessStatus } | null };

export type InboxProcessIdsQueryVariables = Exact<{
  u: string | number;
  first?: number | null | undefined;
}>;


export type InboxProcessIdsQuery = { approverTasks: { edges: Array<{ node: { process: { processId: string } } | null }> } };

export type ListedTaskFragment = { listStatus: ApproverTaskStatus, node: { id: string, approverId: string, processId: string } | null };

export type ProcessStateFragment = { processId: string, status: ProcessStatus };

export type MutatedProcessFragment = { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> };

type MutationFailure_CannotRevokeError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_DuplicateApproverError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_EmployeeNotFoundError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_ForbiddenError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_FormSubmissionFailedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_IdempotencyKeyReusedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_InvalidInputError_Fragment = { field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_NoPermissionError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_NodeAlreadyFinishedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_NodeNotSupportedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_OperationBudgetExceededError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_ProcessNotFoundError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_ProcessNotInProgressError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_RateLimitedError_Fragment = { retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_StatusAlreadyChangedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_TaskAlreadyProcessedError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_TaskBusyError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

type MutationFailure_UpstreamUnavailableError_Fragment = { message: string, code: string, feishuCode: number | null, logId: string | null };

export type MutationFailureFragment =
  | MutationFailure_CannotRevokeError_Fragment
  | MutationFailure_DuplicateApproverError_Fragment
  | MutationFailure_EmployeeNotFoundError_Fragment
  | MutationFailure_ForbiddenError_Fragment
  | MutationFailure_FormSubmissionFailedError_Fragment
  | MutationFailure_IdempotencyKeyReusedError_Fragment
  | MutationFailure_InvalidInputError_Fragment
  | MutationFailure_NoPermissionError_Fragment
  | MutationFailure_NodeAlreadyFinishedError_Fragment
  | MutationFailure_NodeNotSupportedError_Fragment
  | MutationFailure_OperationBudgetExceededError_Fragment
  | MutationFailure_ProcessNotFoundError_Fragment
  | MutationFailure_ProcessNotInProgressError_Fragment
  | MutationFailure_RateLimitedError_Fragment
  | MutationFailure_StatusAlreadyChangedError_Fragment
  | MutationFailure_TaskAlreadyProcessedError_Fragment
  | MutationFailure_TaskBusyError_Fragment
  | MutationFailure_UpstreamUnavailableError_Fragment
;

export type EveryApproveTaskResultMutationVariables = Exact<{
  input: ApproveTaskInput;
}>;


export type EveryApproveTaskResultMutation = { result:
    | { __typename: 'ApproveTaskSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'FormSubmissionFailedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'StatusAlreadyChangedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskAlreadyProcessedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
   };

export type EveryRejectTaskResultMutationVariables = Exact<{
  input: RejectTaskInput;
}>;


export type EveryRejectTaskResultMutation = { result:
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'FormSubmissionFailedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RejectTaskSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
    | { __typename: 'StatusAlreadyChangedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskAlreadyProcessedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
   };

export type EveryTransferTasksResultMutationVariables = Exact<{
  input: TransferTasksInput;
}>;


export type EveryTransferTasksResultMutation = { result:
    | { __typename: 'DuplicateApproverError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NodeNotSupportedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotInProgressError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskAlreadyProcessedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskBusyError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TransferTasksSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
   };

export type EveryAddApproversResultMutationVariables = Exact<{
  input: AddApproversInput;
}>;


export type EveryAddApproversResultMutation = { result:
    | { __typename: 'AddApproversSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
    | { __typename: 'DuplicateApproverError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NodeAlreadyFinishedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NodeNotSupportedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotInProgressError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskBusyError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
   };

export type EveryWithdrawProcessResultMutationVariables = Exact<{
  input: WithdrawProcessInput;
}>;


export type EveryWithdrawProcessResultMutation = { result:
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotInProgressError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'StatusAlreadyChangedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'WithdrawProcessSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
   };

export type EveryRevokeProcessResultMutationVariables = Exact<{
  input: RevokeProcessInput;
}>;


export type EveryRevokeProcessResultMutation = { result:
    | { __typename: 'CannotRevokeError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'EmployeeNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', field: string | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', retryAfter: number | null, message: string, code: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RevokeProcessSuccess', processId: string, process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null }
    | { __typename: 'UpstreamUnavailableError', message: string, code: string, feishuCode: number | null, logId: string | null }
   };

export type MutatedProcessStateQueryVariables = Exact<{
  processId: string | number;
}>;


export type MutatedProcessStateQuery = { process: { processId: string, status: ProcessStatus, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, assignee: { id: string } | null }> } | null };

export type EveryEventIdSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EveryEventIdSubscription = { processEvents:
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
    | { eventId: string }
   };

export type SharedCacheReadQueryVariables = Exact<{
  processId: string | number;
}>;


export type SharedCacheReadQuery = { process: { processId: string, status: ProcessStatus } | null };

export type CountedInboxQueryVariables = Exact<{
  userId: string | number;
}>;


export type CountedInboxQuery = { approverTasks: { edges: Array<{ node: { approverId: string, process: { status: ProcessStatus, name: { zhCn: string | null } | null } } | null }> } };

export type InboxListStatusQueryVariables = Exact<{
  u: string | number;
}>;


export type InboxListStatusQuery = { approverTasks: { edges: Array<{ listStatus: ApproverTaskStatus, node: { id: string, approverId: string, processId: string } | null }> } };

export type InboxStatusSourceQueryVariables = Exact<{
  u: string | number;
}>;


export type InboxStatusSourceQuery = { approverTasks: { edges: Array<{ node: { status: ApproverTaskStatus, source: TaskSource } | null }> } };

export type FlowKeySetsQueryVariables = Exact<{
  processId: string | number;
}>;


export type FlowKeySetsQuery = { process: { a: Array<{ apiName: string }> | null, b: Array<{ apiName: string }> | null, c: Array<{ apiName: string }> | null } | null };

export type TasksChangedForSubscriptionVariables = Exact<{
  u: string | number;
}>;


export type TasksChangedForSubscription = { approverTasksChanged: { userId: string, userIdType: UserIdType, occurredAt: string } };

export type TaskPageQueryVariables = Exact<{
  userId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ApproverTaskStatus | null | undefined;
}>;


export type TaskPageQuery = { approverTasks: { edges: Array<{ cursor: string, listStatus: ApproverTaskStatus, node: { id: string, approverId: string, processId: string } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type ListedTaskFieldsQueryVariables = Exact<{
  userId: string | number;
}>;


export type ListedTaskFieldsQuery = { approverTasks: { edges: Array<{ listStatus: ApproverTaskStatus, node: { source: TaskSource, status: ApproverTaskStatus, nodeDefinitionId: string | null, type: TaskType | null, assignee: { id: string } | null } | null }> } };

export type ListedTaskUnreadableQueryVariables = Exact<{
  userId: string | number;
}>;


export type ListedTaskUnreadableQuery = { approverTasks: { edges: Array<{ listStatus: ApproverTaskStatus, node: { approverId: string, status: ApproverTaskStatus } | null }> } };

export type NodesByIdQueryVariables = Exact<{
  task: string | number;
  process: string | number;
}>;


export type NodesByIdQuery = { task:
    | { approverId: string, processId: string }
    | Record<PropertyKey, never>
   | null, process:
    | { processId: string }
    | Record<PropertyKey, never>
   | null };

export type CodeSpacesProcessQueryVariables = Exact<{
  processId: string | number;
}>;


export type CodeSpacesProcessQuery = { process: { status: ProcessStatus, kind: ProcessKind | null, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, source: TaskSource, assignee: { id: string } | null }>, ccTasks: Array<{ approverId: string, recipient: { id: string } | null }>, nodes: Array<{ nodeDefinitionId: string, status: ProcessNodeStatus | null, approverTasks: Array<{ approverId: string }>, ccTasks: Array<{ approverId: string }> }> } | null };

export type CodeSpacesTasksQueryVariables = Exact<{
  userId: string | number;
}>;


export type CodeSpacesTasksQuery = { approverTasks: { edges: Array<{ listStatus: ApproverTaskStatus, node: { approverId: string, processId: string, status: ApproverTaskStatus, source: TaskSource } | null }> } };

export type CorrectionOfQueryVariables = Exact<{
  processId: string | number;
}>;


export type CorrectionOfQuery = { process: { kind: ProcessKind | null, originalProcess: { processId: string, status: ProcessStatus } | null } | null };

export type EveryValueKindQueryVariables = Exact<{
  processId: string | number;
}>;


export type EveryValueKindQuery = { process: { processId: string, status: ProcessStatus, formVariables: Array<{ apiName: string, name: { zhCn: string | null, enUs: string | null } | null, value:
        | { __typename: 'BoolValue', bool: boolean }
        | { __typename: 'DateTimeValue', dateTime: string }
        | { __typename: 'DateValue', date: string }
        | { __typename: 'DepartmentValue', departmentId: string }
        | { __typename: 'EmploymentValue', employmentId: string }
        | { __typename: 'EnumValue', enumId: string }
        | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null, length: number | null, mimeType: string | null } }
        | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
        | { __typename: 'ListValue', items: Array<
            | { __typename: 'BoolValue', bool: boolean }
            | { __typename: 'DateTimeValue', dateTime: string }
            | { __typename: 'DateValue', date: string }
            | { __typename: 'DepartmentValue', departmentId: string }
            | { __typename: 'EmploymentValue', employmentId: string }
            | { __typename: 'EnumValue', enumId: string }
            | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null, length: number | null, mimeType: string | null } }
            | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
            | { __typename: 'ListValue', items: Array<
                | { __typename: 'BoolValue', bool: boolean }
                | { __typename: 'DateTimeValue', dateTime: string }
                | { __typename: 'DateValue', date: string }
                | { __typename: 'DepartmentValue', departmentId: string }
                | { __typename: 'EmploymentValue', employmentId: string }
                | { __typename: 'EnumValue', enumId: string }
                | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null, length: number | null, mimeType: string | null } }
                | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
                | { __typename: 'ListValue' }
                | { __typename: 'NumberValue', number: string }
                | { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } }
                | { __typename: 'RecordValue' }
                | { __typename: 'TextValue', text: string }
                | { __typename: 'UserValue', userId: string }
              > }
            | { __typename: 'NumberValue', number: string }
            | { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } }
            | { __typename: 'RecordValue' }
            | { __typename: 'TextValue', text: string }
            | { __typename: 'UserValue', userId: string }
          > }
        | { __typename: 'NumberValue', number: string }
        | { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } }
        | { __typename: 'RecordValue', records: Array<{ apiName: string, recordId: string | null, value:
              | { __typename: 'BoolValue', bool: boolean }
              | { __typename: 'DateTimeValue', dateTime: string }
              | { __typename: 'DateValue', date: string }
              | { __typename: 'DepartmentValue', departmentId: string }
              | { __typename: 'EmploymentValue', employmentId: string }
              | { __typename: 'EnumValue', enumId: string }
              | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null, length: number | null, mimeType: string | null } }
              | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
              | { __typename: 'ListValue' }
              | { __typename: 'NumberValue', number: string }
              | { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } }
              | { __typename: 'RecordValue' }
              | { __typename: 'TextValue', text: string }
              | { __typename: 'UserValue', userId: string }
             | null }> }
        | { __typename: 'TextValue', text: string }
        | { __typename: 'UserValue', userId: string }
       | null }> | null } | null };

type EveryScalar_BoolValue_Fragment = { __typename: 'BoolValue', bool: boolean };

type EveryScalar_DateTimeValue_Fragment = { __typename: 'DateTimeValue', dateTime: string };

type EveryScalar_DateValue_Fragment = { __typename: 'DateValue', date: string };

type EveryScalar_DepartmentValue_Fragment = { __typename: 'DepartmentValue', departmentId: string };

type EveryScalar_EmploymentValue_Fragment = { __typename: 'EmploymentValue', employmentId: string };

type EveryScalar_EnumValue_Fragment = { __typename: 'EnumValue', enumId: string };

type EveryScalar_FileValue_Fragment = { __typename: 'FileValue', file: { openFileId: string, fileName: string | null, length: number | null, mimeType: string | null } };

type EveryScalar_I18nValue_Fragment = { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } };

type EveryScalar_ListValue_Fragment = { __typename: 'ListValue' };

type EveryScalar_NumberValue_Fragment = { __typename: 'NumberValue', number: string };

type EveryScalar_ObjectValue_Fragment = { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } };

type EveryScalar_RecordValue_Fragment = { __typename: 'RecordValue' };

type EveryScalar_TextValue_Fragment = { __typename: 'TextValue', text: string };

type EveryScalar_UserValue_Fragment = { __typename: 'UserValue', userId: string };

export type EveryScalarFragment =
  | EveryScalar_BoolValue_Fragment
  | EveryScalar_DateTimeValue_Fragment
  | EveryScalar_DateValue_Fragment
  | EveryScalar_DepartmentValue_Fragment
  | EveryScalar_EmploymentValue_Fragment
  | EveryScalar_EnumValue_Fragment
  | EveryScalar_FileValue_Fragment
  | EveryScalar_I18nValue_Fragment
  | EveryScalar_ListValue_Fragment
  | EveryScalar_NumberValue_Fragment
  | EveryScalar_ObjectValue_Fragment
  | EveryScalar_RecordValue_Fragment
  | EveryScalar_TextValue_Fragment
  | EveryScalar_UserValue_Fragment
;

export type AskedKeysQueryVariables = Exact<{
  processId: string | number;
}>;


export type AskedKeysQuery = { process: { formVariables: Array<{ apiName: string }> | null, flowVariables: Array<{ apiName: string, value:
        | { __typename: 'BoolValue' }
        | { __typename: 'DateTimeValue' }
        | { __typename: 'DateValue' }
        | { __typename: 'DepartmentValue' }
        | { __typename: 'EmploymentValue' }
        | { __typename: 'EnumValue' }
        | { __typename: 'FileValue' }
        | { __typename: 'I18nValue' }
        | { __typename: 'ListValue' }
        | { __typename: 'NumberValue' }
        | { __typename: 'ObjectValue' }
        | { __typename: 'RecordValue' }
        | { __typename: 'TextValue' }
        | { __typename: 'UserValue' }
       | null }> | null } | null };

export type LazyIdsOnlyQueryVariables = Exact<{
  f: ProcessFilter;
}>;


export type LazyIdsOnlyQuery = { processes: { edges: Array<{ node: { __typename: 'Process', id: string, processId: string } | null }> } };

export type LazyIdsFragment = { id: string, processId: string };

export type LazyStatusQueryVariables = Exact<{
  f: ProcessFilter;
}>;


export type LazyStatusQuery = { processes: { edges: Array<{ node: { processId: string, status: ProcessStatus } | null }> } };

export type LazyStatusFieldsFragment = { status: ProcessStatus };

export type LazyInboxIdsQueryVariables = Exact<{
  u: string | number;
}>;


export type LazyInboxIdsQuery = { approverTasks: { edges: Array<{ node: { approverId: string, processId: string, process: { processId: string, id: string } } | null }> } };

export type LazyInboxStatusesQueryVariables = Exact<{
  u: string | number;
}>;


export type LazyInboxStatusesQuery = { approverTasks: { edges: Array<{ node: { process: { status: ProcessStatus } } | null }> } };

export type TwoMutationsOneRequestMutationVariables = Exact<{
  approve: ApproveTaskInput;
  withdraw: WithdrawProcessInput;
}>;


export type TwoMutationsOneRequestMutation = { one:
    | { process: { status: ProcessStatus } | null }
    | Record<PropertyKey, never>
  , two:
    | { process: { status: ProcessStatus } | null }
    | Record<PropertyKey, never>
   };

export type RemarkAfterApprovalQueryVariables = Exact<{
  processId: string | number;
}>;


export type RemarkAfterApprovalQuery = { process: { formVariables: Array<{ apiName: string, value:
        | { text: string }
        | Record<PropertyKey, never>
       | null }> | null } | null };

export type ThreeProcessesQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
}>;


export type ThreeProcessesQuery = { a: { processId: string, status: ProcessStatus } | null, b: { processId: string, status: ProcessStatus } | null, c: { processId: string, status: ProcessStatus } | null };

export type FormVariableNamesQueryVariables = Exact<{
  processId: string | number;
}>;


export type FormVariableNamesQuery = { process: { processId: string, formVariables: Array<{ apiName: string }> | null } | null };

export type EveryEventKindSubscriptionVariables = Exact<{
  filter?: ProcessEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type EveryEventKindSubscription = { processEvents:
    | { __typename: 'ApproverTaskUpdatedEvent', approverId: string, taskStatus: TaskEventStatus, taskType: TaskType | null, nodeId: string | null, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
    | { __typename: 'CcUpdatedEvent', approverId: string, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
    | { __typename: 'CommentAddedEvent', commentId: string | null, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
    | { __typename: 'NodeUpdatedEvent', nodeStatus: NodeStatus, nodeType: NodeType | null, nodeDefinitionId: string | null, processNodeId: string | null, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
    | { __typename: 'ProcessStatusChangedEvent', status: ProcessStatus, kind: ProcessKind | null, flowDefinitionId: string | null, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
    | { __typename: 'ProcessUpdatedEvent', status: ProcessStatus, kind: ProcessKind | null, flowDefinitionId: string | null, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, bizType: string | null }
   };

export type EventWithProcessSubscriptionVariables = Exact<{
  filter?: ProcessEventFilter | null | undefined;
}>;


export type EventWithProcessSubscription = { processEvents:
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
    | { eventId: string, process: { processId: string, status: ProcessStatus } | null }
   };

export type StatusBeforeChangeQueryVariables = Exact<{
  processId: string | number;
}>;


export type StatusBeforeChangeQuery = { process: { status: ProcessStatus } | null };

export type ProcessesPageQueryVariables = Exact<{
  filter: ProcessFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProcessesPageQuery = { processes: { edges: Array<{ cursor: string, node: { processId: string, status: ProcessStatus } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type CallerProcessQueryVariables = Exact<{
  id: string | number;
}>;


export type CallerProcessQuery = { process: { processId: string, status: ProcessStatus, initiator: { id: string } | null } | null };

export type CallerProcessesQueryVariables = Exact<{
  f: ProcessFilter;
  first?: number | null | undefined;
}>;


export type CallerProcessesQuery = { processes: { edges: Array<{ node: { processId: string } | null }> } };

export type CallerGlobalIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type CallerGlobalIdsQuery = { process: { id: string, approverTasks: Array<{ id: string }> } | null };

export type CallerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CallerNodeQuery = { node:
    | { approverId: string, id: string }
    | { processId: string, id: string }
   | null };

export type QueryTypeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryTypeNameQuery = { __schema: { queryType: { name: string | null } } };

export type CallerWatchSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CallerWatchSubscription = { processEvents:
    | { processId: string, type: ProcessEventType }
    | { processId: string, type: ProcessEventType }
    | { processId: string, type: ProcessEventType }
    | { processId: string, type: ProcessEventType }
    | { processId: string, type: ProcessEventType }
    | { processId: string, type: ProcessEventType }
   };

export type EventCursorsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EventCursorsSubscription = { processEvents:
    | { eventId: string, cursor: string }
    | { eventId: string, cursor: string }
    | { eventId: string, cursor: string }
    | { eventId: string, cursor: string }
    | { eventId: string, cursor: string }
    | { eventId: string, cursor: string }
   };

export type BreakerStatusQueryVariables = Exact<{
  processId: string | number;
}>;


export type BreakerStatusQuery = { process: { status: ProcessStatus } | null };

export const TaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<TaskFragment, unknown>;
export const ListedTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListedTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]} as unknown as DocumentNode<ListedTaskFragment, unknown>;
export const ProcessStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ProcessStateFragment, unknown>;
export const MutatedProcessFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutatedProcessFragment, unknown>;
export const MutationFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<MutationFailureFragment, unknown>;
export const EveryScalarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EveryScalar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoolValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bool"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnumValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"I18nValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i18n"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wkId"}},{"kind":"Field","name":{"kind":"Name","value":"wkApiName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<EveryScalarFragment, unknown>;
export const LazyIdsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LazyIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]} as unknown as DocumentNode<LazyIdsFragment, unknown>;
export const LazyStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LazyStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LazyStatusFieldsFragment, unknown>;
export const TasksWithProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksWithProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksWithProcessQuery, TasksWithProcessQueryVariables>;
export const ProcessCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessCommentsQuery, ProcessCommentsQueryVariables>;
export const TasksOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksOnlyQuery, TasksOnlyQueryVariables>;
export const SubscriberEventIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubscriberEventIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"processIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"p"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<SubscriberEventIdsSubscription, SubscriberEventIdsSubscriptionVariables>;
export const EventsWithCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventsWithComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentAddedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsWithCommentsSubscription, EventsWithCommentsSubscriptionVariables>;
export const FleetReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessState"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FleetReadQuery, FleetReadQueryVariables>;
export const EventIdsAndTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventIdsAndTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<EventIdsAndTypesSubscription, EventIdsAndTypesSubscriptionVariables>;
export const ProcessStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProcessStatusQuery, ProcessStatusQueryVariables>;
export const InboxProcessIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxProcessIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxProcessIdsQuery, InboxProcessIdsQueryVariables>;
export const EveryApproveTaskResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryApproveTaskResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"approveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryApproveTaskResultMutation, EveryApproveTaskResultMutationVariables>;
export const EveryRejectTaskResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryRejectTaskResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"rejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryRejectTaskResultMutation, EveryRejectTaskResultMutationVariables>;
export const EveryTransferTasksResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryTransferTasksResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"transferTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTasksSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryTransferTasksResultMutation, EveryTransferTasksResultMutationVariables>;
export const EveryAddApproversResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryAddApproversResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddApproversInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"addApprovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddApproversSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryAddApproversResultMutation, EveryAddApproversResultMutationVariables>;
export const EveryWithdrawProcessResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryWithdrawProcessResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"withdrawProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProcessSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryWithdrawProcessResultMutation, EveryWithdrawProcessResultMutationVariables>;
export const EveryRevokeProcessResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EveryRevokeProcessResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"revokeProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeProcessSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]} as unknown as DocumentNode<EveryRevokeProcessResultMutation, EveryRevokeProcessResultMutationVariables>;
export const MutatedProcessStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutatedProcessState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutatedProcess"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutatedProcess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutatedProcessStateQuery, MutatedProcessStateQueryVariables>;
export const EveryEventIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EveryEventId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<EveryEventIdSubscription, EveryEventIdSubscriptionVariables>;
export const SharedCacheReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCacheRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SharedCacheReadQuery, SharedCacheReadQueryVariables>;
export const CountedInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountedInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountedInboxQuery, CountedInboxQueryVariables>;
export const InboxListStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxListStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListedTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListedTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]} as unknown as DocumentNode<InboxListStatusQuery, InboxListStatusQueryVariables>;
export const InboxStatusSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxStatusSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxStatusSourceQuery, InboxStatusSourceQueryVariables>;
export const FlowKeySetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowKeySets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"flowVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"x","block":false},{"kind":"StringValue","value":"y","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"flowVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"y","block":false},{"kind":"StringValue","value":"x","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"flowVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"z","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}}]}}]}}]} as unknown as DocumentNode<FlowKeySetsQuery, FlowKeySetsQueryVariables>;
export const TasksChangedForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TasksChangedFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasksChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userIdType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<TasksChangedForSubscription, TasksChangedForSubscriptionVariables>;
export const TaskPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListedTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListedTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]} as unknown as DocumentNode<TaskPageQuery, TaskPageQueryVariables>;
export const ListedTaskFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListedTaskFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListedTaskFieldsQuery, ListedTaskFieldsQueryVariables>;
export const ListedTaskUnreadableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListedTaskUnreadable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListedTaskUnreadableQuery, ListedTaskUnreadableQueryVariables>;
export const NodesByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"task"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"process"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"task"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"task"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"process"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"process"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdQuery, NodesByIdQueryVariables>;
export const CodeSpacesProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeSpacesProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CodeSpacesProcessQuery, CodeSpacesProcessQueryVariables>;
export const CodeSpacesTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeSpacesTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listStatus"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CodeSpacesTasksQuery, CodeSpacesTasksQueryVariables>;
export const CorrectionOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"originalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionOfQuery, CorrectionOfQueryVariables>;
export const EveryValueKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EveryValueKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessState"}},{"kind":"Field","name":{"kind":"Name","value":"formVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EveryScalar"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EveryScalar"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EveryScalar"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EveryScalar"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EveryScalar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoolValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bool"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnumValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"I18nValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i18n"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wkId"}},{"kind":"Field","name":{"kind":"Name","value":"wkApiName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<EveryValueKindQuery, EveryValueKindQueryVariables>;
export const AskedKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AskedKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"days","block":false},{"kind":"StringValue","value":"reason","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"urgent","block":false},{"kind":"StringValue","value":"days","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AskedKeysQuery, AskedKeysQueryVariables>;
export const LazyIdsOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LazyIdsOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LazyIds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LazyIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]} as unknown as DocumentNode<LazyIdsOnlyQuery, LazyIdsOnlyQueryVariables>;
export const LazyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LazyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LazyStatusFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LazyStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LazyStatusQuery, LazyStatusQueryVariables>;
export const LazyInboxIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LazyInboxIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LazyInboxIdsQuery, LazyInboxIdsQueryVariables>;
export const LazyInboxStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LazyInboxStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LazyInboxStatusesQuery, LazyInboxStatusesQueryVariables>;
export const TwoMutationsOneRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoMutationsOneRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTaskInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdraw"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"approveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"two"},"name":{"kind":"Name","value":"withdrawProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdraw"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProcessSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwoMutationsOneRequestMutation, TwoMutationsOneRequestMutationVariables>;
export const RemarkAfterApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemarkAfterApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"remark","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemarkAfterApprovalQuery, RemarkAfterApprovalQueryVariables>;
export const ThreeProcessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreeProcesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ThreeProcessesQuery, ThreeProcessesQueryVariables>;
export const FormVariableNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormVariableNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"formVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}}]}}]}}]} as unknown as DocumentNode<FormVariableNamesQuery, FormVariableNamesQueryVariables>;
export const EveryEventKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EveryEventKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"bizType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flowDefinitionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessUpdatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flowDefinitionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NodeUpdatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nodeType"}},{"kind":"Field","name":{"kind":"Name","value":"nodeDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"processNodeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskUpdatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"taskStatus"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CcUpdatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentAddedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}}]}}]}}]} as unknown as DocumentNode<EveryEventKindSubscription, EveryEventKindSubscriptionVariables>;
export const EventWithProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventWithProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EventWithProcessSubscription, EventWithProcessSubscriptionVariables>;
export const StatusBeforeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusBeforeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StatusBeforeChangeQuery, StatusBeforeChangeQueryVariables>;
export const ProcessesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessesPageQuery, ProcessesPageQueryVariables>;
export const CallerProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallerProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcessState"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcessState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CallerProcessQuery, CallerProcessQueryVariables>;
export const CallerProcessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallerProcesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallerProcessesQuery, CallerProcessesQueryVariables>;
export const CallerGlobalIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallerGlobalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CallerGlobalIdsQuery, CallerGlobalIdsQueryVariables>;
export const CallerNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallerNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}}]}}]}}]}}]} as unknown as DocumentNode<CallerNodeQuery, CallerNodeQueryVariables>;
export const QueryTypeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryTypeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QueryTypeNameQuery, QueryTypeNameQueryVariables>;
export const CallerWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallerWatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CallerWatchSubscription, CallerWatchSubscriptionVariables>;
export const EventCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventCursors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<EventCursorsSubscription, EventCursorsSubscriptionVariables>;
export const BreakerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BreakerStatusQuery, BreakerStatusQueryVariables>;