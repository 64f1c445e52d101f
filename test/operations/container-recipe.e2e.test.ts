/**
 * The container image's recipe, proven without a Docker engine: the Dockerfile's steps performed on a
 * clean copy of the repository (its build context), then the image's CMD started with Feishu
 * credentials pointing at a simulator, queried, health-checked with the image's HEALTHCHECK, and
 * stopped with its STOPSIGNAL. Slow (two `npm ci`): one run for the whole file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { performDockerfile, type BuiltImage } from './support/dockerfile.js';
import { cleanEnv, killStartedProcessesAfterAll, postGraphQL, startProcess, type RunningProcess } from '../helpers/gateway-process.js';
import { feishuEnvOf } from '../helpers/sandbox-env.js';

const REPO = resolve(import.meta.dirname, '../..');
const BUILD_TIMEOUT_MS = 8 * 60_000;
const TRACING_SDK = ['@opentelemetry/sdk-trace-node', '@opentelemetry/exporter-trace-otlp-http', '@opentelemetry/resources'];

killStartedProcessesAfterAll();

const SERVICE_KEY = 'container-recipe-service-key-0123456789';

describe('the container image (Dockerfile performed step by step)', () => {
  let scratch: string;
  let image: BuiltImage;
  let sandbox: Sandbox;
  let gateway: RunningProcess;
  let baseUrl: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'gateway-image-'));
    image = performDockerfile(REPO, scratch);
    // The simulator ships in dist/ for `npm start`, and the tracing SDK is a production dependency for
    // when OTEL_EXPORTER_OTLP_ENDPOINT is set; a production process without tracing must load neither:
    // they are removed, and nothing may miss them.
    for (const unused of ['dist/sandbox', ...TRACING_SDK.map((name) => `node_modules/${name}`)]) {
      if (!existsSync(join(image.workdir, unused))) throw new Error(`the image lacks ${unused}`);
      rmSync(join(image.workdir, unused), { recursive: true });
    }
    sandbox = await startSandbox({ processes: 40, rateLimits: false });
    gateway = startProcess(image.cmd[0]!, image.cmd.slice(1), {
      cwd: image.workdir,
      env: cleanEnv({
        ...image.env,
        // Loopback only here, and a free port; everything else as the image sets it.
        HOST: '127.0.0.1',
        PORT: '0',
        ...feishuEnvOf(sandbox),
        // As production runs it: caller authentication on, one service key.
        GATEWAY_API_KEYS: JSON.stringify([{ name: 'container-check', key: SERVICE_KEY, scopes: ['process:read'] }]),
      }),
    });
    const listening = await gateway.waitForLog((line) => line.msg === 'gateway listening');
    baseUrl = String(listening['url']).replace(/\/graphql$/, '');
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (gateway && gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
    await sandbox?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('runs as a non-root user, with node itself as the command and the gateway bound to every interface', () => {
    expect(image.user).toBeDefined();
    expect(image.user).not.toMatch(/^(root|0)$/);
    expect(image.cmd).toEqual(['node', 'dist/main.js']);
    expect(image.env['HOST']).toBe('0.0.0.0');
    expect(image.stopSignal).toBe('SIGTERM');
  });

  it('holds the build output and production dependencies only: no sources, no dev dependencies', () => {
    expect(existsSync(join(image.workdir, 'dist/main.js'))).toBe(true);
    expect(existsSync(join(image.workdir, 'dist/operations/Inbox.graphql'))).toBe(true);
    expect(existsSync(join(image.workdir, 'src'))).toBe(false);
    for (const dev of ['tsx', 'typescript', 'vitest', '@graphql-codegen/cli', 'playwright-core']) {
      expect(existsSync(join(image.workdir, 'node_modules', dev)), dev).toBe(false);
    }
    for (const runtime of ['graphql-yoga', 'prom-client', 'pino', 'ioredis']) {
      expect(existsSync(join(image.workdir, 'node_modules', runtime)), runtime).toBe(true);
    }
  });

  it("serves a query against Feishu (the simulator) from dist/, without the simulator's code or the tracing SDK", async () => {
    const processId = sandbox.control.createProcess({});
    const query = { query: `{ process(processId: "${processId}") { processId status } }` };
    expect((await postGraphQL(`${baseUrl}/graphql`, query)).status).toBe(401);
    const answer = await postGraphQL(`${baseUrl}/graphql`, query, { authorization: `Bearer ${SERVICE_KEY}` });
    expect(answer.body).toEqual({ data: { process: { processId, status: 'IN_PROGRESS' } } });
    expect(sandbox.control.callCounts().getProcess).toBeGreaterThanOrEqual(1);
  });

  it('passes its own HEALTHCHECK', () => {
    const port = new URL(baseUrl).port;
    const check = spawnSync(image.healthcheck![0]!, image.healthcheck!.slice(1), {
      env: cleanEnv({ PORT: port }),
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(check.status).toBe(0);
  });

  it('drains and exits 0 on its STOPSIGNAL', async () => {
    gateway.child.kill(image.stopSignal as NodeJS.Signals);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
  });
});
