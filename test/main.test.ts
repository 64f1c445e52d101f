import { describe, expect, it } from 'vitest';
import { cleanEnv, killStartedProcessesAfterAll, postGraphQL, startProcess } from './operations/support/gateway-process.js';

killStartedProcessesAfterAll();

const start = (env: Record<string, string>) => startProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: cleanEnv({ LOG_LEVEL: 'warn', ...env }) });

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

  it('refuses an invalid configuration with one JSON line naming the variable', async () => {
    const app = start({ PORT: 'eighty' });
    expect((await app.exited).code).toBe(1);
    expect(app.plainLines()).toEqual([]);
    const lines = app.logLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ variable: 'PORT', msg: 'invalid configuration: PORT: expected a whole number from 0 to 65535, got "eighty"' });
  });
});
