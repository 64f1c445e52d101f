import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decryptPayload, verifySignature } from '../../src/events/crypto.js';
import { startSandbox, type Sandbox, type SandboxOptions, type SandboxUser } from '../../src/sandbox/index.js';
import { EVENT_TYPES, SIGNATURE_HEADERS, type WireEventEnvelope } from '../../src/upstream/wire.js';
import { FeishuHttp, usersByRole, WebhookReceiver, type ReceivedPush } from './support/feishu-http.js';

/** Feishu's 15 s, 5 min, 1 h, 6 h become 0.75 ms, 15 ms, 180 ms, 1.08 s. */
const FAST_RETRIES: SandboxOptions = { retryTimeScale: 0.00005, duplicateRate: 0, rateLimits: false, processes: 30 };

const sandboxes: Sandbox[] = [];
const receivers: WebhookReceiver[] = [];

async function setup(options: SandboxOptions = {}): Promise<{ sandbox: Sandbox; receiver: WebhookReceiver; users: SandboxUser[] }> {
  const receiver = await new WebhookReceiver().start();
  const sandbox = await startSandbox({ ...FAST_RETRIES, webhookUrl: receiver.url, ...options });
  sandboxes.push(sandbox);
  receivers.push(receiver);
  return { sandbox, receiver, users: usersByRole(sandbox, 'employee') };
}

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  await Promise.all(receivers.map((r) => r.close()));
});

function open(sandbox: Sandbox, push: ReceivedPush): WireEventEnvelope {
  const body = JSON.parse(push.body) as { encrypt?: string };
  return JSON.parse(body.encrypt ? decryptPayload(body.encrypt, sandbox.encryptKey) : push.body) as WireEventEnvelope;
}

describe('encrypted, signed pushes', () => {
  let sandbox: Sandbox;
  let receiver: WebhookReceiver;
  let users: SandboxUser[];

  beforeAll(async () => {
    ({ sandbox, receiver, users } = await setup());
  });

  beforeEach(async () => {
    await sandbox.control.flushEvents();
    receiver.received.length = 0;
    receiver.respond = () => 200;
  });

  it('signs the exact body bytes and encrypts a schema-2.0 envelope carrying the verification token', async () => {
    sandbox.control.createProcess({ initiator: users[0]!.openId, nodes: [{ mode: 'OR', approvers: [users[1]!.openId] }] });
    await sandbox.control.flushEvents();
    expect(receiver.received.length).toBeGreaterThan(0);
    for (const push of receiver.received) {
      const timestamp = String(push.headers[SIGNATURE_HEADERS.timestamp]);
      const nonce = String(push.headers[SIGNATURE_HEADERS.nonce]);
      expect(timestamp).toMatch(/^\d{10}$/);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(300);
      expect(verifySignature(timestamp, nonce, sandbox.encryptKey, push.body, String(push.headers[SIGNATURE_HEADERS.signature]))).toBe(
        true,
      );
      expect(Object.keys(JSON.parse(push.body) as object)).toEqual(['encrypt']);
      const envelope = open(sandbox, push);
      expect(envelope.schema).toBe('2.0');
      expect(envelope.header).toMatchObject({ token: sandbox.verificationToken, app_id: sandbox.appId });
      expect(envelope.header.event_id).toMatch(/^[0-9a-f]{32}$/);
      expect(envelope.header.create_time).toMatch(/^\d{13}$/);
    }
  });

  it('announces a new process: status, node and task events, then the process update', async () => {
    const id = sandbox.control.createProcess({
      initiator: users[0]!.openId,
      nodes: [{ mode: 'AND', approvers: [users[1]!.openId, users[2]!.openId] }],
    });
    await sandbox.control.flushEvents();
    const events = receiver.received.map((push) => open(sandbox, push));
    expect(events.map((e) => e.header.event_type)).toEqual([
      EVENT_TYPES.statusUpdate,
      EVENT_TYPES.nodeUpdated,
      EVENT_TYPES.approverUpdated,
      EVENT_TYPES.approverUpdated,
      EVENT_TYPES.updated,
    ]);
    expect(events.every((e) => (e.event as { process_id: string }).process_id === id)).toBe(true);
    expect(events[0]!.event).toMatchObject({ status: 1, biz_type: 'leave_application', properties: 1 });
  });

  it('emits, in order, what the last approval changes: task, node, status, process', async () => {
    const [initiator, approver] = users as [SandboxUser, SandboxUser];
    const id = sandbox.control.createProcess({
      initiator: initiator.openId,
      nodes: [{ mode: 'OR', approvers: [approver.openId] }],
      emitEvents: false,
    });
    const task = sandbox.control.getProcessWire(id)!.todos![0]!;
    await new FeishuHttp(sandbox).put(`/corehr/v2/processes/${id}/approvers/${task.approver_id}`, { status: 3, user_id: approver.openId });
    await sandbox.control.flushEvents();
    const events = receiver.received.map((push) => open(sandbox, push));
    expect(
      events.map((e) => [
        e.header.event_type,
        (e.event as { status?: number; node_status?: number }).status ?? (e.event as { node_status: number }).node_status,
      ]),
    ).toEqual([
      [EVENT_TYPES.approverUpdated, 3],
      [EVENT_TYPES.nodeUpdated, 3],
      [EVENT_TYPES.statusUpdate, 9],
      [EVENT_TYPES.updated, 9],
    ]);
    expect(events[0]!.event).toMatchObject({
      approver_id: task.approver_id,
      type: 1,
      node_definition_id: task.node_definition_id,
      node_id: expect.any(String),
    });
  });

  it('pushes the comment event for a new comment', async () => {
    const id = sandbox.control.processIds()[0]!;
    const commentId = sandbox.control.addComment(id, users[3]!.openId, '请补充附件');
    await sandbox.control.flushEvents();
    expect(receiver.received.map((push) => open(sandbox, push))).toMatchObject([
      { header: { event_type: EVENT_TYPES.commentUpdated }, event: { process_id: id, comment_id: commentId, type: 1 } },
    ]);
    expect(sandbox.control.getProcessWire(id)!.comment_infos?.at(-1)).toMatchObject({ comment_id: commentId, comment_msg: '请补充附件' });
  });

  it('retries a push answered 500 twice, and the third attempt delivers it', async () => {
    const attemptsById = new Map<string, number>();
    receiver.respond = (push) => {
      const id = open(sandbox, push).header.event_id;
      attemptsById.set(id, (attemptsById.get(id) ?? 0) + 1);
      return attemptsById.get(id)! <= 2 ? 500 : 200;
    };
    sandbox.control.addComment(sandbox.control.processIds()[1]!, users[3]!.openId, 'retry me');
    await sandbox.control.flushEvents();
    const record = sandbox.control.pushedEvents().at(-1)!;
    expect(record).toMatchObject({ eventType: EVENT_TYPES.commentUpdated, attempts: 3, delivered: true, duplicate: false });
    expect(attemptsById.get(record.eventId)).toBe(3);
  });

  it('gives up after the four scheduled retries (five attempts)', async () => {
    receiver.respond = () => 503;
    sandbox.control.addComment(sandbox.control.processIds()[2]!, users[3]!.openId, 'never delivered');
    await sandbox.control.flushEvents();
    expect(sandbox.control.pushedEvents().at(-1)).toMatchObject({ attempts: 5, delivered: false });
    expect(receiver.received).toHaveLength(5);
  });

  it('keeps one process in order while an earlier push is being retried', async () => {
    let failures = 2;
    receiver.respond = () => (failures-- > 0 ? 500 : 200);
    const id = sandbox.control.createProcess({
      initiator: users[0]!.openId,
      nodes: [{ mode: 'AND', approvers: [users[1]!.openId, users[2]!.openId] }],
    });
    await sandbox.control.flushEvents();
    const emitted = sandbox.control
      .pushedEvents()
      .filter((e) => e.processId === id)
      .map((e) => e.eventId);
    const arrived = receiver.received.map((push) => open(sandbox, push).header.event_id);
    expect([...new Set(arrived)]).toEqual(emitted);
  });

  it('does not send the pushes dropped on purpose', async () => {
    sandbox.control.dropEvents(1);
    const id = sandbox.control.processIds()[3]!;
    sandbox.control.addComment(id, users[3]!.openId, 'dropped');
    sandbox.control.addComment(id, users[3]!.openId, 'sent');
    await sandbox.control.flushEvents();
    const [dropped, sent] = sandbox.control.pushedEvents().slice(-2);
    expect(dropped).toMatchObject({ dropped: true, attempts: 0, delivered: false });
    expect(sent).toMatchObject({ dropped: false, delivered: true });
    expect(receiver.received.map((push) => open(sandbox, push).header.event_id)).toEqual([sent!.eventId]);
  });
});

describe('delivery variants', () => {
  it('sends every event twice with the same event_id when duplicateRate is 1', async () => {
    const { sandbox, receiver, users } = await setup({ duplicateRate: 1 });
    sandbox.control.addComment(sandbox.control.processIds()[0]!, users[0]!.openId, 'twice');
    await sandbox.control.flushEvents();
    const ids = receiver.received.map((push) => open(sandbox, push).header.event_id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(sandbox.control.pushedEvents().map((e) => e.duplicate)).toEqual([false, true]);
  });

  it('sends plaintext envelopes without signature headers when encryption is off', async () => {
    const { sandbox, receiver, users } = await setup({ encryptEvents: false });
    sandbox.control.addComment(sandbox.control.processIds()[0]!, users[0]!.openId, 'plain');
    await sandbox.control.flushEvents();
    const push = receiver.received[0]!;
    expect((JSON.parse(push.body) as WireEventEnvelope).header.event_type).toBe(EVENT_TYPES.commentUpdated);
    expect(push.headers[SIGNATURE_HEADERS.signature]).toBeUndefined();
  });

  it('counts an answer slower than the push timeout as a failure and retries', async () => {
    const { sandbox, receiver, users } = await setup({ pushTimeoutMs: 100 });
    receiver.respond = (_, index) => (index === 0 ? new Promise((resolve) => setTimeout(() => resolve(200), 400)) : 200);
    sandbox.control.addComment(sandbox.control.processIds()[0]!, users[0]!.openId, 'slow');
    await sandbox.control.flushEvents();
    expect(sandbox.control.pushedEvents()[0]).toMatchObject({ attempts: 2, delivered: true });
  });

  it('pushes nothing until a webhook URL is set, then pushes to it', async () => {
    const { sandbox, receiver, users } = await setup({ webhookUrl: undefined });
    sandbox.setWebhookUrl(undefined);
    sandbox.control.addComment(sandbox.control.processIds()[0]!, users[0]!.openId, 'nowhere');
    await sandbox.control.flushEvents();
    expect(sandbox.control.pushedEvents()).toEqual([]);
    sandbox.setWebhookUrl(receiver.url);
    sandbox.control.addComment(sandbox.control.processIds()[0]!, users[0]!.openId, 'somewhere');
    await sandbox.control.flushEvents();
    expect(receiver.received).toHaveLength(1);
  });
});
