import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';

const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; waitFor: (pattern: RegExp) => Promise<RegExpMatchArray> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = async (pattern: RegExp) => {
    const deadline = Date.now() + 25_000;
    while (Date.now() < deadline) {
      const match = output.match(pattern);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`did not print ${pattern}; output so far:\n${output}`);
  };
  return { child, output: () => output, waitFor };
}

describe('npm start (src/main.ts)', () => {
  it('serves a simulated tenant with no credentials, prints where to go, and stops cleanly on SIGTERM', async () => {
    const app = start({ PORT: '0' });
    const [, graphqlUrl] = await app.waitFor(/GraphiQL: (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    const [, users] = await app.waitFor(/Users with pending tasks to try: (.+)/);
    const userId = users!.split(', ')[0]!;
    const base = graphqlUrl!.replace(/\/graphql$/, '');

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const response = await fetch(graphqlUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($u: ID!) { approverTasks(userId: $u, first: 5) { edges { node { approverId status process { processId status } } } } }',
        variables: { u: userId },
      }),
    });
    const body = (await response.json()) as { data: { approverTasks: { edges: { node: { process: { status: string } } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.approverTasks.edges.length).toBeGreaterThan(0);

    app.child.kill('SIGTERM');
    const [code] = (await once(app.child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('with GATEWAY_AUTH=on in sandbox mode, prints a reader key and a user JWT that work in GraphiQL’s Headers tab', async () => {
    const app = start({ PORT: '0', GATEWAY_AUTH: 'on', SANDBOX_PROCESSES: '40' });
    const [, graphqlUrl] = await app.waitFor(/GraphiQL: (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    const [, readerKey] = await app.waitFor(/reader \(process:read[^)]*\):\s+\{"Authorization": "Bearer (\S+)"\}/);
    const [, userId, userJwt] = await app.waitFor(/user (\S+) \(task:act[^)]*\):\s+\{"Authorization": "Bearer (\S+)"\}/);
    const inbox = async (of: string, headers: Record<string, string>) => {
      const response = await fetch(graphqlUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: 'query($u: ID!) { approverTasks(userId: $u, first: 1) { edges { node { approverId } } } }', variables: { u: of } }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
    };
    const other = app.output().match(/Users with pending tasks to try: (.+)/)![1]!.split(', ').find((id) => id !== userId)!;
    expect((await inbox(userId!, {})).status).toBe(401);
    expect((await inbox(other, { authorization: `Bearer ${readerKey}` })).body.errors).toBeUndefined();
    expect((await inbox(userId!, { authorization: `Bearer ${userJwt}` })).body.errors).toBeUndefined();
    expect((await inbox(other, { authorization: `Bearer ${userJwt}` })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    app.child.kill('SIGTERM');
    await once(app.child, 'exit');
  });

  it.each([
    [
      'with Feishu credentials but no verification token (the webhook would accept forged events)',
      { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 'app-secret-value', GATEWAY_AUTH: 'off' },
      /^invalid configuration: FEISHU_VERIFICATION_TOKEN: required/,
    ],
    [
      'with caller authentication on and no callers configured',
      { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 'app-secret-value', FEISHU_VERIFICATION_TOKEN: 'v-token' },
      /^invalid configuration: GATEWAY_AUTH: caller authentication is on but no callers are configured/,
    ],
  ])('refuses to start %s, in one line', async (_case, env, line) => {
    const app = start({ PORT: '0', ...env });
    const [code] = (await once(app.child, 'exit')) as [number | null];
    expect(code).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(app.output()).not.toContain('app-secret-value');
  });

  it('with FEISHU_EVENT_MODE=long-connection and no credentials, dials the simulator and mounts no webhook', async () => {
    const app = start({ PORT: '0', FEISHU_EVENT_MODE: 'long-connection' });
    const [, graphqlUrl] = await app.waitFor(/GraphiQL: (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    await app.waitFor(/over the long connection/);
    const base = graphqlUrl!.replace(/\/graphql$/, '');
    let ready = 0;
    for (let i = 0; i < 200 && ready !== 200; i++) {
      ready = (await fetch(`${base}/readyz`)).status;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(ready).toBe(200);
    expect((await fetch(`${base}/webhook/feishu`, { method: 'POST', body: '{}' })).status).toBe(404);
    app.child.kill('SIGTERM');
    const [code] = (await once(app.child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('refuses an invalid configuration with one line naming the variable', async () => {
    const app = start({ PORT: 'eighty' });
    const [code] = (await once(app.child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(app.output().trim().split('\n')).toEqual(['invalid configuration: PORT: expected a whole number from 0 to 65535, got "eighty"']);
  });
});
