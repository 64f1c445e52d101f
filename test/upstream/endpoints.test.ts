import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actions.js';
import { fixture } from '../helpers/feishu-fixtures.js';
import type { RecordedRequest } from './support/fake-feishu.js';
import type { FeishuClient } from '../../src/upstream/client.js';
import { useFakeFeishu } from './support/harness.js';

const user = (userId: string): Actor => ({ kind: 'user', userId, userIdType: 'OPEN_ID' });
const body = (name: string) => fixture<Record<string, unknown>>(name);
const only = (requests: RecordedRequest[]): RecordedRequest => {
  expect(requests).toHaveLength(1);
  return requests[0] as RecordedRequest;
};
const rawQuery = (r: RecordedRequest) => r.query.toString();

describe('the ten endpoints on the wire', () => {
  const h = useFakeFeishu();
  const APPROVER_A1 = '/open-apis/corehr/v2/processes/p1/approvers/a1';
  /** Answers PUT `path` with the named response fixture, runs `act` on a fresh client and returns the one PUT sent there. */
  const onlyPut = async (path: string, response: string, act: (client: FeishuClient) => Promise<unknown>): Promise<RecordedRequest> => {
    h.fake.on('PUT', path, () => ({ body: fixture(response) }));
    await act(h.client());
    return only(h.fake.requestsTo('PUT', path));
  };

  it('listProcesses: GET /corehr/v2/processes with ms strings and repeated statuses', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes', () => ({ body: fixture('process-list.json') }));
    const page = await h.client().listProcesses({
      modifiedFrom: new Date(1_718_000_000_000),
      modifiedTo: new Date(1_718_086_400_000),
      pageSize: 50,
      pageToken: 'tok',
      statuses: ['IN_PROGRESS', 'COMPLETED'],
      flowDefinitionId: 'people_1_2',
    });

    const request = only(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes'));
    expect(rawQuery(request)).toBe(
      'modify_time_from=1718000000000&modify_time_to=1718086400000&page_size=50&page_token=tok&statuses=1&statuses=9&flow_definition_id=people_1_2',
    );
    expect(request.headers.authorization).toBe('Bearer t-token-1');
    expect(page).toEqual({
      processIds: ['7380912345678901234', '7380915550000000001', '7381002233445566778'],
      hasMore: true,
      pageToken: '7381002233445566778',
    });
  });

  it('listProcesses: the last page has no token', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes', () => ({ body: fixture('process-list-last-page.json') }));
    const page = await h.client().listProcesses({ modifiedFrom: new Date(1), modifiedTo: new Date(2), pageSize: 10 });
    expect(rawQuery(only(h.fake.requests.filter((r) => r.method === 'GET')))).toBe('modify_time_from=1&modify_time_to=2&page_size=10');
    expect(page).toEqual({ processIds: ['7381100000000000042'], hasMore: false, pageToken: undefined });
  });

  it('getProcess: GET with an encoded id and user_id_type defaulting to open_id', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/a%2Fb%20c', () => ({ body: fixture('process-get-completed.json') }));
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p2', () => ({ body: fixture('process-get.json') }));
    const client = h.client();

    const completed = await client.getProcess('a/b c');
    await client.getProcess('p2', { userIdType: 'PEOPLE_COREHR_ID' });

    expect(rawQuery(only(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/a%2Fb%20c')))).toBe('user_id_type=open_id');
    expect(rawQuery(only(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p2')))).toBe('user_id_type=people_corehr_id');
    expect(completed).toMatchObject({
      processId: '7380912345678901234',
      status: 'COMPLETED',
      kind: 'NORMAL',
      processName: { zhCn: '年假申请审批', enUs: 'Annual leave approval' },
      initiator: { id: 'ou_5ad573a6411d72b8305fda3a9c15c70e' },
      completedAt: new Date(1_718_010_000_000),
    });
    expect(completed?.approverTasks.map((t) => [t.approverId, t.status, t.source])).toEqual([
      ['7380912399900000002', 'APPROVED', 'DONE'],
      ['7380912399900000003', 'APPROVED', 'DONE'],
    ]);
    expect(completed?.ccTasks.map((c) => c.recipient?.id)).toEqual(['ou_0b3f4a6e2c9d8e7f6a5b4c3d2e1f0a9b']);
  });

  it('getFormVariables: GET form_variable_data, user_id_type only when given', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1/form_variable_data', () => ({ body: fixture('form-variable-data.json') }));
    const client = h.client();

    const values = await client.getFormVariables('p1');
    await client.getFormVariables('p1', { userIdType: 'USER_ID' });

    expect(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p1/form_variable_data').map(rawQuery)).toEqual([
      '',
      'user_id_type=user_id',
    ]);
    expect(values).toHaveLength(12);
    expect(values[0]).toEqual({
      apiName: 'leave_type',
      name: { zhCn: '假期类型', enUs: 'Leave type' },
      value: { kind: 'enum', enumId: 'annual_leave' },
    });
  });

  it('getFlowVariables: GET flow_variable_data with repeated variable_keys', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1/flow_variable_data', () => ({ body: fixture('flow-variable-data.json') }));
    const client = h.client();

    const values = await client.getFlowVariables('p1', ['a', 'b']);
    await client.getFlowVariables('p1');

    expect(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p1/flow_variable_data').map(rawQuery)).toEqual([
      'variable_keys=a&variable_keys=b',
      '',
    ]);
    expect(values.map((v) => v.value?.kind)).toEqual(['user', 'dateTime', 'employment', 'enum']);
    expect(values[0]?.name).toBeUndefined();
  });

  it('listApproverTasks: GET /corehr/v2/approvers with the approvers-list status code', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/approvers', () => ({ body: fixture('approvers-list.json') }));
    const page = await h
      .client()
      .listApproverTasks({ userId: 'ou_1', userIdType: 'OPEN_ID', pageSize: 20, pageToken: '2', status: 'IN_PROGRESS' });

    expect(rawQuery(only(h.fake.requestsTo('GET', '/open-apis/corehr/v2/approvers')))).toBe(
      'user_id=ou_1&user_id_type=open_id&page_size=20&page_token=2&approver_status=1',
    );
    expect(page.hasMore).toBe(true);
    expect(page.pageToken).toBe('2');
    expect(page.tasks[0]).toMatchObject({
      approverId: '7380912399900000003',
      processId: '7380912345678901234',
      status: 'IN_PROGRESS',
      source: 'APPROVERS_LIST',
    });
  });

  it('approveTask: PUT .../approvers/:aid with status 3, the user and JSON content type', async () => {
    const request = await onlyPut(APPROVER_A1, 'approver-update-response.json', (client) =>
      client.approveTask({ processId: 'p1', approverId: 'a1', actor: user('ou_7d8a6e6df7621556ce0d21922b676706'), reason: '同意' }),
    );
    expect(rawQuery(request)).toBe('user_id_type=open_id');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.body).toEqual(body('approver-update-request-approve.json'));
  });

  it('approveTask as the system with form values: system_approval and field_values_v2 through sub_values', async () => {
    const request = await onlyPut(APPROVER_A1, 'approver-update-response.json', (client) =>
      client.approveTask({
        processId: 'p1',
        approverId: 'a1',
        actor: { kind: 'system' },
        reason: '系统自动通过',
        formValues: [
          { apiName: 'hr_remark', value: { kind: 'text', text: '已核对假期余额' } },
          {
            apiName: 'handover_list',
            value: { kind: 'list', items: [{ kind: 'employment', employmentId: 'ou_c57053dad6eea0aea4696c48433d8562' }] },
          },
        ],
      }),
    );
    expect(rawQuery(request)).toBe('');
    expect(request.body).toEqual(body('approver-update-request-system-with-form.json'));
  });

  it('rejectTask: PUT with status 2 and the required reason', async () => {
    const request = await onlyPut(APPROVER_A1, 'approver-update-response.json', (client) =>
      client.rejectTask({ processId: 'p1', approverId: 'a1', actor: user('ou_7d8a6e6df7621556ce0d21922b676706'), reason: '假期余额不足' }),
    );
    expect(request.body).toEqual({ ...body('approver-update-request-reject.json'), system_approval: false });
  });

  it('addApprovers: PUT .../extra with extra_type and approval_type codes', async () => {
    const request = await onlyPut('/open-apis/corehr/v2/processes/p1/extra', 'empty-success-response.json', (client) =>
      client.addApprovers({
        processId: 'p1',
        approverId: '7380912399900000003',
        position: 'AFTER',
        approvalMode: 'ANY',
        userIds: ['ou_1f2e3d4c5b6a79880f1e2d3c4b5a6978', 'ou_2a3b4c5d6e7f80910a1b2c3d4e5f6071'],
        actor: user('ou_7d8a6e6df7621556ce0d21922b676706'),
        remark: '请财务一并确认',
      }),
    );
    expect(rawQuery(request)).toBe('user_id_type=open_id');
    expect(request.body).toEqual(body('extra-request.json'));
  });

  // Each test writes its command out in full, like the one above: the body it expects is read off that command.
  it('addApprovers as the system on a node: system_user and node_id only', async () => {
    const request = await onlyPut('/open-apis/corehr/v2/processes/p1/extra', 'empty-success-response.json', (client) =>
      client.addApprovers({
        processId: 'p1',
        nodeId: 'n1',
        approverId: 'a1',
        position: 'PARALLEL',
        approvalMode: 'ALL',
        userIds: ['u'],
        actor: { kind: 'system' },
      }),
    );
    expect(request.body).toEqual({
      system_user: true,
      node_id: 'n1',
      extra_type: 1,
      approval_type: 1,
      extra_user_ids: ['u'],
    });
  });

  it('reads the ids a system action names in the id type it was given', async () => {
    const request = await onlyPut('/open-apis/corehr/v2/processes/p1/transfer', 'empty-success-response.json', (client) =>
      client.transferTasks({ processId: 'p1', approverIds: ['a1'], toUserId: 'e5f6', actor: { kind: 'system', userIdType: 'USER_ID' } }),
    );
    expect(rawQuery(request)).toBe('user_id_type=user_id');
    expect(request.body).toEqual({ system_user: true, to_user_id: 'e5f6', approver_ids: ['a1'] });
  });

  it('transferTasks: PUT .../transfer', async () => {
    const request = await onlyPut('/open-apis/corehr/v2/processes/p1/transfer', 'empty-success-response.json', (client) =>
      client.transferTasks({
        processId: 'p1',
        approverIds: ['7380912399900000003'],
        toUserId: 'ou_1f2e3d4c5b6a79880f1e2d3c4b5a6978',
        actor: user('ou_7d8a6e6df7621556ce0d21922b676706'),
        remark: '休假期间转交',
      }),
    );
    expect(request.body).toEqual(body('transfer-request.json'));
  });

  it('withdrawProcess: PUT /corehr/v2/process_withdraw/:id', async () => {
    const request = await onlyPut('/open-apis/corehr/v2/process_withdraw/p1', 'empty-success-response.json', (client) =>
      client.withdrawProcess({ processId: 'p1', actor: user('ou_5ad573a6411d72b8305fda3a9c15c70e'), reason: '计划有变' }),
    );
    expect(rawQuery(request)).toBe('user_id_type=open_id');
    expect(request.body).toEqual(body('withdraw-request.json'));
  });

  it('revokeProcess: PUT /corehr/v2/process_revoke/:id, also as the system', async () => {
    const path = '/open-apis/corehr/v2/process_revoke/p1';
    h.fake.on('PUT', path, () => ({ body: fixture('empty-success-response.json') }));
    const client = h.client();
    await client.revokeProcess({
      processId: 'p1',
      actor: { kind: 'user', userId: 'ou_8e9f0a1b2c3d4e5f60718293a4b5c6d7', userIdType: 'OPEN_ID' },
      reason: '假期取消',
    });
    await client.revokeProcess({ processId: 'p1', actor: { kind: 'system' } });

    const [byUser, bySystem] = h.fake.requestsTo('PUT', path);
    expect(byUser?.body).toEqual(body('revoke-request.json'));
    expect(bySystem?.body).toEqual({ system_user: true });
    expect(client.stats.calls.revokeProcess).toBe(2);
  });
});
