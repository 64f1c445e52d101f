/**
 * Feishu's detail has no node list: nodes are derived by grouping a process's task items (approver
 * and CC) by node definition, in order of first appearance. Items without a node definition id
 * group under "".
 */
import type { ApproverTask, CcTask, I18nText, Process } from './process.js';

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
