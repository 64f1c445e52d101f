import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();

const PROCESS = graphql(`
  query CodeSpacesProcess($processId: ID!) {
    process(processId: $processId) {
      status
      kind
      approverTasks { approverId status source assignee { id } }
      ccTasks { approverId recipient { id } }
      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }
    }
  }
`);

const TASKS = graphql(`
  query CodeSpacesTasks($userId: ID!) {
    approverTasks(userId: $userId, first: 100) { edges { listStatus node { approverId processId status source } } }
  }
`);

function employees(count: number): string[] {
  const users = harness().sandbox.control.users().filter((u) => u.role === 'employee' || u.role === 'manager');
  return users.slice(0, count).map((u) => u.openId);
}

/** An approvers-list item: the task as its process detail shows it, with the list's own status beside it. */
async function tasksOf(userId: string) {
  const { data, errors } = await harness().query(TASKS, { userId });
  expect(errors).toBeUndefined();
  return data?.approverTasks.edges.map((edge) => ({ ...edge.node, listStatus: edge.listStatus })) ?? [];
}

describe('Feishu codes become named values, per code space', () => {
  it('reads a cancelled task as CANCELLED in the done list and WITHDRAWN in the approvers list (both code 4)', async () => {
    const [first, second, third, initiator, watcher] = employees(5) as [string, string, string, string, string];
    const processId = harness().sandbox.control.createProcess({
      initiator,
      nodes: [
        { nodeDefinitionId: 'approval_or', mode: 'OR', approvers: [first, second], state: 'done' },
        { nodeDefinitionId: 'cc_node', mode: 'AND', kind: 'cc', approvers: [watcher], state: 'done' },
        { nodeDefinitionId: 'approval_next', mode: 'AND', approvers: [third], state: 'pending' },
      ],
    });
    const wire = harness().sandbox.control.getProcessWire(processId);
    const cancelled = wire?.done_list?.find((item) => item.status === 4);
    const approved = wire?.done_list?.find((item) => item.status === 3);
    expect(cancelled?.operator_id, 'the sandbox cancels the other task of an OR-sign node').toBeDefined();

    const { data } = await harness().query(PROCESS, { processId });
    const detail = new Map(data?.process?.approverTasks.map((task) => [task.approverId, task]));
    expect(detail.get(cancelled!.approver_id)).toMatchObject({ status: 'CANCELLED', source: 'DONE', assignee: { id: cancelled!.operator_id } });
    expect(detail.get(approved!.approver_id)).toMatchObject({ status: 'APPROVED', source: 'DONE' });
    expect(data?.process?.approverTasks.find((task) => task.source === 'TODO')).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: third } });
    expect(data?.process?.status).toBe('IN_PROGRESS');
    // Nodes in order of first appearance among todos, done list, then CC items.
    expect(data?.process?.nodes).toEqual([
      { nodeDefinitionId: 'approval_next', status: 'IN_PROGRESS', approverTasks: [{ approverId: expect.any(String) }], ccTasks: [] },
      { nodeDefinitionId: 'approval_or', status: 'APPROVED', approverTasks: [expect.anything(), expect.anything()], ccTasks: [] },
      { nodeDefinitionId: 'cc_node', status: null, approverTasks: [], ccTasks: [{ approverId: expect.any(String) }] },
    ]);

    const listed = (await tasksOf(cancelled!.operator_id!)).find((task) => task?.approverId === cancelled!.approver_id);
    // The list's code 4 is on the edge; the task itself reads as the detail has it, whichever way it was reached.
    expect(listed).toEqual({ approverId: cancelled!.approver_id, processId, listStatus: 'WITHDRAWN', status: 'CANCELLED', source: 'DONE' });
    // A copy and the initiator's item are not tasks of the detail: the list's view is their only one.
    expect((await tasksOf(watcher)).find((task) => task?.processId === processId)).toMatchObject({ listStatus: 'CC', status: 'CC', source: 'APPROVERS_LIST' });
    expect((await tasksOf(initiator)).find((task) => task?.processId === processId)).toMatchObject({ listStatus: 'INITIATED', status: 'INITIATED', source: 'APPROVERS_LIST' });
    expect((await tasksOf(third)).find((task) => task?.processId === processId)).toMatchObject({ listStatus: 'IN_PROGRESS', status: 'IN_PROGRESS', source: 'TODO' });
  });

  it.each(['COMPLETED', 'REJECTED', 'WITHDRAWN', 'REVOKED'] as const)('reads a %s process with that status', async (status) => {
    const processId = harness().sandbox.control.createProcess({ status });
    const wireStatus = harness().sandbox.control.getProcessWire(processId)?.status;
    const { data } = await harness().query(PROCESS, { processId });
    expect({ wireStatus, status: data?.process?.status }).toEqual({ wireStatus: { COMPLETED: 9, REJECTED: 2, WITHDRAWN: 4, REVOKED: 8 }[status], status });
    expect(data?.process?.kind).toBe('NORMAL');
  });

  it('shows a task held by the system with no assignee and its own source', async () => {
    const processId = harness().sandbox.control.createProcess({
      nodes: [{ nodeDefinitionId: 'system_node', mode: 'AND', kind: 'system', approvers: [], state: 'pending' }],
    });
    const { data } = await harness().query(PROCESS, { processId });
    expect(data?.process?.approverTasks).toEqual([{ approverId: expect.any(String), status: 'IN_PROGRESS', source: 'SYSTEM_TODO', assignee: null }]);
  });

  it('reads a correction process with its kind and resolves the process it corrects', async () => {
    const original = harness().sandbox.control.createProcess({ status: 'COMPLETED' });
    const correction = harness().sandbox.control.createProcess({ kind: 'CORRECTION', originalProcessId: original });
    const { data, errors } = await harness().query(
      graphql(`query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }`),
      { processId: correction },
    );
    expect(errors).toBeUndefined();
    expect(data?.process).toEqual({ kind: 'CORRECTION', originalProcess: { processId: original, status: 'COMPLETED' } });
  });
});
