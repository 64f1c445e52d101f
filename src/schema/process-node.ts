/**
 * Feishu's detail has no node list: nodes are derived by grouping a process's task items (approver
 * and CC) by node definition, in order of first appearance. Items without a node definition id
 * group under "".
 */
import type { ApproverTask, CcTask, I18nText, Process } from '../domain/process.js';
import { ApproverTaskRef } from './approver-task.js';
import { builder } from './builder.js';
import { CcTaskRef } from './cc-task.js';
import { I18nTextRef } from './i18n-text.js';
import { ProcessRef } from './process.js';

export interface ProcessNode {
  nodeDefinitionId: string;
  name?: I18nText;
  approverTasks: ApproverTask[];
  ccTasks: CcTask[];
  process: Process;
}

export const PROCESS_NODE_STATUSES = ['IN_PROGRESS', 'REJECTED', 'APPROVED', 'CANCELLED'] as const;
export type ProcessNodeStatus = (typeof PROCESS_NODE_STATUSES)[number];

/**
 * IN_PROGRESS while any task is; else REJECTED if any task was rejected; else APPROVED if any was
 * approved (an OR-sign node cancels its other tasks once one approves); else CANCELLED. Null for a
 * node with CC items only.
 */
export function nodeStatus(tasks: readonly ApproverTask[]): ProcessNodeStatus | null {
  if (tasks.length === 0) return null;
  const has = (...statuses: ApproverTask['status'][]) => tasks.some((task) => statuses.includes(task.status));
  if (has('IN_PROGRESS')) return 'IN_PROGRESS';
  if (has('REJECTED')) return 'REJECTED';
  if (has('APPROVED', 'FORM_SUBMITTED')) return 'APPROVED';
  return 'CANCELLED';
}

export function groupNodes(process: Process): ProcessNode[] {
  const nodes = new Map<string, ProcessNode>();
  const nodeOf = (item: { nodeDefinitionId?: string; nodeName?: I18nText }) => {
    const id = item.nodeDefinitionId ?? '';
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { nodeDefinitionId: id, name: item.nodeName, approverTasks: [], ccTasks: [], process }));
    return node;
  };
  for (const task of process.approverTasks) nodeOf(task).approverTasks.push(task);
  for (const cc of process.ccTasks) nodeOf(cc).ccTasks.push(cc);
  return [...nodes.values()];
}

const ProcessNodeStatusEnum = builder.enumType('ProcessNodeStatus', {
  description: 'Derived from the node’s tasks; see ProcessNode.status.',
  values: PROCESS_NODE_STATUSES,
});

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
