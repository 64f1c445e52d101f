/**
 * Feishu's process events as GraphQL types: the `ProcessEvent` interface and one object type per
 * event kind, with the named enums of their payloads. `process` (and the task, CC item or comment an
 * event names) are read through the loaders, after the change the event reports.
 */
import { NODE_STATUSES, NODE_TYPES, PROCESS_EVENT_TYPES, TASK_EVENT_STATUSES, type ProcessEventType, type RecordedEvent } from '../domain/events.js';
import { ApproverTaskRef } from './approver-task.js';
import { builder } from './builder.js';
import { CcTaskRef } from './cc-task.js';
import type { GraphQLContext } from './context.js';
import { COST } from './cost.js';
import { ProcessKindEnum, ProcessStatusEnum, TaskTypeEnum } from './enums.js';
import { ProcessCommentRef } from './process-comment.js';
import { processAt, ProcessRef } from './process.js';

type EventOf<T extends ProcessEventType> = Extract<RecordedEvent, { type: T }>;

// The payload enums are declared as those of enums.ts are, one `builder.enumType` each (Pothos's own form:
// a wrapper would only hide it); they live here because only the event types use them.
export const ProcessEventTypeEnum = builder.enumType('ProcessEventType', { values: PROCESS_EVENT_TYPES });

export const NodeTypeEnum = builder.enumType('NodeType', { values: NODE_TYPES });

export const NodeStatusEnum = builder.enumType('NodeStatus', {
  description: 'Status of a node instance as the node event reports it (not the derived ProcessNodeStatus).',
  values: NODE_STATUSES,
});

export const TaskEventStatusEnum = builder.enumType('TaskEventStatus', {
  description: "Status of a task as the approver event reports it (that event's own code space).",
  values: TASK_EVENT_STATUSES,
});

const OBJECT_TYPES: Readonly<Record<ProcessEventType, string>> = {
  PROCESS_STATUS_CHANGED: 'ProcessStatusChangedEvent',
  PROCESS_UPDATED: 'ProcessUpdatedEvent',
  NODE_UPDATED: 'NodeUpdatedEvent',
  APPROVER_TASK_UPDATED: 'ApproverTaskUpdatedEvent',
  CC_UPDATED: 'CcUpdatedEvent',
  COMMENT_ADDED: 'CommentAddedEvent',
};

export const ProcessEventRef = builder.interfaceRef<RecordedEvent>('ProcessEvent').implement({
  description: 'A change Feishu reported for a process, as recorded in the event log.',
  resolveType: (event) => OBJECT_TYPES[event.type],
  fields: (t) => ({
    eventId: t.exposeID('eventId', { description: "Feishu's event_id." }),
    cursor: t.exposeString('cursor', { description: 'Position in the event log: pass it as `after` to resume after this event.' }),
    type: t.expose('type', { type: ProcessEventTypeEnum }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    processId: t.exposeID('processId'),
    bizType: t.exposeString('bizType', { nullable: true, description: 'Business type key, e.g. leave_application.' }),
    process: t.field({
      type: ProcessRef,
      nullable: true,
      description: 'The process as Feishu shows it now (read after the change); null when Feishu no longer knows it.',
      complexity: COST.processDetail,
      resolve: (event, _args, context, info) => processAt(event.processId, context, info),
    }),
  }),
});

const loadProcess = (event: RecordedEvent, context: GraphQLContext) => context.loaders.process.load(event.processId);

for (const type of ['PROCESS_STATUS_CHANGED', 'PROCESS_UPDATED'] as const) {
  builder.objectRef<EventOf<typeof type>>(OBJECT_TYPES[type]).implement({
    interfaces: [ProcessEventRef],
    fields: (t) => ({
      status: t.expose('status', { type: ProcessStatusEnum, description: 'The status after the change.' }),
      kind: t.expose('kind', { type: ProcessKindEnum, nullable: true }),
      flowDefinitionId: t.exposeString('flowDefinitionId', { nullable: true }),
    }),
  });
}

builder.objectRef<EventOf<'NODE_UPDATED'>>(OBJECT_TYPES.NODE_UPDATED).implement({
  interfaces: [ProcessEventRef],
  fields: (t) => ({
    nodeStatus: t.expose('nodeStatus', { type: NodeStatusEnum }),
    nodeType: t.expose('nodeType', { type: NodeTypeEnum, nullable: true }),
    nodeDefinitionId: t.exposeString('nodeDefinitionId', { nullable: true }),
    processNodeId: t.exposeID('processNodeId', { nullable: true, description: 'The node instance.' }),
    flowDefinitionId: t.exposeString('flowDefinitionId', { nullable: true }),
  }),
});

builder.objectRef<EventOf<'APPROVER_TASK_UPDATED'>>(OBJECT_TYPES.APPROVER_TASK_UPDATED).implement({
  interfaces: [ProcessEventRef],
  fields: (t) => ({
    approverId: t.exposeID('approverId', { description: 'The task id.' }),
    taskStatus: t.expose('taskStatus', { type: TaskEventStatusEnum }),
    taskType: t.expose('taskType', { type: TaskTypeEnum, nullable: true }),
    nodeDefinitionId: t.exposeString('nodeDefinitionId', { nullable: true }),
    nodeId: t.exposeID('nodeId', { nullable: true, description: 'The node instance.' }),
    flowDefinitionId: t.exposeString('flowDefinitionId', { nullable: true }),
    task: t.field({
      type: ApproverTaskRef,
      nullable: true,
      description: "The task in the process detail, read after the change; null when the detail no longer lists it.",
      complexity: COST.processDetail,
      resolve: async (event, _args, context) =>
        (await loadProcess(event, context))?.approverTasks.find((task) => task.approverId === event.approverId) ?? null,
    }),
  }),
});

builder.objectRef<EventOf<'CC_UPDATED'>>(OBJECT_TYPES.CC_UPDATED).implement({
  interfaces: [ProcessEventRef],
  fields: (t) => ({
    approverId: t.exposeID('approverId', { description: 'The CC item id.' }),
    ccTask: t.field({
      type: CcTaskRef,
      nullable: true,
      description: 'The CC item in the process detail; null when the detail does not list it.',
      complexity: COST.processDetail,
      resolve: async (event, _args, context) => (await loadProcess(event, context))?.ccTasks.find((cc) => cc.approverId === event.approverId) ?? null,
    }),
  }),
});

builder.objectRef<EventOf<'COMMENT_ADDED'>>(OBJECT_TYPES.COMMENT_ADDED).implement({
  interfaces: [ProcessEventRef],
  fields: (t) => ({
    commentId: t.exposeID('commentId', { nullable: true }),
    comment: t.field({
      type: ProcessCommentRef,
      nullable: true,
      description: 'The comment in the process detail; null when the detail does not list it.',
      complexity: COST.processDetail,
      resolve: async (event, _args, context) =>
        event.commentId === undefined
          ? null
          : ((await loadProcess(event, context))?.comments.find((comment) => comment.commentId === event.commentId) ?? null),
    }),
  }),
});
