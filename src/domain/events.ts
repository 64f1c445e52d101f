import type { ProcessKind, ProcessStatus, TaskType } from './process.js';

export const PROCESS_EVENT_TYPES = [
  'PROCESS_STATUS_CHANGED',
  'PROCESS_UPDATED',
  'NODE_UPDATED',
  'APPROVER_TASK_UPDATED',
  'CC_UPDATED',
  'COMMENT_ADDED',
] as const;
export type ProcessEventType = (typeof PROCESS_EVENT_TYPES)[number];

export const NODE_TYPES = ['APPROVAL', 'CC', 'FORM', 'E_SIGNATURE'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const NODE_STATUSES = ['IN_PROGRESS', 'REJECTED', 'APPROVED', 'WITHDRAWN', 'ROLLED_BACK', 'SKIPPED', 'INTERVENED'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

/** Status of a task as the approver event reports it (its own code space). */
export const TASK_EVENT_STATUSES = ['PENDING', 'REJECTED', 'COMPLETED', 'CANCELLED', 'INTERVENED'] as const;
export type TaskEventStatus = (typeof TASK_EVENT_STATUSES)[number];

interface EventBase {
  eventId: string;
  occurredAt: Date;
  processId: string;
  bizType?: string;
}

export interface ProcessStatusEvent extends EventBase {
  type: 'PROCESS_STATUS_CHANGED' | 'PROCESS_UPDATED';
  status: ProcessStatus;
  flowDefinitionId?: string;
  kind?: ProcessKind;
}

export interface NodeUpdatedEvent extends EventBase {
  type: 'NODE_UPDATED';
  flowDefinitionId?: string;
  nodeDefinitionId?: string;
  processNodeId?: string;
  nodeType?: NodeType;
  nodeStatus: NodeStatus;
}

export interface ApproverTaskUpdatedEvent extends EventBase {
  type: 'APPROVER_TASK_UPDATED';
  approverId: string;
  taskType?: TaskType;
  taskStatus: TaskEventStatus;
  flowDefinitionId?: string;
  nodeDefinitionId?: string;
  nodeId?: string;
}

export interface CcUpdatedEvent extends EventBase {
  type: 'CC_UPDATED';
  approverId: string;
}

export interface CommentAddedEvent extends EventBase {
  type: 'COMMENT_ADDED';
  commentId?: string;
}

/** A Feishu process event, normalised. */
export type ProcessEvent = ProcessStatusEvent | NodeUpdatedEvent | ApproverTaskUpdatedEvent | CcUpdatedEvent | CommentAddedEvent;

/** An event as stored in the event log: the cursor orders it and lets subscribers resume after it. */
export type RecordedEvent = ProcessEvent & { cursor: string };
