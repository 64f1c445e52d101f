/**
 * The composed gateway in real mode (Feishu credentials, here the simulator's): the authenticator and
 * the CORS list come from the environment, as `npm start` builds them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { startSandbox } from '../src/sandbox/index.js';
import type { Sandbox } from '../src/sandbox/types.js';
import { feishuEnvOf } from './helpers/sandbox-env.js';

const READER_KEY = 'reports-0123456789abcdef';
let sandbox: Sandbox;
let app: App;

beforeAll(async () => {
  sandbox = await startSandbox({ processes: 10, rateLimits: false });
  const config = loadConfig({
    PORT: '0',
    ...feishuEnvOf(sandbox),
    GATEWAY_API_KEYS: JSON.stringify([{ name: 'reports', key: READER_KEY, scopes: ['process:read'] }]),
    GATEWAY_CORS_ORIGINS: 'https://hr.example.com',
  });
  expect(config.sandbox).toBe(false);
  expect(config.auth).toBe(true);
  app = await startApp({ config, logger: silentLogger });
});

afterAll(async () => {
  await app?.close();
  await sandbox?.close();
});

describe('startApp with caller authentication from the environment', () => {
  it('refuses the unnamed and serves a configured key, with CORS for the configured origin only', async () => {
    const processId = sandbox.control.processIds()[0]!;
    const ask = (headers: Record<string, string>) =>
      fetch(app.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `{ process(processId: "${processId}") { processId } }` }),
      });
    sandbox.control.resetCounts();
    const refused = await ask({ origin: 'https://hr.example.com' });
    expect(refused.status).toBe(401);
    expect(sandbox.control.callCounts().getProcess).toBe(0);
    const served = await ask({ 'x-api-key': READER_KEY, origin: 'https://hr.example.com' });
    expect(await served.json()).toEqual({ data: { process: { processId } } });
    expect(served.headers.get('access-control-allow-origin')).toBe('https://hr.example.com');
    expect(app.sandboxCallers).toBeUndefined();
  });
});
