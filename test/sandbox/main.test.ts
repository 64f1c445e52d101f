import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run sandbox', () => {
  it('prints one JSON line with url, credentials and sample users, serves, and stops cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, 'src/sandbox/main.ts'], {
      cwd: root,
      env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_PROCESSES: '30', SANDBOX_SEED: '5', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = createInterface({ input: child.stdout! });
    const [line] = (await once(lines, 'line')) as [string];
    const { sandbox } = JSON.parse(line) as {
      sandbox: { url: string; appId: string; appSecret: string; verificationToken: string; encryptKey: string; seed: number; sampleUserIds: string[] };
    };
    expect(sandbox).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), appId: expect.stringMatching(/^cli_/), seed: 5 });
    expect(sandbox.sampleUserIds.length).toBeGreaterThan(0);
    const token = await fetch(`${sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: sandbox.appId, app_secret: sandbox.appSecret }),
    });
    expect(((await token.json()) as { code: number }).code).toBe(0);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });
});
