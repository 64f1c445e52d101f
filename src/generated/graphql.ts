/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ProcessEventType =
  | 'APPROVER_TASK_UPDATED'
  | 'CC_UPDATED'
  | 'COMMENT_ADDED'
  | 'NODE_UPDATED'
  | 'PROCESS_STATUS_CHANGED'
  | 'PROCESS_UPDATED';

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

export type UserIdType =
  | 'OPEN_ID'
  | 'PEOPLE_COREHR_ID'
  | 'UNION_ID'
  | 'USER_ID';

export type ApproveTaskMutationVariables = Exact<{
  processId: string | number;
  approverId: string | number;
  actorId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type ApproveTaskMutation = { approveTask:
    | { __typename: 'ApproveTaskSuccess', process: { processId: string, status: ProcessStatus, nodes: Array<{ status: ProcessNodeStatus | null, name: { zhCn: string | null, enUs: string | null } | null }> } | null }
    | { __typename: 'EmployeeNotFoundError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ForbiddenError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'FormSubmissionFailedError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'IdempotencyKeyReusedError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'NoPermissionError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'OperationBudgetExceededError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'ProcessNotFoundError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'RateLimitedError', code: string, message: string, feishuCode: number | null, logId: string | null, retryAfter: number | null }
    | { __typename: 'StatusAlreadyChangedError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'TaskAlreadyProcessedError', code: string, message: string, feishuCode: number | null, logId: string | null }
    | { __typename: 'UpstreamUnavailableError', code: string, message: string, feishuCode: number | null, logId: string | null }
   };

export type ApproverTasksChangedSubscriptionVariables = Exact<{
  userId: string | number;
  userIdType?: UserIdType | null | undefined;
}>;


export type ApproverTasksChangedSubscription = { approverTasksChanged: { userId: string, processId: string | null, occurredAt: string } };

export type InboxQueryVariables = Exact<{
  userId: string | number;
  userIdType?: UserIdType | null | undefined;
  status?: ApproverTaskStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { approverTasks: { edges: Array<{ node: { id: string, approverId: string, status: ApproverTaskStatus, createdAt: string | null, nodeName: { zhCn: string | null, enUs: string | null } | null, process: { processId: string, status: ProcessStatus, createdAt: string | null, name: { zhCn: string | null, enUs: string | null } | null, initiator: { id: string, name: { zhCn: string | null, enUs: string | null } | null } | null } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProcessDetailQueryVariables = Exact<{
  processId: string | number;
}>;


export type ProcessDetailQuery = { process: { id: string, processId: string, status: ProcessStatus, kind: ProcessKind | null, createdAt: string | null, completedAt: string | null, name: { zhCn: string | null, enUs: string | null } | null, initiator: { id: string, name: { zhCn: string | null } | null } | null, nodes: Array<{ nodeDefinitionId: string, status: ProcessNodeStatus | null, name: { zhCn: string | null } | null, approverTasks: Array<{ approverId: string, status: ApproverTaskStatus, source: TaskSource, completedAt: string | null, opinion: string | null, assignee: { id: string, name: { zhCn: string | null } | null } | null }> }>, ccTasks: Array<{ approverId: string, recipient: { id: string } | null }>, formVariables: Array<{ apiName: string, name: { zhCn: string | null, enUs: string | null } | null, value:
        | { __typename: 'BoolValue', bool: boolean }
        | { __typename: 'DateTimeValue', dateTime: string }
        | { __typename: 'DateValue', date: string }
        | { __typename: 'DepartmentValue', departmentId: string }
        | { __typename: 'EmploymentValue', employmentId: string }
        | { __typename: 'EnumValue', enumId: string }
        | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
        | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
        | { __typename: 'ListValue', items: Array<
            | { __typename: 'BoolValue', bool: boolean }
            | { __typename: 'DateTimeValue', dateTime: string }
            | { __typename: 'DateValue', date: string }
            | { __typename: 'DepartmentValue', departmentId: string }
            | { __typename: 'EmploymentValue', employmentId: string }
            | { __typename: 'EnumValue', enumId: string }
            | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
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
        | { __typename: 'RecordValue', records: Array<{ apiName: string, recordId: string | null, value:
              | { __typename: 'BoolValue', bool: boolean }
              | { __typename: 'DateTimeValue', dateTime: string }
              | { __typename: 'DateValue', date: string }
              | { __typename: 'DepartmentValue', departmentId: string }
              | { __typename: 'EmploymentValue', employmentId: string }
              | { __typename: 'EnumValue', enumId: string }
              | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
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

export type VariableFragment = { apiName: string, name: { zhCn: string | null, enUs: string | null } | null, value:
    | { __typename: 'BoolValue', bool: boolean }
    | { __typename: 'DateTimeValue', dateTime: string }
    | { __typename: 'DateValue', date: string }
    | { __typename: 'DepartmentValue', departmentId: string }
    | { __typename: 'EmploymentValue', employmentId: string }
    | { __typename: 'EnumValue', enumId: string }
    | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
    | { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } }
    | { __typename: 'ListValue', items: Array<
        | { __typename: 'BoolValue', bool: boolean }
        | { __typename: 'DateTimeValue', dateTime: string }
        | { __typename: 'DateValue', date: string }
        | { __typename: 'DepartmentValue', departmentId: string }
        | { __typename: 'EmploymentValue', employmentId: string }
        | { __typename: 'EnumValue', enumId: string }
        | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
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
    | { __typename: 'RecordValue', records: Array<{ apiName: string, recordId: string | null, value:
          | { __typename: 'BoolValue', bool: boolean }
          | { __typename: 'DateTimeValue', dateTime: string }
          | { __typename: 'DateValue', date: string }
          | { __typename: 'DepartmentValue', departmentId: string }
          | { __typename: 'EmploymentValue', employmentId: string }
          | { __typename: 'EnumValue', enumId: string }
          | { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } }
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
   | null };

type Scalar_BoolValue_Fragment = { __typename: 'BoolValue', bool: boolean };

type Scalar_DateTimeValue_Fragment = { __typename: 'DateTimeValue', dateTime: string };

type Scalar_DateValue_Fragment = { __typename: 'DateValue', date: string };

type Scalar_DepartmentValue_Fragment = { __typename: 'DepartmentValue', departmentId: string };

type Scalar_EmploymentValue_Fragment = { __typename: 'EmploymentValue', employmentId: string };

type Scalar_EnumValue_Fragment = { __typename: 'EnumValue', enumId: string };

type Scalar_FileValue_Fragment = { __typename: 'FileValue', file: { openFileId: string, fileName: string | null } };

type Scalar_I18nValue_Fragment = { __typename: 'I18nValue', i18n: { zhCn: string | null, enUs: string | null } };

type Scalar_ListValue_Fragment = { __typename: 'ListValue' };

type Scalar_NumberValue_Fragment = { __typename: 'NumberValue', number: string };

type Scalar_ObjectValue_Fragment = { __typename: 'ObjectValue', object: { wkId: string, wkApiName: string } };

type Scalar_RecordValue_Fragment = { __typename: 'RecordValue' };

type Scalar_TextValue_Fragment = { __typename: 'TextValue', text: string };

type Scalar_UserValue_Fragment = { __typename: 'UserValue', userId: string };

export type ScalarFragment =
  | Scalar_BoolValue_Fragment
  | Scalar_DateTimeValue_Fragment
  | Scalar_DateValue_Fragment
  | Scalar_DepartmentValue_Fragment
  | Scalar_EmploymentValue_Fragment
  | Scalar_EnumValue_Fragment
  | Scalar_FileValue_Fragment
  | Scalar_I18nValue_Fragment
  | Scalar_ListValue_Fragment
  | Scalar_NumberValue_Fragment
  | Scalar_ObjectValue_Fragment
  | Scalar_RecordValue_Fragment
  | Scalar_TextValue_Fragment
  | Scalar_UserValue_Fragment
;

export type ProcessEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  processIds?: Array<string | number> | string | number | null | undefined;
  types?: Array<ProcessEventType> | ProcessEventType | null | undefined;
}>;


export type ProcessEventsSubscription = { processEvents:
    | { __typename: 'ApproverTaskUpdatedEvent', approverId: string, taskStatus: TaskEventStatus, eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
    | { __typename: 'CcUpdatedEvent', eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
    | { __typename: 'CommentAddedEvent', eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
    | { __typename: 'NodeUpdatedEvent', eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
    | { __typename: 'ProcessStatusChangedEvent', eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
    | { __typename: 'ProcessUpdatedEvent', eventId: string, cursor: string, type: ProcessEventType, occurredAt: string, processId: string, process: { status: ProcessStatus, name: { zhCn: string | null, enUs: string | null } | null } | null }
   };

export type RecentProcessesQueryVariables = Exact<{
  from: string;
  to: string;
  statuses?: Array<ProcessStatus> | ProcessStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecentProcessesQuery = { processes: { edges: Array<{ cursor: string, node: { processId: string, status: ProcessStatus, completedAt: string | null, name: { zhCn: string | null, enUs: string | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const ScalarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scalar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoolValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bool"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnumValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"I18nValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i18n"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wkId"}},{"kind":"Field","name":{"kind":"Name","value":"wkApiName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<ScalarFragment, unknown>;
export const VariableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Variable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldVariable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scalar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoolValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bool"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnumValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"I18nValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i18n"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wkId"}},{"kind":"Field","name":{"kind":"Name","value":"wkApiName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<VariableFragment, unknown>;
export const ApproveTaskDocument = {"__meta__":{"hash":"sha256:21df1423a15f2cbdf143d45671c7f451fe91c6993b2e63a24104f969bbf620eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"approverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approverId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"feishuCode"}},{"kind":"Field","name":{"kind":"Name","value":"logId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveTaskMutation, ApproveTaskMutationVariables>;
export const ApproverTasksChangedDocument = {"__meta__":{"hash":"sha256:47f2ac4d3579b32842fe828e0250e9b690e85329d84e05aa1f6d99494da05a17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApproverTasksChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIdType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdType"}},"defaultValue":{"kind":"EnumValue","value":"OPEN_ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasksChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIdType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIdType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ApproverTasksChangedSubscription, ApproverTasksChangedSubscriptionVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:06e6c8147f216acf7c8ac21b0bec72a12700f22d3f98156fa844c309b702ac27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIdType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdType"}},"defaultValue":{"kind":"EnumValue","value":"OPEN_ID"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskStatus"}},"defaultValue":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIdType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIdType"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ProcessDetailDocument = {"__meta__":{"hash":"sha256:aafbf89e48b642537e487fd95ed423ad6ef0f288f3dfb30be47cd5fd1111a36d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"processId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDefinitionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approverTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Variable"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scalar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoolValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bool"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnumValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"I18nValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i18n"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wkId"}},{"kind":"Field","name":{"kind":"Name","value":"wkApiName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Variable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldVariable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scalar"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcessDetailQuery, ProcessDetailQueryVariables>;
export const ProcessEventsDocument = {"__meta__":{"hash":"sha256:c2bf0dfe92e59398cd2541862d54a0de001b89e428eda441fae200c03406428a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProcessEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"processIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproverTaskUpdatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"taskStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessEventsSubscription, ProcessEventsSubscriptionVariables>;
export const RecentProcessesDocument = {"__meta__":{"hash":"sha256:d85fdf6bc2dea2909f15838100e8fe45ebc79e809288c7468a48de016dc19279"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentProcesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modifiedAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"modifiedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCn"}},{"kind":"Field","name":{"kind":"Name","value":"enUs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RecentProcessesQuery, RecentProcessesQueryVariables>;