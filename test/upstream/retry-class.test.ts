/**
 * Retries are background work: the first attempt of a read spends its caller's interactive budget, every
 * attempt after it asks the limiter as background (so it can never spend the reserve kept for clients).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import type { Endpoint } from '../../src/upstream/api.js';
import { FEISHU_BUDGETS } from '../../src/upstream/budgets.js';
import { createFeishuClient, type FeishuClient } from '../../src/upstream/client.js';
import type { Spender } from '../../src/upstream/fair-shares.js';
import { MemoryRateLimiter, type RateLimiter } from '../../src/upstream/rate-limiter.js';

let sandbox: Sandbox;
let client: FeishuClient;
const asked: { endpoint: Endpoint; spender: Spender | undefined }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, processes: 5 });
  const limiter = new MemoryRateLimiter(FEISHU_BUDGETS);
  const recording: RateLimiter = {
    acquire: (endpoint, deadline, spender) => {
      asked.push({ endpoint, spender });
      return limiter.acquire(endpoint, deadline, spender);
    },
  };
  client = createFeishuClient({
    baseUrl: sandbox.url,
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    limiter: recording,
    retry: { maxAttempts: 3, baseDelayMs: 1 },
  });
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

describe('retries', () => {
  it('ask for budget as background work, for the same caller', async () => {
    sandbox.control.injectFault({ endpoint: 'getProcess', status: 500, times: 2 });
    const processId = sandbox.control.processIds()[0] as string;
    expect(await client.getProcess(processId, { caller: 'jwt:someone' })).toMatchObject({ processId });
    expect(sandbox.control.callCounts().getProcess).toBe(3);
    expect(asked.filter((each) => each.endpoint === 'getProcess').map((each) => each.spender)).toEqual([
      { caller: 'jwt:someone', callClass: undefined },
      { caller: 'jwt:someone', callClass: 'background' },
      { caller: 'jwt:someone', callClass: 'background' },
    ]);
  });
});
