import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/index.js';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutate, MUTATION_HARNESS, node, readProcess, todoOf } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

describe('what the mutations change, as the success payload and a following query show it', () => {
  it('approving the last pending task completes the process', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a), node('OR', b));
    const first = await mutate(harness(), 'approveTask', { processId, approverId: todoOf(harness(), processId, a), actorId: a.openId });
    expect(first.process?.status).toBe('IN_PROGRESS');

    const approverId = todoOf(harness(), processId, b);
    const last = await mutate(harness(), 'approveTask', { processId, approverId, actorId: b.openId });
    expect(last).toMatchObject({ __typename: 'ApproveTaskSuccess', processId, process: { processId, status: 'COMPLETED' } });
    expect(last.process?.approverTasks.find((task) => task.approverId === approverId)?.status).toBe('APPROVED');
    expect((await readProcess(harness(), processId))?.status).toBe('COMPLETED');
  });

  it('form values written while approving show in the process’s form data, read fresh', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a), node('OR', b));
    const FORM = graphql(`
      query RemarkAfterApproval($processId: ID!) {
        process(processId: $processId) { formVariables(keys: ["remark"]) { apiName value { ... on TextValue { text } } } }
      }
    `);
    const read = async () => (await harness().query(FORM, { processId })).data?.process?.formVariables;
    expect(await read()).not.toEqual([expect.objectContaining({ value: { text: 'checked the receipts' } })]);

    const formValues = [{ apiName: 'remark', value: { text: 'checked the receipts' } }];
    await mutate(harness(), 'approveTask', { processId, approverId: todoOf(harness(), processId, a), actorId: a.openId, formValues });
    expect(await read()).toEqual([{ apiName: 'remark', value: { text: 'checked the receipts' } }]);
  });

  it('rejecting a task ends the process as REJECTED', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a), node('OR', b));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'rejectTask', { processId, approverId, actorId: a.openId, reason: 'missing receipts' });
    expect(result).toMatchObject({ __typename: 'RejectTaskSuccess', process: { status: 'REJECTED' } });
    expect(result.process?.approverTasks.find((task) => task.approverId === approverId)?.status).toBe('REJECTED');
    expect((await readProcess(harness(), processId))?.status).toBe('REJECTED');
  });

  it('withdrawing ends the process as WITHDRAWN', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const result = await mutate(harness(), 'withdrawProcess', { processId, actorId: initiator.openId });
    expect(result).toMatchObject({ __typename: 'WithdrawProcessSuccess', process: { status: 'WITHDRAWN' } });
    expect((await readProcess(harness(), processId))?.status).toBe('WITHDRAWN');
  });

  it('revoking shows REVOKING at once and REVOKED once Feishu settled it and told the gateway', async () => {
    const { admin } = castOf(harness());
    const processId = harness().sandbox.control.createProcess({ status: 'COMPLETED', emitEvents: false });
    const result = await mutate(harness(), 'revokeProcess', { processId, actorId: admin.openId, reason: 'duplicate payment' });
    expect(result).toMatchObject({ __typename: 'RevokeProcessSuccess', process: { status: 'REVOKING' } });

    await harness().sandbox.control.flushEvents();
    // The webhook's invalidation, which this harness has no route for.
    harness().gateway.cache.invalidateProcess(processId);
    expect((await readProcess(harness(), processId))?.status).toBe('REVOKED');
  });

  it('transferring a task gives it to the transferee', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const before = await readProcess(harness(), processId);
    expect(before?.approverTasks.find((task) => task.approverId === approverId)?.assignee?.id).toBe(a.openId);

    const result = await mutate(harness(), 'transferTasks', { processId, approverIds: [approverId], toUserId: b.openId, actorId: a.openId });
    expect(result.__typename).toBe('TransferTasksSuccess');
    expect(result.process?.approverTasks.find((task) => task.approverId === approverId)).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: b.openId } });
    const after = await readProcess(harness(), processId);
    expect(after?.approverTasks.find((task) => task.approverId === approverId)?.assignee?.id).toBe(b.openId);
  });

  it('adding approvers in parallel creates their pending tasks on the node', async () => {
    const { initiator, a, b, c } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'addApprovers', { processId, approverId, position: 'PARALLEL', userIds: [b.openId, c.openId], actorId: a.openId });
    expect(result.__typename).toBe('AddApproversSuccess');
    const pending = (result.process?.approverTasks ?? []).filter((task) => task.status === 'IN_PROGRESS').map((task) => task.assignee?.id);
    expect(pending.sort()).toEqual([a.openId, b.openId, c.openId].sort());
    expect((await readProcess(harness(), processId))?.approverTasks).toHaveLength(3);
  });

  it('adding approvers before puts them first: their tasks are pending, the original one waits', async () => {
    const { initiator, a, d } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'addApprovers', { processId, approverId, position: 'BEFORE', userIds: [d.openId], actorId: a.openId });
    expect(result.__typename).toBe('AddApproversSuccess');
    const pending = (result.process?.approverTasks ?? []).filter((task) => task.status === 'IN_PROGRESS').map((task) => task.assignee?.id);
    expect(pending).toEqual([d.openId]);
  });
});
