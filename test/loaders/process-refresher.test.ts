import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaderCache } from '../../src/loaders/loader-cache.js';
import { createLoaders, PROCESS_READ_ID_TYPE } from '../../src/loaders/loaders.js';
import { createProcessRefresher } from '../../src/loaders/process-refresher.js';
import { userKey } from '../../src/loaders/loader-cache.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { createFeishuClient, type FeishuClient } from '../../src/upstream/client.js';

let sandbox: Sandbox;
let client: FeishuClient;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, processes: 20 });
  client = createFeishuClient({ baseUrl: sandbox.url, appId: sandbox.appId, appSecret: sandbox.appSecret });
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('process refresher', () => {
  it('reads a process once for a burst of changes', async () => {
    const cache = createLoaderCache();
    const refresher = createProcessRefresher({ api: client, cache, debounceMs: 30 });
    const processId = sandbox.control.createProcess({ emitEvents: false });
    sandbox.control.resetCounts();
    for (let i = 0; i < 5; i++) refresher.schedule(processId);
    await settle(200);
    expect(sandbox.control.callCounts().getProcess).toBe(1);
    refresher.close();
  });

  it('tells who holds tasks on a process read after its invalidation, so other replicas drop their lists', async () => {
    const learned: (readonly string[])[] = [];
    const cache = createLoaderCache({ onOperatorsLearned: (users) => learned.push(users) });
    const users = sandbox.control.users();
    const [initiator, approver] = [users[0]!, users[1]!];
    const processId = sandbox.control.createProcess({
      initiator: initiator.openId,
      emitEvents: false,
      nodes: [{ mode: 'OR', approvers: [approver.openId], state: 'pending' }],
    });
    await createLoaders(client, cache).process.load(processId);
    expect(learned).toEqual([]);

    cache.invalidateProcess(processId);
    const refresher = createProcessRefresher({ api: client, cache, debounceMs: 10 });
    refresher.schedule(processId);
    await settle(200);
    expect(learned).toHaveLength(1);
    expect(learned[0]).toEqual(
      expect.arrayContaining([userKey(PROCESS_READ_ID_TYPE, initiator.openId), userKey(PROCESS_READ_ID_TYPE, approver.openId)]),
    );
    refresher.close();
  });

  it('gives up quietly when the process cannot be read in time', async () => {
    const cache = createLoaderCache();
    const refresher = createProcessRefresher({ api: client, cache, debounceMs: 10, deadlineMs: 50 });
    sandbox.control.injectFault({ endpoint: 'getProcess', latencyMs: 500, times: 1 });
    refresher.schedule(sandbox.control.processIds()[0]!);
    await settle(300);
    expect(cache.stats().entries).toBe(0);
    sandbox.control.clearFaults();
    refresher.close();
  });
});
