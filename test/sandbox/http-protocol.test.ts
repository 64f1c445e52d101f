import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { WireApproversData, WireProcess, WireProcessListData, WireVariableData } from '../../src/upstream/wire.js';
import { FeishuHttp } from './support/feishu-http.js';

const DAY = 86_400_000;
const sandboxes: Sandbox[] = [];

async function start(options: Parameters<typeof startSandbox>[0] = {}): Promise<{ sandbox: Sandbox; feishu: FeishuHttp }> {
  const sandbox = await startSandbox({ rateLimits: false, ...options });
  sandboxes.push(sandbox);
  return { sandbox, feishu: new FeishuHttp(sandbox) };
}

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
});

describe('tenant_access_token', () => {
  it('returns the same token while it has 30 minutes or more left', async () => {
    const { feishu } = await start({ processes: 5 });
    expect(await feishu.fetchToken()).toBe(await feishu.fetchToken());
  });

  it('issues a new token when the current one has less than 30 minutes left; both stay valid', async () => {
    const { feishu } = await start({ processes: 5, tokenTtlSeconds: 1799 });
    const first = await feishu.fetchToken();
    const second = await feishu.fetchToken();
    expect(second).not.toBe(first);
    for (const token of [first, second]) {
      expect((await feishu.get('/corehr/v2/approvers', { user_id: 'ou_x', page_size: 1 }, token)).body.code).toBe(1160001);
    }
  });

  it('answers 99991661 without a token and 99991663 for an expired one, both HTTP 400', async () => {
    const { sandbox, feishu } = await start({ processes: 5 });
    const token = await feishu.fetchToken();
    const id = sandbox.control.processIds()[0]!;
    const missing = await feishu.get(`/corehr/v2/processes/${id}`, {}, null);
    expect([missing.status, missing.body.code]).toEqual([400, 99991661]);
    expect((await feishu.get(`/corehr/v2/processes/${id}`, {}, token)).body.code).toBe(0);
    sandbox.control.expireTokens();
    const expired = await feishu.get(`/corehr/v2/processes/${id}`, {}, token);
    expect([expired.status, expired.body.code]).toEqual([400, 99991663]);
    const fresh = await feishu.fetchToken();
    expect(fresh).not.toBe(token);
    expect((await feishu.get(`/corehr/v2/processes/${id}`, {}, fresh)).body.code).toBe(0);
  });

  it('answers 99991663 for a token it never issued', async () => {
    const { sandbox, feishu } = await start({ processes: 5 });
    const answer = await feishu.get(`/corehr/v2/processes/${sandbox.control.processIds()[0]}`, {}, 't-00000000000000000000');
    expect(answer.body.code).toBe(99991663);
  });

  it('refuses a wrong app secret', async () => {
    const { sandbox } = await start({ processes: 5 });
    const response = await fetch(`${sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: sandbox.appId, app_secret: 'wrong' }),
    });
    const body = (await response.json()) as { code: number; tenant_access_token?: string };
    expect([response.status, body.code, body.tenant_access_token]).toEqual([400, 10015, undefined]);
  });
});

describe('rate limits', () => {
  it("answers 429 with code 99991400 and the x-ogw-ratelimit headers once an endpoint's budget is spent", async () => {
    const { sandbox, feishu } = await start({ processes: 5, rateLimits: { getFlowData: { limit: 2, windowMs: 60_000 } } });
    const id = sandbox.control.processIds()[0]!;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await feishu.get(`/corehr/v2/processes/${id}/flow_variable_data`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    const limited = answers[2]!;
    expect(limited.body).toEqual({ code: 99991400, msg: 'request trigger frequency limit' });
    expect(limited.headers.get('x-ogw-ratelimit-limit')).toBe('2');
    expect(Number(limited.headers.get('x-ogw-ratelimit-reset'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('x-ogw-ratelimit-reset'))).toBeLessThanOrEqual(60);
    expect((await feishu.get(`/corehr/v2/processes/${id}`)).status).toBe(200);
  });

  it("applies Feishu's budgets by default (approvers list: 10 a second)", async () => {
    const frozen = Date.UTC(2026, 0, 1, 12, 0, 0, 100);
    const { sandbox, feishu } = await start({ processes: 5, rateLimits: true, now: () => frozen });
    const user = sandbox.control.users()[0]!.openId;
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await feishu.get('/corehr/v2/approvers', { user_id: user, page_size: 10 })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses[10]).toBe(429);
  });
});

describe('process list', () => {
  let sandbox: Sandbox;
  let feishu: FeishuHttp;

  beforeAll(async () => {
    ({ sandbox, feishu } = await start({ processes: 300 }));
  });

  const list = (query: Record<string, string | number | (string | number)[]>) =>
    feishu.get<WireProcessListData>('/corehr/v2/processes', query);

  it('refuses windows of 31 days or more (1160101) and accepts anything shorter', async () => {
    const to = Date.now();
    const tooLong = await list({ modify_time_from: to - 31 * DAY, modify_time_to: to, page_size: 10 });
    expect([tooLong.status, tooLong.body.code]).toEqual([400, 1160101]);
    expect((await list({ modify_time_from: to - 31 * DAY + 1, modify_time_to: to, page_size: 10 })).body.code).toBe(0);
  });

  it('requires page_size between 1 and 100', async () => {
    const window = { modify_time_from: Date.now() - DAY, modify_time_to: Date.now() };
    for (const pageSize of [undefined, 0, 101]) {
      const query = pageSize === undefined ? window : { ...window, page_size: pageSize };
      expect((await list(query)).body.code).toBe(1160101);
    }
  });

  it('walks every process exactly once across 30-day windows and pages, page_token only while has_more', async () => {
    const ids = sandbox.control.processIds();
    const oldest = Math.min(...ids.map((id) => Number(sandbox.control.getProcessWire(id)!.create_time)));
    const seen: string[] = [];
    for (let from = oldest; from <= Date.now(); from += 30 * DAY) {
      let pageToken: string | undefined;
      do {
        const page = (
          await list({
            modify_time_from: from,
            modify_time_to: from + 30 * DAY - 1,
            page_size: 7,
            ...(pageToken ? { page_token: pageToken } : {}),
          })
        ).body.data!;
        expect(page.process_ids!.length).toBeLessThanOrEqual(7);
        expect('page_token' in page).toBe(page.has_more);
        seen.push(...page.process_ids!);
        pageToken = page.page_token;
      } while (pageToken);
    }
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('filters on repeated statuses keys and on the flow definition', async () => {
    const window = { modify_time_from: Date.now() - 30 * DAY, modify_time_to: Date.now(), page_size: 100 };
    const answer = await list({ ...window, statuses: [2, 4] });
    const ids = answer.body.data!.process_ids!;
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids.map((id) => sandbox.control.getProcessWire(id)!.status))).toEqual(new Set([2, 4]));
    const definition = sandbox.control.getProcessWire(ids[0]!)!.flow_definition_id!;
    const byDefinition = (await list({ ...window, flow_definition_id: definition })).body.data!.process_ids!;
    expect(byDefinition.every((id) => sandbox.control.getProcessWire(id)!.flow_definition_id === definition)).toBe(true);
  });
});

describe('ids and the approvers list', () => {
  let sandbox: Sandbox;
  let feishu: FeishuHttp;

  beforeAll(async () => {
    ({ sandbox, feishu } = await start({ processes: 300 }));
  });

  it('pages through a busy user exactly as tasksOf lists them, page_token counting pages', async () => {
    const user = sandbox.sampleUserIds[0]!;
    const expected = sandbox.control.tasksOf(user);
    expect(expected.filter((t) => t.approver_status === 1).length).toBeGreaterThanOrEqual(50);
    const walked = [];
    let pageToken: string | undefined;
    const tokens = [];
    do {
      const data = (await feishu.get<WireApproversData>('/corehr/v2/approvers', { user_id: user, page_size: 20, page_token: pageToken }))
        .body.data!;
      walked.push(...data.approver_list!);
      pageToken = data.page_token;
      tokens.push(pageToken);
    } while (pageToken);
    expect(walked).toEqual(expected);
    expect(tokens.slice(0, 2)).toEqual(['2', '3']);
  });

  it('filters by approver_status and refuses unsupported statuses with 1160121', async () => {
    const user = sandbox.sampleUserIds[0]!;
    const pending = (await feishu.get<WireApproversData>('/corehr/v2/approvers', { user_id: user, page_size: 100, approver_status: 1 }))
      .body.data!;
    expect(pending.approver_list!.every((t) => t.approver_status === 1)).toBe(true);
    expect((await feishu.get('/corehr/v2/approvers', { user_id: user, page_size: 100, approver_status: 4 })).body.code).toBe(1160121);
  });

  it('honours user_id_type for the approvers list, the detail and the form data', async () => {
    const users = sandbox.control.users();
    const busy = users.find((u) => u.openId === sandbox.sampleUserIds[0])!;
    const byUserId = await feishu.get<WireApproversData>('/corehr/v2/approvers', {
      user_id: busy.userId,
      user_id_type: 'user_id',
      page_size: 5,
    });
    expect(byUserId.body.data!.approver_list).toEqual(sandbox.control.tasksOf(busy.openId).slice(0, 5));
    const id = sandbox.control.tasksOf(busy.openId).find((t) => t.approver_status === 1)!.process_id;
    const wire = (await feishu.get<WireProcess>(`/corehr/v2/processes/${id}`, { user_id_type: 'union_id' })).body.data!;
    expect(wire.todos!.some((t) => t.operator_id === busy.unionId)).toBe(true);
    expect(wire.todos!.every((t) => t.operator_id!.startsWith('on_'))).toBe(true);
    const employment = (data: WireVariableData) =>
      data
        .field_variable_values!.flatMap((f) => [f.variable_value, ...(f.sub_values ?? []).map((s) => s.value)])
        .flatMap((v) => (v?.employment_value ? [v.employment_value] : []));
    const defaults = employment((await feishu.get<WireVariableData>(`/corehr/v2/processes/${id}/form_variable_data`)).body.data!);
    const openIds = employment(
      (await feishu.get<WireVariableData>(`/corehr/v2/processes/${id}/form_variable_data`, { user_id_type: 'open_id' })).body.data!,
    );
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.every((v) => /^\d{19}$/.test(v))).toBe(true);
    expect(openIds.every((v) => v.startsWith('ou_'))).toBe(true);
    expect((await feishu.get(`/corehr/v2/processes/${id}`, { user_id_type: 'email' })).body.code).toBe(1160101);
  });

  it('returns only the flow variables asked for with repeated variable_keys', async () => {
    const id = sandbox.control.processIds().find((pid) => sandbox.control.getProcessWire(pid)!.initiator_id !== '')!;
    const data = (
      await feishu.get<WireVariableData>(`/corehr/v2/processes/${id}/flow_variable_data`, { variable_keys: ['initiator', 'initiate_time'] })
    ).body.data!;
    expect(data.field_variable_values!.map((f) => f.variable_api_name)).toEqual(['initiator', 'initiate_time']);
    expect(data.field_variable_values!.every((f) => f.variable_name === undefined)).toBe(true);
  });

  it('answers 1160100 (HTTP 400) for an unknown process', async () => {
    const answer = await feishu.get('/corehr/v2/processes/7000000000000000001');
    expect([answer.status, answer.body.code]).toEqual([400, 1160100]);
  });
});

describe('gateway behaviour', () => {
  it('puts an X-Tt-Logid header on every answer', async () => {
    const { sandbox, feishu } = await start({ processes: 5 });
    const answers = [
      await feishu.get(`/corehr/v2/processes/${sandbox.control.processIds()[0]}`),
      await feishu.get('/corehr/v2/processes/none'),
      await feishu.get('/corehr/v2/unknown-path'),
      await feishu.get('/corehr/v2/approvers', {}, null),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 404, 400]);
    for (const answer of answers) expect(answer.headers.get('x-tt-logid')).toMatch(/^\d{14}[0-9A-F]{18}$/);
  });

  it('injects faults a given number of times, counts every request and logs it without secrets', async () => {
    const { sandbox, feishu } = await start({ processes: 5 });
    const id = sandbox.control.processIds()[0]!;
    await feishu.fetchToken();
    sandbox.control.resetCounts();
    sandbox.control.injectFault({ endpoint: 'getProcess', status: 500, code: 1160500, times: 1 });
    const failed = await feishu.get(`/corehr/v2/processes/${id}`);
    expect([failed.status, failed.body.code]).toEqual([500, 1160500]);
    expect((await feishu.get(`/corehr/v2/processes/${id}`)).status).toBe(200);
    sandbox.control.injectFault({ endpoint: 'getProcess', latencyMs: 5 });
    expect((await feishu.get(`/corehr/v2/processes/${id}`)).status).toBe(200);
    sandbox.control.clearFaults();
    expect(sandbox.control.callCounts()).toMatchObject({ getProcess: 3, token: 0, listProcesses: 0 });
    await feishu.fetchToken();
    const log = sandbox.control.requests();
    expect(log.at(-2)).toMatchObject({
      endpoint: 'getProcess',
      method: 'GET',
      path: `/open-apis/corehr/v2/processes/${id}`,
      status: 200,
      code: 0,
    });
    expect(log.at(-1)).toMatchObject({ endpoint: 'token', body: { app_id: sandbox.appId, app_secret: '[redacted]' } });
    expect(JSON.stringify(log)).not.toContain(sandbox.appSecret);
  });

  it('serves the control API over HTTP and regenerates the tenant on reset', async () => {
    const { sandbox } = await start({ processes: 20 });
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${sandbox.url}/_sandbox${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const before = sandbox.control.processIds();
    const employee = sandbox.control.users().find((u) => u.role === 'employee')!;
    const created = await control('POST', '/processes', { initiator: employee.openId, bizType: 'travel_application' });
    expect(created.status).toBe(200);
    const processId = created.body.processId as string;
    expect((await control('GET', `/processes/${processId}`)).body).toMatchObject({
      process_id: processId,
      flow_template_id: 'travel_application',
    });
    expect((await control('POST', '/processes', { initiator: 'ou_nobody' })).status).toBe(400);
    expect((await control('POST', '/faults', { endpoint: 'getProcess', status: 500 })).status).toBe(200);
    expect((await control('GET', '/calls')).body).toMatchObject({ getProcess: 0 });
    expect((await control('PUT', '/webhook', { url: null })).status).toBe(200);
    expect((await control('POST', '/reset')).status).toBe(200);
    expect(sandbox.control.processIds()).toEqual(before);
    expect((await new FeishuHttp(sandbox).get(`/corehr/v2/processes/${before[0]}`)).status).toBe(200);
  });
});
