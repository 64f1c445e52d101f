import * as lark from '@larksuiteoapi/node-sdk';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '../helpers/subscription-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

interface Printed {
  sandbox: {
    url: string;
    appId: string;
    appSecret: string;
    seed: number;
    eventMode: string;
    longConnectionEndpoint: string;
    sampleUserIds: string[];
  };
}

async function run(env: Record<string, string>): Promise<Printed['sandbox']> {
  child = spawn(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, 'src/sandbox/main.ts'], {
    cwd: root,
    env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_PROCESSES: '30', SANDBOX_SEED: '5', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return (JSON.parse(line) as Printed).sandbox;
}

async function stop(): Promise<number | null> {
  const exited = once(child!, 'exit');
  child!.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

describe('npm run sandbox', () => {
  it('prints one JSON line with url, credentials and sample users, serves, and stops cleanly on SIGTERM', async () => {
    const sandbox = await run({});
    expect(sandbox).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      appId: expect.stringMatching(/^cli_/),
      seed: 5,
    });
    expect(sandbox.sampleUserIds.length).toBeGreaterThan(0);
    const token = await fetch(`${sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: sandbox.appId, app_secret: sandbox.appSecret }),
    });
    expect(((await token.json()) as { code: number }).code).toBe(0);
    expect(await stop()).toBe(0);
  });

  it('offers the long connection with SANDBOX_EVENT_MODE: the official WSClient receives its events', async () => {
    const sandbox = await run({ SANDBOX_EVENT_MODE: 'long-connection' });
    expect(sandbox).toMatchObject({ eventMode: 'long-connection', longConnectionEndpoint: `${sandbox.url}/callback/ws/endpoint` });
    const received: unknown[] = [];
    const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
    const dispatcher = new lark.EventDispatcher({ logger: quiet }).register({
      'corehr.process_comment_info.updated_v2': async (data: unknown) => void received.push(data),
    });
    const client = new lark.WSClient({
      appId: sandbox.appId,
      appSecret: sandbox.appSecret,
      domain: sandbox.url,
      logger: quiet,
      loggerLevel: lark.LoggerLevel.error,
    });
    try {
      await client.start({ eventDispatcher: dispatcher });
      await until(() => client.getConnectionStatus().state === 'connected', 'the long connection');
      const control = (path: string, body?: unknown) =>
        fetch(`${sandbox.url}/_sandbox${path}`, {
          method: body ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const { processIds } = (await (await control('/processes')).json()) as { processIds: string[] };
      expect((await control(`/processes/${processIds[0]}/comments`, { commentor: sandbox.sampleUserIds[0], message: 'hi' })).status).toBe(
        200,
      );
      await until(() => received.length === 1, 'the comment event');
      expect(await (await control('/long-connection')).json()).toMatchObject({ discoveries: 1, openConnections: 1, acks: { '200': 1 } });
    } finally {
      client.close({ force: true });
    }
    expect(await stop()).toBe(0);
  });
});
