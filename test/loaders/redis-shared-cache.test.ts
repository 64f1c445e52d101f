/**
 * The loader cache's Redis second level, on a real Redis: replicas (loader caches of their own over
 * one Redis) read each other's loads, Dates survive, a load from before a change is never stored
 * after it, a replica waits for the refreshing replica instead of reading Feishu, and a Redis that
 * stops mid-run leaves reads working from the local cache and Feishu.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Process } from '../../src/domain/process.js';
import { createLoaderCache, type LoaderCache } from '../../src/loaders/loader-cache.js';
import { createLoaders, processRequest } from '../../src/loaders/loaders.js';
import { RedisSharedCache } from '../../src/loaders/redis-shared-cache.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { createFeishuClient, type FeishuClient } from '../../src/upstream/client.js';
import { graphql } from '../generated/index.js';
import { startGatewayHarness } from '../helpers/gateway-harness.js';
import { connect, deletePrefix, freePort, randomPrefix, REDIS_URL, redisAnswers } from '../helpers/redis.js';

const prefix = randomPrefix('shared-cache');
let sandbox: Sandbox;
let client: FeishuClient;
const opened: RedisSharedCache[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, processes: 20 });
  client = createFeishuClient({ baseUrl: sandbox.url, appId: sandbox.appId, appSecret: sandbox.appSecret });
});

afterAll(async () => {
  for (const shared of opened) shared.close();
  await client.close();
  await sandbox.close();
  const redis = connect();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

/** One replica's view: its own loader cache over the shared Redis level. */
function replica(url = REDIS_URL, keyPrefix = prefix): { shared: RedisSharedCache; cache: LoaderCache } {
  const shared = new RedisSharedCache({ redisUrl: url, keyPrefix });
  opened.push(shared);
  return { shared, cache: createLoaderCache({ shared }) };
}

const detailReads = (processId: string) =>
  sandbox.control.requests().filter((request) => request.endpoint === 'getProcess' && request.path.endsWith(processId)).length;

describe('RedisSharedCache', () => {
  it("gives one replica's read of a process to another, Dates included, without a second Feishu read", async () => {
    const [a, b] = [replica(), replica()];
    await Promise.all([a.shared.connect(), b.shared.connect()]);
    const processId = sandbox.control.processIds()[0]!;
    const first = (await a.cache.fetch(processRequest(client, processId))) as Process;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = (await b.cache.fetch(processRequest(client, processId))) as Process;
    expect(second).toEqual(first);
    expect(second.createdAt).toBeInstanceOf(Date);
    expect(detailReads(processId)).toBe(1);
    expect(b.cache.stats().shared).toEqual({ hits: 1, misses: 0 });
  });

  it('never stores a load that started before a change claimed the process', async () => {
    const { shared } = replica();
    await shared.connect();
    const before = await shared.read('process:race', 'process:race', false);
    expect(before.found).toBe(false);
    await shared.claim({ processId: 'race' }, 'change-1');
    if (before.found) throw new Error('unreachable');
    await shared.write('process:race', 'process:race', { stale: true }, 60_000, before.version!, false);
    expect((await shared.read('process:race', 'process:race', false)).found).toBe(false);
    const after = await shared.read('process:race', 'process:race', false);
    if (after.found) throw new Error('unreachable');
    await shared.write('process:race', 'process:race', { fresh: true }, 60_000, after.version!, false);
    expect(await shared.read('process:race', 'process:race', false)).toMatchObject({ found: true, value: { fresh: true } });
  });

  it('claims a change once however often it is heard (the same token twice, on two replicas)', async () => {
    const [a, b] = [replica(), replica()];
    await Promise.all([a.shared.connect(), b.shared.connect()]);
    const processId = sandbox.control.processIds()[1]!;
    await a.cache.fetch(processRequest(client, processId));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A hears the change first: it claims, drops its copy and reads the process again.
    await a.shared.claim({ processId }, 'event-1');
    a.cache.invalidateProcess(processId);
    await a.cache.fetch(processRequest(client, processId));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reads = detailReads(processId);
    await b.shared.claim({ processId }, 'event-1');
    await b.cache.fetch(processRequest(client, processId));
    expect(detailReads(processId)).toBe(reads);
  });

  it("waits for the claiming replica's refresh rather than reading Feishu itself", async () => {
    const [a, b] = [replica(), replica()];
    await Promise.all([a.shared.connect(), b.shared.connect()]);
    const processId = sandbox.control.processIds()[2]!;
    await a.shared.claim({ processId }, `change-${processId}`);
    const waiting = b.cache.fetch(processRequest(client, processId));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await a.cache.fetch(processRequest(client, processId));
    await waiting;
    expect(detailReads(processId)).toBe(1);
    expect(b.shared.waits).toBe(1);
    expect(b.cache.stats().shared.hits).toBe(1);
  });
});

describe('with Redis stopped mid-run', () => {
  let redis: ChildProcess | undefined;
  afterAll(() => {
    redis?.kill('SIGKILL');
  });

  it('keeps serving reads from the local cache and Feishu, without errors', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const shared = new RedisSharedCache({ redisUrl: url, keyPrefix: prefix });
    opened.push(shared);
    await shared.connect();
    const harness = await startGatewayHarness({ sandbox: { processes: 10 }, cache: { shared } });
    try {
      const [warm, cold] = harness.sandbox.control.processIds() as [string, string];
      const read = async (processId: string) =>
        harness.query(
          graphql(`
            query SharedCacheRead($processId: ID!) {
              process(processId: $processId) {
                processId
                status
              }
            }
          `),
          { processId },
        );
      expect((await read(warm)).data?.process?.processId).toBe(warm);
      expect(harness.gateway.cache.stats().shared.misses).toBe(1);

      const stopped = new Promise((resolve) => redis?.once('exit', resolve));
      redis.kill('SIGKILL');
      await stopped;
      harness.sandbox.control.resetCounts();

      // Warm from the local cache; cold from Feishu; each answered, without errors.
      for (const processId of [warm, cold, warm, cold]) {
        const answer = await read(processId);
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.process?.processId).toBe(processId);
      }
      expect(harness.calls()).toEqual({ getProcess: 1 });
      expect(shared.errors).toBeGreaterThan(0);
      const loaders = createLoaders(harness.client, harness.gateway.cache);
      await expect(loaders.approverTaskPage.load({ userId: harness.sandbox.sampleUserIds[0]!, pageSize: 10 })).resolves.toBeDefined();
    } finally {
      await harness.close();
    }
  });
});
