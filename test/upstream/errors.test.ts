import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/upstream/errors.js';
import { fixture } from '../helpers/feishu-fixtures.js';
import { ok } from './support/fake-feishu.js';
import { APP_SECRET, useFakeFeishu } from './support/harness.js';

const APPROVE_PATH = '/open-apis/corehr/v2/processes/p1/approvers/a1';
const approve = { processId: 'p1', approverId: 'a1', actor: { kind: 'user' as const, userId: 'ou_1', userIdType: 'OPEN_ID' as const } };

/** Every text an error exposes: message, stack, JSON, and the same along its cause chain. */
function everythingIn(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && e !== null; e = (e as { cause?: unknown }).cause) {
    parts.push(String(e), JSON.stringify(e), (e as Error).stack ?? '', (e as Error).message ?? '');
  }
  return parts.join('\n');
}

describe('upstream errors', () => {
  const h = useFakeFeishu();

  it('carry endpoint, HTTP status, Feishu code, message and the X-Tt-Logid header', async () => {
    const processed = fixture<{ http_status: number; headers: Record<string, string>; body: unknown }>('error-task-already-processed.json');
    h.fake.on('PUT', APPROVE_PATH, () => ({
      status: processed.http_status,
      headers: { 'x-tt-logid': 'from-header-1' },
      body: processed.body,
    }));
    const client = h.client();

    const error = await client.approveTask(approve).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      kind: 'FEISHU_ERROR',
      endpoint: 'updateApprover',
      httpStatus: 400,
      feishuCode: 1161001,
      logId: 'from-header-1',
      retryable: false,
    });
    expect((error as Error).message).toContain('审批已被处理');
  });

  it('fall back to error.logid in the body when the header is missing', async () => {
    const processed = fixture<{ body: { error: { logid: string } } }>('error-task-already-processed.json');
    h.fake.on('PUT', APPROVE_PATH, () => ({ status: 400, withoutLogIdHeader: true, body: processed.body }));
    const client = h.client();

    await expect(client.approveTask(approve)).rejects.toMatchObject({ logId: processed.body.error.logid });
  });

  it('never contain the app secret or the token, even when Feishu echoes them back', async () => {
    h.fake.on('PUT', APPROVE_PATH, (req) => ({
      status: 400,
      body: { code: 1161002, msg: `bad call with ${String(req.headers.authorization)} for ${APP_SECRET}`, error: { logid: 'x' } },
    }));
    const client = h.client();

    const error = await client.approveTask(approve).catch((e: unknown) => e);

    const text = everythingIn(error);
    expect(text).toContain('1161002');
    expect(text).not.toContain('t-token-1');
    expect(text).not.toContain(APP_SECRET);
  });

  it('never contain the secret or token for a transport failure with a cause chain', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ({ delayMs: 1_000, ...ok() }));
    const client = h.client();

    const error = await client.getProcess('p1', { deadline: Date.now() + 100 }).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'TIMEOUT', endpoint: 'getProcess' });
    expect((error as Error).cause).toBeDefined();
    const text = everythingIn(error);
    expect(text).not.toContain('t-token-1');
    expect(text).not.toContain(APP_SECRET);
  });

  it('report approve/reject as failed when the nested data.code is not 0', async () => {
    h.fake.on('PUT', APPROVE_PATH, () => ({
      body: { code: 0, msg: 'success', data: { code: 1161005, msg: 'approval status already updated' } },
    }));
    const client = h.client();

    const error = await client.rejectTask({ ...approve, reason: 'no' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'FEISHU_ERROR', feishuCode: 1161005, httpStatus: 200, retryable: false });
    expect((error as Error).message).toContain('approval status already updated');
  });

  it('accept approve when both codes are 0', async () => {
    h.fake.on('PUT', APPROVE_PATH, () => ({ body: fixture('approver-update-response.json') }));
    await expect(h.client().approveTask(approve)).resolves.toBeUndefined();
  });

  it('report a body that is not a Feishu envelope as BAD_RESPONSE', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ({ body: '<html>proxy error</html>' }));
    await expect(h.client().getProcess('p1')).rejects.toMatchObject({ kind: 'BAD_RESPONSE', httpStatus: 200 });
  });

  it('report a code Feishu sent that no code space knows as BAD_RESPONSE', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ok({ process_id: 'p1', status: 77 }));
    await expect(h.client().getProcess('p1')).rejects.toMatchObject({ kind: 'BAD_RESPONSE', endpoint: 'getProcess' });
  });

  it('report a call whose deadline has already passed as TIMEOUT without sending it', async () => {
    const client = h.client();
    await expect(client.getProcess('p1', { deadline: Date.now() - 1 })).rejects.toMatchObject({ kind: 'TIMEOUT', endpoint: 'getProcess' });
    expect(h.fake.requests).toHaveLength(0);
    expect(client.stats.calls.getProcess).toBe(0);
  });

  it("reject with the caller's own reason when the caller aborts", async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ({ delayMs: 1_000, ...ok() }));
    const controller = new AbortController();
    const call = h.client().getProcess('p1', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('client went away')), 50);
    await expect(call).rejects.toThrow('client went away');
  });

  it('turn 1160100 on getProcess into null', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p404', () => ({ status: 400, body: { code: 1160100, msg: 'process not found' } }));
    await expect(h.client().getProcess('p404')).resolves.toBeNull();
  });
});

describe('call logging', () => {
  const h = useFakeFeishu();

  it('logs each call at debug with endpoint, status, code, log id and duration, and no credentials', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1', () => ({
      headers: { 'x-tt-logid': 'log-abc' },
      body: fixture('process-get.json'),
    }));
    const client = h.client({ logger: pino({ level: 'debug' }, sink) });

    await client.getProcess('p1');

    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const call = records.find((r) => r.endpoint === 'getProcess');
    expect(call).toMatchObject({ level: 20, msg: 'feishu call', status: 200, code: 0, logId: 'log-abc' });
    expect(typeof call?.durationMs).toBe('number');
    expect(records.some((r) => r.endpoint === 'tenantAccessToken')).toBe(true);
    expect(lines.join('')).not.toContain('t-token-1');
    expect(lines.join('')).not.toContain(APP_SECRET);
  });
});
