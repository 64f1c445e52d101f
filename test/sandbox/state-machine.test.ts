import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type NodeSpec, type ProcessSpec, type Sandbox, type SandboxUser } from '../../src/sandbox/index.js';
import type { WireProcess, WireProcessListData, WireVariableData } from '../../src/upstream/wire.js';
import { FeishuHttp, usersByRole } from './support/feishu-http.js';

let sandbox: Sandbox;
let feishu: FeishuHttp;
let initiator: SandboxUser;
let a: SandboxUser;
let b: SandboxUser;
let c: SandboxUser;
let d: SandboxUser;
let admin: SandboxUser;

beforeAll(async () => {
  sandbox = await startSandbox({ processes: 40, rateLimits: false, revokeDelayMs: 20 });
  feishu = new FeishuHttp(sandbox);
  [initiator, a, b, c, d] = usersByRole(sandbox, 'employee') as [SandboxUser, SandboxUser, SandboxUser, SandboxUser, SandboxUser];
  admin = usersByRole(sandbox, 'hr_admin')[0]!;
});

afterAll(async () => {
  await sandbox.close();
});

function fixture(nodes: NodeSpec[], extra: Partial<ProcessSpec> = {}): string {
  return sandbox.control.createProcess({ initiator: initiator.openId, nodes, ...extra });
}

const node = (mode: 'OR' | 'AND', ...users: SandboxUser[]): NodeSpec => ({ mode, approvers: users.map((u) => u.openId) });

function detail(processId: string): WireProcess {
  return sandbox.control.getProcessWire(processId)!;
}

function todoOf(processId: string, user: SandboxUser): string {
  const todo = detail(processId).todos?.find((t) => t.operator_id === user.openId);
  if (!todo) throw new Error(`no todo for ${user.name.en_us}`);
  return todo.approver_id;
}

function decide(processId: string, approverId: string, body: Record<string, unknown>) {
  return feishu.put<{ code: number; msg: string }>(`/corehr/v2/processes/${processId}/approvers/${approverId}`, body);
}

const approveAs = (processId: string, user: SandboxUser, reason = 'ok') =>
  decide(processId, todoOf(processId, user), { status: 3, user_id: user.openId, reason });

describe('approve and reject', () => {
  it('answers an approval with the nested success envelope', async () => {
    const id = fixture([node('OR', a)]);
    const answer = await approveAs(id, a);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ code: 0, msg: 'success', data: { code: 0, msg: 'success' } });
  });

  it('completes an OR-sign node on one approval and cancels the other approvers', async () => {
    const id = fixture([node('OR', a, b), node('OR', c)]);
    await approveAs(id, a);
    const wire = detail(id);
    expect(wire.status).toBe(1);
    expect(wire.done_list?.map((t) => [t.operator_id, t.status])).toEqual([
      [a.openId, 3],
      [b.openId, 4],
    ]);
    expect(wire.todos?.map((t) => t.operator_id)).toEqual([c.openId]);
  });

  it('keeps an AND-sign node open until every approver approved', async () => {
    const id = fixture([node('AND', a, b), node('OR', c)]);
    await approveAs(id, a);
    expect(detail(id).todos?.map((t) => t.operator_id)).toEqual([b.openId]);
    await approveAs(id, b);
    expect(detail(id).todos?.map((t) => t.operator_id)).toEqual([c.openId]);
  });

  it('completes the process (status 9, complete_time) on the last approval', async () => {
    const id = fixture([node('OR', a), node('AND', b, c)]);
    await approveAs(id, a);
    await approveAs(id, b);
    expect(detail(id).status).toBe(1);
    await approveAs(id, c);
    const wire = detail(id);
    expect(wire.status).toBe(9);
    expect(Number(wire.complete_time)).toBeGreaterThan(0);
    expect(wire.todos).toEqual([]);
  });

  it('refuses a rejection without reason (1161002) and ends the process on one with a reason', async () => {
    const id = fixture([node('OR', a, b), node('OR', c)]);
    const approverId = todoOf(id, a);
    const noReason = await decide(id, approverId, { status: 2, user_id: a.openId });
    expect([noReason.status, noReason.body.code]).toEqual([400, 1161002]);
    const rejected = await decide(id, approverId, { status: 2, user_id: a.openId, reason: '材料不全' });
    expect(rejected.body.code).toBe(0);
    const wire = detail(id);
    expect(wire.status).toBe(2);
    expect(wire.done_list?.map((t) => [t.operator_id, t.status, t.approval_opinion])).toEqual([
      [a.openId, 2, '材料不全'],
      [b.openId, 4, ''],
    ]);
    expect(wire.todos).toEqual([]);
  });

  it('answers 1161001 for a task already handled', async () => {
    const id = fixture([node('OR', a), node('OR', b)]);
    const approverId = todoOf(id, a);
    await decide(id, approverId, { status: 3, user_id: a.openId });
    const again = await decide(id, approverId, { status: 3, user_id: a.openId });
    expect([again.status, again.body.code]).toEqual([400, 1161001]);
  });

  it('answers 1161003 with HTTP 403 when someone else acts on a task', async () => {
    const id = fixture([node('OR', a)]);
    const answer = await decide(id, todoOf(id, a), { status: 3, user_id: b.openId });
    expect([answer.status, answer.body.code]).toEqual([403, 1161003]);
    expect(detail(id).status).toBe(1);
  });

  it('lets the system act for a system task, and nobody else', async () => {
    const id = fixture([{ mode: 'OR', kind: 'system', approvers: [] }, node('OR', a)]);
    const systemTask = detail(id).system_todos?.[0]?.approver_id;
    expect(systemTask).toBeDefined();
    expect((await decide(id, systemTask!, { status: 3, user_id: a.openId })).body.code).toBe(1161003);
    expect((await decide(id, systemTask!, { status: 3, system_approval: true })).body.code).toBe(0);
    const wire = detail(id);
    expect(wire.system_done_list?.map((t) => t.status)).toEqual([3]);
    expect(wire.todos?.map((t) => t.operator_id)).toEqual([a.openId]);
  });

  it('stores form values written with an approval, ids converted per id type', async () => {
    const id = fixture([node('OR', a)], {
      formVariables: [{ variable_api_name: 'hr_remark', variable_name: { zh_cn: '备注' }, variable_value: { text_value: '' } }],
    });
    await decide(id, todoOf(id, a), {
      status: 3,
      user_id: a.openId,
      field_values_v2: [
        { variable_api_name: 'hr_remark', variable_value: { text_value: '已核对' } },
        {
          variable_api_name: 'handover',
          variable_value: { list_values: ['k1'] },
          sub_values: [{ key: 'k1', value: { employment_value: b.openId } }],
        },
      ],
    });
    const form = await feishu.get<WireVariableData>(`/corehr/v2/processes/${id}/form_variable_data`);
    const fields = form.body.data?.field_variable_values ?? [];
    expect(fields.find((f) => f.variable_api_name === 'hr_remark')).toMatchObject({
      variable_name: { zh_cn: '备注' },
      variable_value: { text_value: '已核对' },
    });
    expect(fields.find((f) => f.variable_api_name === 'handover')?.sub_values).toEqual([
      { key: 'k1', value: { employment_value: b.peopleCorehrId } },
    ]);
  });
});

describe('transfer', () => {
  it('moves the task to the transferee', async () => {
    const id = fixture([node('OR', a)]);
    const approverId = todoOf(id, a);
    const answer = await feishu.put(`/corehr/v2/processes/${id}/transfer`, {
      operator: a.openId,
      to_user_id: d.openId,
      approver_ids: [approverId],
    });
    expect(answer.body).toEqual({ code: 0, msg: 'success', data: {} });
    expect(detail(id).todos?.map((t) => [t.approver_id, t.operator_id])).toEqual([[approverId, d.openId]]);
    expect(sandbox.control.tasksOf(d.openId)).toContainEqual({ approver_id: approverId, process_id: id, approver_status: 1 });
    expect(sandbox.control.tasksOf(a.openId).some((t) => t.approver_id === approverId)).toBe(false);
  });

  it('answers 1160245 when the transferee already handles the node', async () => {
    const id = fixture([node('AND', a, b)]);
    const answer = await feishu.put(`/corehr/v2/processes/${id}/transfer`, {
      operator: a.openId,
      to_user_id: b.openId,
      approver_ids: [todoOf(id, a)],
    });
    expect(answer.body.code).toBe(1160245);
  });

  it('answers 1160221 for a process that is not in progress', async () => {
    const id = fixture([node('OR', a)], { status: 'COMPLETED' });
    const taskId = detail(id).done_list![0]!.approver_id;
    const answer = await feishu.put(`/corehr/v2/processes/${id}/transfer`, {
      system_user: true,
      to_user_id: d.openId,
      approver_ids: [taskId],
    });
    expect(answer.body.code).toBe(1160221);
  });

  it('answers 1160117 for an unknown transferee', async () => {
    const id = fixture([node('OR', a)]);
    const answer = await feishu.put(`/corehr/v2/processes/${id}/transfer`, {
      operator: a.openId,
      to_user_id: 'ou_nobody',
      approver_ids: [todoOf(id, a)],
    });
    expect(answer.body.code).toBe(1160117);
  });
});

describe('add-sign (extra)', () => {
  const extra = (id: string, body: Record<string, unknown>) => feishu.put(`/corehr/v2/processes/${id}/extra`, body);
  /** `operator` adds `signers` from their own pending task, with the wire's extra_type and approval_type codes. */
  const addSign = (id: string, operator: SandboxUser, extraType: number, approvalType: number, signers: SandboxUser[]) =>
    extra(id, {
      operator: operator.openId,
      approver_id: todoOf(id, operator),
      extra_type: extraType,
      approval_type: approvalType,
      extra_user_ids: signers.map((signer) => signer.openId),
    });

  it('puts BEFORE signers ahead of the current approver, who gets the task back afterwards', async () => {
    const id = fixture([node('OR', a)]);
    const original = todoOf(id, a);
    const answer = await addSign(id, a, 0, 0, [c]);
    expect(answer.body.code).toBe(0);
    expect(detail(id).todos?.map((t) => t.operator_id)).toEqual([c.openId]);
    await approveAs(id, c);
    expect(detail(id).todos?.map((t) => [t.approver_id, t.operator_id])).toEqual([[original, a.openId]]);
  });

  it('makes a PARALLEL signer required on an OR node', async () => {
    const id = fixture([node('OR', a, b)]);
    const answer = await addSign(id, a, 1, 1, [c]);
    expect(answer.body.code).toBe(0);
    await approveAs(id, a);
    expect(detail(id).status).toBe(1);
    expect(detail(id).todos?.map((t) => t.operator_id)).toEqual([c.openId]);
    await approveAs(id, c);
    expect(detail(id).status).toBe(9);
  });

  it('refuses a PARALLEL add-sign without approval_type 1 (1160101)', async () => {
    const id = fixture([node('OR', a)]);
    const answer = await addSign(id, a, 1, 0, [c]);
    expect([answer.status, answer.body.code]).toEqual([400, 1160101]);
  });

  it('queues AFTER signers as a node of their own after the current one', async () => {
    const id = fixture([node('OR', a)]);
    await addSign(id, a, 2, 1, [c, d]);
    await approveAs(id, a);
    expect(
      detail(id)
        .todos?.map((t) => t.operator_id)
        .sort(),
    ).toEqual([c.openId, d.openId].sort());
    await approveAs(id, c);
    expect(detail(id).status).toBe(1);
    await approveAs(id, d);
    expect(detail(id).status).toBe(9);
  });

  it('answers 1160114 for a signer already on the node', async () => {
    const id = fixture([node('AND', a, b)]);
    const answer = await extra(id, { operator: a.openId, approver_id: todoOf(id, a), extra_type: 2, extra_user_ids: [b.openId] });
    expect(answer.body.code).toBe(1160114);
  });

  it('answers 1160015 on a finished process', async () => {
    const id = fixture([node('OR', a)], { status: 'COMPLETED' });
    const answer = await extra(id, {
      system_user: true,
      approver_id: detail(id).done_list![0]!.approver_id,
      extra_type: 2,
      extra_user_ids: [c.openId],
    });
    expect(answer.body.code).toBe(1160015);
  });
});

describe('withdraw and revoke', () => {
  it('withdraws a running process: status 4, open tasks cancelled; a second withdraw answers 1161006', async () => {
    const id = fixture([node('AND', a, b)]);
    const first = await feishu.put(`/corehr/v2/process_withdraw/${id}`, { user_id: initiator.openId, reason: '计划有变' });
    expect(first.body).toEqual({ code: 0, msg: 'success', data: {} });
    const wire = detail(id);
    expect(wire.status).toBe(4);
    expect(wire.done_list?.map((t) => t.status)).toEqual([4, 4]);
    const second = await feishu.put(`/corehr/v2/process_withdraw/${id}`, { user_id: initiator.openId });
    expect(second.body.code).toBe(1161006);
  });

  it('refuses a withdraw by someone who is neither initiator nor admin (1161003, HTTP 403)', async () => {
    const id = fixture([node('OR', a)]);
    const answer = await feishu.put(`/corehr/v2/process_withdraw/${id}`, { user_id: a.openId });
    expect([answer.status, answer.body.code]).toEqual([403, 1161003]);
  });

  it('revokes only completed processes (1161007), through revoking (15) to revoked (8)', async () => {
    const running = fixture([node('OR', a)]);
    expect((await feishu.put(`/corehr/v2/process_revoke/${running}`, { user_id: admin.openId })).body.code).toBe(1161007);
    const done = fixture([node('OR', a)], { status: 'COMPLETED' });
    expect((await feishu.put(`/corehr/v2/process_revoke/${done}`, { user_id: a.openId })).body.code).toBe(1161003);
    expect((await feishu.put(`/corehr/v2/process_revoke/${done}`, { user_id: admin.openId })).body.code).toBe(0);
    expect(detail(done).status).toBe(15);
    await sandbox.control.flushEvents();
    expect(detail(done).status).toBe(8);
  });

  it('answers 1160100 for a process that does not exist', async () => {
    const answer = await feishu.put('/corehr/v2/process_revoke/7000000000000000000', { system_user: true });
    expect([answer.status, answer.body.code]).toEqual([400, 1160100]);
  });
});

describe('modification time', () => {
  it('moves with every change, so the list window finds the process again', async () => {
    const id = fixture([node('OR', a), node('OR', b)], { createdAt: Date.now() - 40 * 86_400_000 });
    const list = (from: number, to: number) =>
      feishu.get<WireProcessListData>('/corehr/v2/processes', { modify_time_from: from, modify_time_to: to, page_size: 100 });
    const before = Date.now();
    expect((await list(before - 86_400_000, before + 60_000)).body.data?.process_ids).not.toContain(id);
    await approveAs(id, a);
    expect((await list(before, Date.now() + 60_000)).body.data?.process_ids).toContain(id);
  });
});
