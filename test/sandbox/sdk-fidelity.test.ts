/**
 * The official Feishu SDK, pointed at the simulator, drives all ten endpoints and decrypts its pushes:
 * if the SDK is happy, the wire format is Feishu's.
 */
import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox, type SandboxUser } from '../../src/sandbox/index.js';
import { EVENT_TYPES } from '../../src/upstream/wire.js';
import { usersByRole, WebhookReceiver } from './support/feishu-http.js';

const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };

let sandbox: Sandbox;
let receiver: WebhookReceiver;
let client: lark.Client;
let employees: SandboxUser[];
let admin: SandboxUser;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  sandbox = await startSandbox({ processes: 120, rateLimits: false, duplicateRate: 0, webhookUrl: receiver.url, revokeDelayMs: 10 });
  client = new lark.Client({ appId: sandbox.appId, appSecret: sandbox.appSecret, domain: sandbox.url, logger: quiet });
  employees = usersByRole(sandbox, 'employee');
  admin = usersByRole(sandbox, 'hr_admin')[0]!;
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

function runningProcess(approvers: SandboxUser[] = [employees[1]!]): { processId: string; approverId: string } {
  const processId = sandbox.control.createProcess({
    initiator: employees[0]!.openId,
    nodes: [{ mode: 'OR', approvers: approvers.map((u) => u.openId) }],
  });
  return { processId, approverId: sandbox.control.getProcessWire(processId)!.todos![0]!.approver_id };
}

describe('the official SDK reads', () => {
  it('lists process ids page by page with its iterator (repeated statuses, page_token)', async () => {
    const window = { modify_time_from: String(Date.now() - 30 * 86_400_000), modify_time_to: String(Date.now()) };
    const ids: string[] = [];
    for await (const page of await client.corehr.v2.process.listWithIterator({ params: { ...window, page_size: 10, statuses: [1, 9] } })) {
      ids.push(...(page?.process_ids ?? []));
    }
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => [1, 9].includes(sandbox.control.getProcessWire(id)!.status))).toBe(true);
  });

  it('gets a process exactly as the control API renders it', async () => {
    const id = sandbox.control.processIds()[5]!;
    const answer = await client.corehr.v2.process.get({ path: { process_id: id }, params: { user_id_type: 'open_id' } });
    expect(answer.code).toBe(0);
    expect(answer.data).toEqual(sandbox.control.getProcessWire(id));
  });

  it('gets form data and selected flow data', async () => {
    const id = sandbox.control
      .processIds()
      .find(
        (pid) =>
          sandbox.control.getProcessWire(pid)!.initiator_id !== '' &&
          sandbox.control.getProcessWire(pid)!.flow_template_id !== 'offer_salary_merge',
      )!;
    const form = await client.corehr.v2.processFormVariableData.get({ path: { process_id: id } });
    expect(form.data?.process_id).toBe(id);
    expect(form.data?.field_variable_values?.length).toBeGreaterThan(3);
    const flow = await client.corehr.v2.process.flowVariableData({
      path: { process_id: id },
      params: { variable_keys: ['initiator', 'initiate_time'] },
    });
    expect(flow.data?.field_variable_values?.map((f) => f.variable_api_name)).toEqual(['initiator', 'initiate_time']);
  });

  it('lists the approval tasks of a user', async () => {
    const user = sandbox.sampleUserIds[0]!;
    const answer = await client.corehr.v2.approver.list({ params: { user_id: user, page_size: 50 } });
    expect(answer.data?.approver_list).toEqual(sandbox.control.tasksOf(user).slice(0, 50));
    expect(answer.data?.has_more).toBe(sandbox.control.tasksOf(user).length > 50);
  });
});

describe('the official SDK writes', () => {
  it('approves a task and gets the nested data code', async () => {
    const { processId, approverId } = runningProcess();
    const answer = await client.corehr.v2.processApprover.update({
      path: { process_id: processId, approver_id: approverId },
      data: { status: 3, user_id: employees[1]!.openId, reason: '同意' },
    });
    expect(answer).toEqual({ code: 0, msg: 'success', data: { code: 0, msg: 'success' } });
    expect(sandbox.control.getProcessWire(processId)!.status).toBe(9);
  });

  it('sees the business error code of a refused action in the rejected request', async () => {
    const { processId, approverId } = runningProcess();
    const request = client.corehr.v2.processApprover.update({
      path: { process_id: processId, approver_id: approverId },
      data: { status: 2, user_id: employees[1]!.openId },
    });
    await expect(request).rejects.toMatchObject({ response: { status: 400, data: { code: 1161002 } } });
  });

  it('adds signers, transfers, withdraws and revokes', async () => {
    const [, first, second, third] = employees as [SandboxUser, SandboxUser, SandboxUser, SandboxUser];
    const { processId, approverId } = runningProcess([first]);
    const extra = await client.corehr.v2.processExtra.update({
      path: { process_id: processId },
      data: { operator: first.openId, approver_id: approverId, extra_type: 2, approval_type: 0, extra_user_ids: [second.openId] },
    });
    expect(extra.code).toBe(0);
    const transfer = await client.corehr.v2.processTransfer.update({
      path: { process_id: processId },
      data: { operator: first.openId, to_user_id: third.openId, approver_ids: [approverId] },
    });
    expect(transfer.code).toBe(0);
    expect(sandbox.control.getProcessWire(processId)!.todos![0]!.operator_id).toBe(third.openId);
    const withdraw = await client.corehr.v2.processWithdraw.update({
      path: { process_id: processId },
      data: { user_id: employees[0]!.openId, reason: '计划有变' },
    });
    expect(withdraw).toEqual({ code: 0, msg: 'success', data: {} });
    expect(sandbox.control.getProcessWire(processId)!.status).toBe(4);

    const completed = sandbox.control.createProcess({ initiator: employees[0]!.openId, status: 'COMPLETED' });
    const revoke = await client.corehr.v2.processRevoke.update({
      path: { process_id: completed },
      data: { user_id: admin.openId, reason: '假期取消' },
    });
    expect(revoke.code).toBe(0);
    await sandbox.control.flushEvents();
    expect(sandbox.control.getProcessWire(completed)!.status).toBe(8);
  });
});

describe("the official SDK's event dispatcher", () => {
  it('decrypts and accepts (signature included) what the simulator pushes', async () => {
    await sandbox.control.flushEvents();
    receiver.received.length = 0;
    const { processId, approverId } = runningProcess();
    await sandbox.control.flushEvents();
    const seen: Record<string, unknown>[] = [];
    const dispatcher = new lark.EventDispatcher({
      encryptKey: sandbox.encryptKey,
      verificationToken: sandbox.verificationToken,
      logger: quiet,
    }).register({
      [EVENT_TYPES.approverUpdated]: async (data: Record<string, unknown>) => {
        seen.push(data);
      },
    });
    for (const push of receiver.received) {
      // As the SDK's own adaptors do: the body, with the request headers on its prototype.
      await dispatcher.invoke(Object.assign(Object.create({ headers: push.headers }) as object, JSON.parse(push.body) as object));
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      event_type: EVENT_TYPES.approverUpdated,
      token: sandbox.verificationToken,
      app_id: sandbox.appId,
      process_id: processId,
      approver_id: approverId,
      status: 1,
    });
  });

  it('rejects a push whose body was altered after signing', async () => {
    const push = receiver.received[0]!;
    const seen: unknown[] = [];
    const dispatcher = new lark.EventDispatcher({ encryptKey: sandbox.encryptKey, logger: quiet }).register({
      [EVENT_TYPES.statusUpdate]: async (data: unknown) => {
        seen.push(data);
      },
    });
    const tampered = { ...(JSON.parse(push.body) as { encrypt: string }), extra: 1 };
    expect(await dispatcher.invoke(Object.assign(Object.create({ headers: push.headers }) as object, tampered))).toBeUndefined();
    expect(seen).toEqual([]);
  });
});
