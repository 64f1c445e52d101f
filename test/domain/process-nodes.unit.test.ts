import { describe, expect, it } from 'vitest';
import { groupNodes, nodeStatus } from '../../src/domain/process-nodes.js';
import type { ApproverTask, CcTask, Process } from '../../src/domain/process.js';

const task = (approverId: string, status: ApproverTask['status'], nodeDefinitionId?: string): ApproverTask => ({
  approverId,
  processId: 'p1',
  status,
  source: 'TODO',
  assignee: null,
  nodeDefinitionId,
});
const cc = (approverId: string, nodeDefinitionId?: string): CcTask => ({ approverId, processId: 'p1', recipient: null, nodeDefinitionId });
const processWith = (approverTasks: ApproverTask[], ccTasks: CcTask[]): Process => ({
  processId: 'p1',
  status: 'IN_PROGRESS',
  initiator: null,
  abstracts: [],
  approverTasks,
  ccTasks,
  comments: [],
});

describe('nodeStatus', () => {
  it('is IN_PROGRESS while any task is, then REJECTED, then APPROVED (a form submitted counts), else CANCELLED', () => {
    expect(nodeStatus([task('a', 'CANCELLED'), task('b', 'REJECTED'), task('c', 'IN_PROGRESS')])).toBe('IN_PROGRESS');
    expect(nodeStatus([task('a', 'APPROVED'), task('b', 'REJECTED')])).toBe('REJECTED');
    expect(nodeStatus([task('a', 'CANCELLED'), task('b', 'FORM_SUBMITTED')])).toBe('APPROVED');
    expect(nodeStatus([task('a', 'CANCELLED')])).toBe('CANCELLED');
  });

  it('is null for a node with CC items only', () => {
    expect(nodeStatus([])).toBeNull();
  });
});

describe('groupNodes', () => {
  it('groups approver and CC items by node definition in order of first appearance, items without one under ""', () => {
    const process = processWith(
      [task('a', 'APPROVED', 'n2'), task('b', 'IN_PROGRESS', 'n1'), task('c', 'IN_PROGRESS', 'n2')],
      [cc('d', 'n3'), cc('e')],
    );
    const nodes = groupNodes(process);
    expect(nodes.map((node) => node.nodeDefinitionId)).toEqual(['n2', 'n1', 'n3', '']);
    expect(nodes[0]?.approverTasks.map((t) => t.approverId)).toEqual(['a', 'c']);
    expect(nodes[2]?.ccTasks.map((t) => t.approverId)).toEqual(['d']);
    expect(nodes.every((node) => node.process === process)).toBe(true);
  });
});
