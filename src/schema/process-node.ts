/** `ProcessNode`: a node derived from a process's task items (domain/process-nodes.ts). */
import { nodeStatus, PROCESS_NODE_STATUSES, type ProcessNode } from '../domain/process-nodes.js';
import { ApproverTaskRef } from './approver-task.js';
import { builder } from './builder.js';
import { CcTaskRef } from './cc-task.js';
import { I18nTextRef } from './i18n-text.js';
import { ProcessRef } from './process.js';

const ProcessNodeStatusEnum = builder.enumType('ProcessNodeStatus', {
  description: 'Derived from the node’s tasks; see ProcessNode.status.',
  values: PROCESS_NODE_STATUSES,
});

// Declared in Pothos's own form, like FieldVariable (field-variable.ts) and the other object types: alike in
// shape (an id, a bilingual name, a derived value), different in meaning; a shared builder would hide both.
export const ProcessNodeRef = builder.objectRef<ProcessNode>('ProcessNode').implement({
  description: 'A node of a process, derived from its task items (Feishu has no node list).',
  fields: (t) => ({
    nodeDefinitionId: t.exposeString('nodeDefinitionId'),
    name: t.field({ type: I18nTextRef, nullable: true, resolve: (node) => node.name }),
    status: t.field({
      type: ProcessNodeStatusEnum,
      nullable: true,
      description:
        'IN_PROGRESS while any task is; else REJECTED if any was rejected; else APPROVED if any was approved (OR-sign cancels the rest); else CANCELLED. Null for CC-only nodes.',
      resolve: (node) => nodeStatus(node.approverTasks),
    }),
    approverTasks: t.field({ type: [ApproverTaskRef], resolve: (node) => node.approverTasks }),
    ccTasks: t.field({ type: [CcTaskRef], resolve: (node) => node.ccTasks }),
    process: t.field({ type: ProcessRef, resolve: (node) => node.process }),
  }),
});
