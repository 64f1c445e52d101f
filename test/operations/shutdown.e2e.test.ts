/**
 * Stopping as an orchestrator stops a container: SIGTERM to `npm start` or to node itself, a drain
 * window in which /readyz says 503 while requests are still served, then a clean exit; a second
 * signal exits at once; a Redis that is gone neither hides from /readyz nor holds the process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { redisAnswers } from '../helpers/redis.js';
import { cleanEnv, killStartedProcessesAfterAll, postGraphQL, startProcess, type RunningProcess } from '../helpers/gateway-process.js';

killStartedProcessesAfterAll();

const TSX = ['--import', 'tsx', 'src/main.ts'];

async function started(gateway: RunningProcess): Promise<{ base: string; pid: number }> {
  const ready = await gateway.waitForLog((line) => line.msg === 'gateway ready');
  return { base: String(ready['graphiql']).replace(/\/graphql$/, ''), pid: Number(ready['pid']) };
}

async function readiness(base: string): Promise<{ status: number; body: { status: string; reasons?: string[] } }> {
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: (await response.json()) as never };
}

/** Polls until `check` holds (bounded), so state changes driven by other processes can be awaited without sleeps. */
async function eventually(check: () => Promise<boolean>, what: string, attempts = 200): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const inboxQuery = { query: '{ __typename }' };

describe.each([
  ['npm start', 'npm', ['start']],
  ['node', process.execPath, TSX],
] as const)('SIGTERM to %s', (_name, command, args) => {
  it('turns /readyz 503 at once, keeps serving through the drain window, then the gateway process exits 0', async () => {
    const gateway = startProcess(command, [...args], { env: cleanEnv({ PORT: '0', GATEWAY_DRAIN_SECONDS: '3', LOG_LEVEL: 'info' }) });
    const { base, pid } = await started(gateway);
    expect((await readiness(base)).status).toBe(200);

    gateway.child.kill('SIGTERM');
    await gateway.waitForLog((line) => line.msg.startsWith('shutting down') && line['pid'] === pid);
    const draining = await readiness(base);
    expect(draining).toEqual({ status: 503, body: { status: 'not ready', reasons: ['draining'] } });
    const served = await postGraphQL(`${base}/graphql`, inboxQuery);
    expect(served.body).toEqual({ data: { __typename: 'Query' } });

    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    // The gateway (node) process itself ended, not only the process the signal was sent to.
    expect(alive(pid)).toBe(false);
    expect(gateway.logLines().some((line) => line.msg === 'stopped' && line['pid'] === pid)).toBe(true);
  });
});

describe('what is running when SIGTERM arrives', () => {
  it('lets an in-flight request finish and ends a subscription with STREAM_CLOSED and its resume cursor', async () => {
    const gateway = startProcess(process.execPath, TSX, { env: cleanEnv({ PORT: '0', GATEWAY_DRAIN_SECONDS: '0' }) });
    const { base } = await started(gateway);
    const sandboxUrl = String((await gateway.waitForLog((line) => line.msg.startsWith('sandbox mode')))['sandboxUrl']);
    const { processIds } = (await (await fetch(`${sandboxUrl}/_sandbox/processes`)).json()) as { processIds: string[] };

    const subscription = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { processEvents { eventId cursor } }' }),
    });
    const stream = subscription.text();

    await fetch(`${sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'getProcess', latencyMs: 1_500, times: 1 }),
    });
    const slow = postGraphQL(`${base}/graphql`, { query: `{ process(processId: "${processIds[0]}") { processId } }` });
    // In flight once it has been given its budget (counted before the request is sent).
    await eventually(
      async () =>
        /feishu_gateway_limiter_wait_seconds_count\{endpoint="getProcess",class="interactive"\} [1-9]/.test(
          await (await fetch(`${base}/metrics`)).text(),
        ),
      'the slow call was sent',
    );

    gateway.child.kill('SIGTERM');
    expect((await slow).body).toEqual({ data: { process: { processId: processIds[0] } } });
    const events = await stream;
    expect(events).toContain('"code":"STREAM_CLOSED"');
    expect(events).toContain('"resumeAfter":null');
    expect(events).toMatch(/event: complete/);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
  });
});

describe('with Feishu not answering', () => {
  it('still exits, with code 1, once the close timeout has passed', async () => {
    // Accepts connections and never answers: every call to "Feishu" hangs until its own timeouts.
    let received = 0;
    const blackhole = createHttpServer(() => void (received += 1));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    try {
      const gateway = startProcess(process.execPath, TSX, {
        env: cleanEnv({
          PORT: '0',
          FEISHU_APP_ID: 'cli_unanswered',
          FEISHU_APP_SECRET: 'secret-never-answered',
          FEISHU_VERIFICATION_TOKEN: 'v-token',
          FEISHU_BASE_URL: `http://127.0.0.1:${(blackhole.address() as { port: number }).port}`,
          GATEWAY_AUTH: 'off',
          GATEWAY_DRAIN_SECONDS: '0',
          GATEWAY_CLOSE_TIMEOUT_SECONDS: '1',
        }),
      });
      const { base } = await started(gateway);
      const hanging = postGraphQL(`${base}/graphql`, { query: '{ process(processId: "p1") { status } }' }).catch((error: unknown) => error);
      await eventually(async () => received > 0, 'a call to Feishu is in flight');
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toEqual({ code: 1, signal: null });
      expect(gateway.logLines().some((line) => line.msg === 'shutdown did not finish in time: exiting anyway')).toBe(true);
      await hanging;
    } finally {
      blackhole.closeAllConnections();
      await new Promise((resolve) => blackhole.close(resolve));
    }
  });
});

describe('a second signal', () => {
  it('exits at once, without waiting for the drain window', async () => {
    const gateway = startProcess(process.execPath, TSX, { env: cleanEnv({ PORT: '0', GATEWAY_DRAIN_SECONDS: '600' }) });
    const { base } = await started(gateway);
    gateway.child.kill('SIGTERM');
    await eventually(async () => (await readiness(base)).status === 503, 'draining');
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 143, signal: null });
  });
});

describe('with Redis', () => {
  const servers: ChildProcess[] = [];
  afterAll(() => {
    for (const server of servers) if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  });

  const freePort = () =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

  /** A throwaway redis-server this test can kill and bring back on the same port. */
  const startRedis = async (port: number) => {
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    servers.push(server);
    await eventually(() => redisAnswers(`redis://127.0.0.1:${port}`), 'redis-server answers');
    return server;
  };
  const stopRedis = async (server: ChildProcess) => {
    server.kill('SIGKILL');
    if (server.exitCode === null && server.signalCode === null) await new Promise((resolve) => server.once('exit', resolve));
  };

  it('/readyz is 503 while Redis is unreachable and 200 again once it is back; SIGTERM with Redis gone still exits 0 within the bound', async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    const gateway = startProcess(process.execPath, TSX, {
      env: cleanEnv({ PORT: '0', REDIS_URL: `redis://127.0.0.1:${port}`, GATEWAY_DRAIN_SECONDS: '0', GATEWAY_CLOSE_TIMEOUT_SECONDS: '5' }),
    });
    const { base } = await started(gateway);
    expect(await readiness(base)).toEqual({ status: 200, body: { status: 'ready' } });

    await stopRedis(redis);
    await eventually(async () => (await readiness(base)).status === 503, 'not ready without Redis');
    expect((await readiness(base)).body).toEqual({ status: 'not ready', reasons: ['redis unreachable'] });
    // Liveness is about the process alone: a restart would not bring Redis back.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    redis = await startRedis(port);
    await eventually(async () => (await readiness(base)).status === 200, 'ready again with Redis back');

    await stopRedis(redis);
    await eventually(async () => (await readiness(base)).status === 503, 'not ready without Redis, again');
    gateway.child.kill('SIGTERM');
    // 0, not 1: every close finished by itself; the bound (GATEWAY_CLOSE_TIMEOUT_SECONDS) would have exited with 1.
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
  });
});
