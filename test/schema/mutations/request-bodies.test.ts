import { describe, expect, it } from 'vitest';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutate, MUTATION_HARNESS, node, putsFor, todoOf } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

/** What the sandbox received for the one PUT of a process: path below /open-apis, query, body. */
function onlyPut(processId: string) {
  const puts = putsFor(harness(), processId);
  expect(puts).toHaveLength(1);
  const [put] = puts;
  return { endpoint: put!.endpoint, path: put!.path.replace(/^\/open-apis/, ''), query: put!.query, body: put!.body };
}

const DAY_MS = 86_400_000;

describe('upstream requests of the mutations', () => {
  it('approveTask sends status 3, the approver as user_id and the form values with their sub_values', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);

    const result = await mutate(harness(), 'approveTask', {
      processId,
      approverId,
      actorId: a.openId,
      reason: 'looks right',
      formValues: [
        { apiName: 'remark', value: { text: 'approved with notes' } },
        { apiName: 'days', value: { number: '2.5' } },
        { apiName: 'start_date', value: { date: '2024-05-01' } },
        { apiName: 'tags', value: { list: [{ enumId: 'urgent' }, { enumId: 'paid' }] } },
      ],
    });

    expect(result.__typename).toBe('ApproveTaskSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'updateApprover',
      path: `/corehr/v2/processes/${processId}/approvers/${approverId}`,
      query: { user_id_type: ['open_id'] },
      body: {
        status: 3,
        user_id: a.openId,
        system_approval: false,
        reason: 'looks right',
        field_values_v2: [
          { variable_api_name: 'remark', variable_value: { text_value: 'approved with notes' } },
          { variable_api_name: 'days', variable_value: { number_value: '2.5' } },
          { variable_api_name: 'start_date', variable_value: { date_value: String(Date.UTC(2024, 4, 1) / DAY_MS) } },
          {
            variable_api_name: 'tags',
            variable_value: { list_values: ['k1', 'k2'] },
            sub_values: [
              { key: 'k1', value: { enum_value: 'urgent' } },
              { key: 'k2', value: { enum_value: 'paid' } },
            ],
          },
        ],
      },
    });
  });

  it('approveTask as the system sends system_approval and no user', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'approveTask', { processId, approverId, asSystem: true });
    expect(result.__typename).toBe('ApproveTaskSuccess');
    expect(onlyPut(processId)).toMatchObject({ query: {}, body: { status: 3, system_approval: true } });
    expect(onlyPut(processId).body).not.toHaveProperty('user_id');
  });

  it('rejectTask sends status 2 with the reason, reading the actor in the id type asked for', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'rejectTask', { processId, approverId, actorId: a.userId, actorIdType: 'USER_ID', reason: '材料不全' });
    expect(result.__typename).toBe('RejectTaskSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'updateApprover',
      path: `/corehr/v2/processes/${processId}/approvers/${approverId}`,
      query: { user_id_type: ['user_id'] },
      body: { status: 2, user_id: a.userId, system_approval: false, reason: '材料不全' },
    });
  });

  it('transferTasks sends operator, to_user_id, approver_ids and remark', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'transferTasks', { processId, approverIds: [approverId], toUserId: b.openId, actorId: a.openId, remark: 'on leave' });
    expect(result.__typename).toBe('TransferTasksSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'transferTasks',
      path: `/corehr/v2/processes/${processId}/transfer`,
      query: { user_id_type: ['open_id'] },
      body: { operator: a.openId, system_user: false, to_user_id: b.openId, approver_ids: [approverId], remark: 'on leave' },
    });
  });

  it('addApprovers PARALLEL on a task sends extra_type 1 with approval_type 1 (the default Feishu requires)', async () => {
    const { initiator, a, b, c } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'addApprovers', {
      processId,
      approverId,
      position: 'PARALLEL',
      userIds: [b.openId, c.openId],
      actorId: a.openId,
      remark: 'need finance too',
    });
    expect(result.__typename).toBe('AddApproversSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'addApprovers',
      path: `/corehr/v2/processes/${processId}/extra`,
      query: { user_id_type: ['open_id'] },
      body: {
        operator: a.openId,
        system_user: false,
        approver_id: approverId,
        extra_type: 1,
        approval_type: 1,
        extra_user_ids: [b.openId, c.openId],
        remark: 'need finance too',
      },
    });
  });

  it('addApprovers BEFORE on a node as the system sends node_id, extra_type 0 and approval_type 0 for ANY', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    await mutate(harness(), 'addApprovers', { processId, nodeId: 'node-7', position: 'BEFORE', approvalMode: 'ANY', userIds: [b.openId], asSystem: true });
    expect(onlyPut(processId)).toEqual({
      endpoint: 'addApprovers',
      path: `/corehr/v2/processes/${processId}/extra`,
      query: {},
      body: { system_user: true, node_id: 'node-7', extra_type: 0, approval_type: 0, extra_user_ids: [b.openId] },
    });
  });

  it('withdrawProcess puts to process_withdraw with user_id and reason', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const result = await mutate(harness(), 'withdrawProcess', { processId, actorId: initiator.openId, reason: 'filed twice' });
    expect(result.__typename).toBe('WithdrawProcessSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'withdrawProcess',
      path: `/corehr/v2/process_withdraw/${processId}`,
      query: { user_id_type: ['open_id'] },
      body: { user_id: initiator.openId, system_user: false, reason: 'filed twice' },
    });
  });

  it('revokeProcess puts to process_revoke, here as the system', async () => {
    const processId = harness().sandbox.control.createProcess({ status: 'COMPLETED', emitEvents: false });
    const result = await mutate(harness(), 'revokeProcess', { processId, asSystem: true, reason: 'paid twice' });
    expect(result.__typename).toBe('RevokeProcessSuccess');
    expect(onlyPut(processId)).toEqual({
      endpoint: 'revokeProcess',
      path: `/corehr/v2/process_revoke/${processId}`,
      query: {},
      body: { system_user: true, reason: 'paid twice' },
    });
  });
});
