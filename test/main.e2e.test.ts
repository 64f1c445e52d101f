import { describe, expect, it } from 'vitest';
import { cleanEnv, killStartedProcessesAfterAll, postGraphQL, startProcess } from './helpers/gateway-process.js';

killStartedProcessesAfterAll();

const start = (env: Record<string, string>) =>
  startProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: cleanEnv({ LOG_LEVEL: 'warn', ...env }) });

describe('npm start (src/main.ts)', () => {
  it('serves a simulated tenant with no credentials, says where to go, and stops cleanly on SIGTERM', async () => {
    const app = start({ PORT: '0', LOG_LEVEL: 'info' });
    const ready = await app.waitForLog((line) => line.msg === 'gateway ready');
    const sandbox = await app.waitForLog((line) => line.msg.startsWith('sandbox mode'));
    const graphqlUrl = String(ready['graphiql']);
    const userId = (sandbox['sampleUserIds'] as string[])[0]!;
    const base = graphqlUrl.replace(/\/graphql$/, '');
    expect(graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const answer = await postGraphQL(graphqlUrl, {
      query: 'query($u: ID!) { approverTasks(userId: $u, first: 5) { edges { node { approverId status process { processId status } } } } }',
      variables: { u: userId },
    });
    const body = answer.body as { data: { approverTasks: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.approverTasks.edges.length).toBeGreaterThan(0);

    app.child.kill('SIGTERM');
    expect(await app.exited).toEqual({ code: 0, signal: null });
  });

  it('with GATEWAY_AUTH=on in sandbox mode, prints a reader key and a user JWT that work in GraphiQL’s Headers tab', async () => {
    const app = start({ PORT: '0', GATEWAY_AUTH: 'on', SANDBOX_PROCESSES: '40', LOG_LEVEL: 'info' });
    const ready = await app.waitForLog((line) => line.msg === 'gateway ready');
    const sandbox = await app.waitForLog((line) => line.msg.startsWith('sandbox mode'));
    const minted = await app.waitForLog((line) => line.msg.startsWith('caller authentication is on'));
    const graphqlUrl = String(ready['graphiql']);
    const reader = minted['reader'] as { headers: { Authorization: string } };
    const user = minted['user'] as { id: string; headers: { Authorization: string } };
    const inbox = async (of: string, headers: Record<string, string>) => {
      const answer = await postGraphQL(
        graphqlUrl,
        { query: 'query($u: ID!) { approverTasks(userId: $u, first: 1) { edges { node { approverId } } } }', variables: { u: of } },
        headers,
      );
      return { status: answer.status, body: answer.body as { errors?: { extensions?: { code?: string } }[] } };
    };
    const other = (sandbox['sampleUserIds'] as string[]).find((id) => id !== user.id)!;
    expect((await inbox(user.id, {})).status).toBe(401);
    expect((await inbox(other, { authorization: reader.headers.Authorization })).body.errors).toBeUndefined();
    expect((await inbox(user.id, { authorization: user.headers.Authorization })).body.errors).toBeUndefined();
    expect((await inbox(other, { authorization: user.headers.Authorization })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  });

  it.each([
    [
      'with Feishu credentials but no verification token (the webhook would accept forged events)',
      { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 'app-secret-value', GATEWAY_AUTH: 'off' },
      { variable: 'FEISHU_VERIFICATION_TOKEN', msg: /^invalid configuration: FEISHU_VERIFICATION_TOKEN: required/ },
    ],
    [
      'with caller authentication on and no callers configured',
      { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 'app-secret-value', FEISHU_VERIFICATION_TOKEN: 'v-token' },
      { variable: 'GATEWAY_AUTH', msg: /^invalid configuration: GATEWAY_AUTH: caller authentication is on but no callers are configured/ },
    ],
  ])('refuses to start %s, in one line', async (_case, env, expected) => {
    const app = start({ PORT: '0', ...env });
    expect((await app.exited).code).toBe(1);
    expect(app.plainLines()).toEqual([]);
    const lines = app.logLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ variable: expected.variable });
    expect(lines[0]!.msg).toMatch(expected.msg);
    expect(app.output()).not.toContain('app-secret-value');
  });

  it('with FEISHU_EVENT_MODE=long-connection and no credentials, dials the simulator and mounts no webhook', async () => {
    const app = start({ PORT: '0', FEISHU_EVENT_MODE: 'long-connection', LOG_LEVEL: 'info' });
    const ready = await app.waitForLog((line) => line.msg === 'gateway ready');
    const sandbox = await app.waitForLog((line) => line.msg.startsWith('sandbox mode'));
    expect(sandbox['events']).toEqual(['the long connection']);
    const base = String(ready['graphiql']).replace(/\/graphql$/, '');
    let status = 0;
    for (let i = 0; i < 200 && status !== 200; i++) {
      status = (await fetch(`${base}/readyz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(200);
    expect((await fetch(`${base}/webhook/feishu`, { method: 'POST', body: '{}' })).status).toBe(404);
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  });

  it('refuses an invalid configuration with one JSON line naming the variable', async () => {
    const app = start({ PORT: 'eighty' });
    expect((await app.exited).code).toBe(1);
    expect(app.plainLines()).toEqual([]);
    const lines = app.logLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      variable: 'PORT',
      msg: 'invalid configuration: PORT: expected a whole number from 0 to 65535, got "eighty"',
    });
  });
});
