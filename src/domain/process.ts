/**
 * The gateway's own picture of a Feishu process: camelCase, named enums, real dates.
 * Produced only by `src/upstream/map.ts`; everything above the upstream edge speaks these types.
 */

export interface I18nText {
  zhCn?: string;
  enUs?: string;
}

export const PROCESS_STATUSES = ['IN_PROGRESS', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'COMPLETED', 'REVOKING'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** `properties` of a process: a normal one, one created to revoke another, or a correction. */
export const PROCESS_KINDS = ['NORMAL', 'REVOKE', 'CORRECTION'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const APPROVER_TASK_STATUSES = [
  'SKIPPED',
  'INITIATED',
  'NOT_STARTED',
  'IN_PROGRESS',
  'REJECTED',
  'APPROVED',
  'WITHDRAWN',
  'CC',
  'FORM_SUBMITTED',
  'FAILED',
  'ROLLED_BACK',
  'REVOKE_INITIATED',
  'INTERVENED',
  'CANCELLED',
] as const;
export type ApproverTaskStatus = (typeof APPROVER_TASK_STATUSES)[number];

export const TASK_TYPES = ['APPROVAL', 'FORM'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** Where Feishu listed a task: the detail's four lists, or the per-user approvers list. */
export const TASK_SOURCES = ['TODO', 'DONE', 'SYSTEM_TODO', 'SYSTEM_DONE', 'APPROVERS_LIST'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const USER_ID_TYPES = ['OPEN_ID', 'UNION_ID', 'USER_ID', 'PEOPLE_COREHR_ID'] as const;
export type UserIdType = (typeof USER_ID_TYPES)[number];

export type DepartmentIdType = 'OPEN_DEPARTMENT_ID' | 'DEPARTMENT_ID' | 'PEOPLE_COREHR_DEPARTMENT_ID';

export interface Person {
  /** Feishu user id, in the id type the process was read with. */
  id: string;
  name?: I18nText;
}

export interface ProcessLinks {
  webLink?: string;
  pcLink?: string;
  mobileLink?: string;
}

export interface ProcessAbstract {
  name?: I18nText;
  value?: I18nText;
}

export interface ProcessComment {
  commentId?: string;
  commentor: Person | null;
  commentedAt?: Date;
  message?: string;
  atUserIds: string[];
  fileCount: number;
  imageCount: number;
}

export interface ApproverTask {
  approverId: string;
  processId: string;
  status: ApproverTaskStatus;
  source: TaskSource;
  type?: TaskType;
  /** Null for tasks held by the system, and for items of the approvers list (which name no user). */
  assignee: Person | null;
  /** Display name Feishu gives even for system tasks. */
  operatorName?: I18nText;
  nodeDefinitionId?: string;
  nodeName?: I18nText;
  links?: ProcessLinks;
  createdAt?: Date;
  completedAt?: Date;
  opinion?: string;
}

export interface CcTask {
  approverId: string;
  processId: string;
  recipient: Person | null;
  nodeDefinitionId?: string;
  nodeName?: I18nText;
  links?: ProcessLinks;
  createdAt?: Date;
}

export interface Process {
  processId: string;
  status: ProcessStatus;
  kind?: ProcessKind;
  processName?: I18nText;
  flowTemplateId?: string;
  flowTemplateName?: I18nText;
  flowDefinitionId?: string;
  flowDefinitionName?: I18nText;
  /** Null when the system initiated the process. */
  initiator: Person | null;
  createdAt?: Date;
  completedAt?: Date;
  startLinks?: ProcessLinks;
  abstracts: ProcessAbstract[];
  /** Todos, done list, system todos and system done list, in that order. */
  approverTasks: ApproverTask[];
  ccTasks: CcTask[];
  comments: ProcessComment[];
  originalProcessId?: string;
  isLastCompletedCorrectProcess?: boolean;
}

/** One page of process ids from the list endpoint. */
export interface ProcessIdPage {
  processIds: string[];
  hasMore: boolean;
  pageToken?: string;
}

/** One page of a user's tasks from the approvers list. */
export interface ApproverTaskPage {
  tasks: ApproverTask[];
  hasMore: boolean;
  pageToken?: string;
}
