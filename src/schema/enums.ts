/** The named enums of the domain, exposed as they are: never Feishu's numeric codes. */
import { APPROVER_TASK_STATUSES, PROCESS_KINDS, PROCESS_STATUSES, TASK_SOURCES, TASK_TYPES, USER_ID_TYPES } from '../domain/process.js';
import { builder } from './builder.js';

export const ProcessStatusEnum = builder.enumType('ProcessStatus', { values: PROCESS_STATUSES });

export const ProcessKindEnum = builder.enumType('ProcessKind', {
  description: 'Feishu `properties`: a normal process, one created to revoke another, or a correction.',
  values: PROCESS_KINDS,
});

export const ApproverTaskStatusEnum = builder.enumType('ApproverTaskStatus', {
  description: 'Task status, mapped per Feishu code space (the approvers list and the done list disagree on 4).',
  values: APPROVER_TASK_STATUSES,
});

export const TaskTypeEnum = builder.enumType('TaskType', { values: TASK_TYPES });

export const TaskSourceEnum = builder.enumType('TaskSource', {
  description: "Where Feishu listed the task: one of the detail's four lists, or a user's approvers list.",
  values: TASK_SOURCES,
});

export const UserIdTypeEnum = builder.enumType('UserIdType', { values: USER_ID_TYPES });
