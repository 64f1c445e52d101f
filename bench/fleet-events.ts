/** Shared by the fleet benchmarks: replicas on one sandbox and Redis, and Feishu-style event pushes to them. */
import { randomBytes } from 'node:crypto';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Sandbox } from '../src/sandbox/index.js';
import { EVENT_TYPES } from '../src/upstream/wire.js';
import { GENEROUS } from '../test/helpers/budgets.js';
import { envelope, sealedPush, send } from '../test/helpers/push.js';
import { connect, deletePrefix, randomPrefix, REDIS_URL } from '../test/helpers/redis.js';

export interface Fleet {
  replicas: App[];
  close(): Promise<void>;
}

/** `count` replicas on one Redis (a prefix of their own) and the sandbox; or one in memory when `redis` is false. */
/** `feishuBudgets`: Feishu's real call budgets rather than ones no benchmark reaches (what a flood of events would meet). */
export async function startFleet(
  sandbox: Sandbox,
  count: number,
  options: { redis: boolean; sharedCache?: boolean; feishuBudgets?: boolean },
): Promise<Fleet> {
  const prefix = randomPrefix('bench-fleet');
  // Every benchmark client connects from loopback, so all are one anonymous caller: the per-caller
  // subscription cap (100 by default) would refuse the subscribers benchmark's 1,000 streams.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER: '1000000',
    ...(options.redis ? { REDIS_URL } : {}),
  });
  const replicas: App[] = [];
  for (let i = 0; i < count; i++) {
    replicas.push(
      await startApp({
        config,
        logger: silentLogger,
        sandbox,
        redisKeyPrefix: prefix,
        budgets: options.feishuBudgets ? undefined : GENEROUS,
        sharedCache: options.sharedCache,
      }),
    );
  }
  return {
    replicas,
    async close() {
      for (const app of replicas) await app.close();
      if (options.redis) {
        const redis = connect();
        await deletePrefix(redis, prefix).finally(() => redis.quit());
      }
    },
  };
}

/** A comment event about the process, pushed to the replica's webhook as Feishu pushes it (encrypted, signed). */
export async function pushCommentEvent(app: App, sandbox: Sandbox, processId: string): Promise<void> {
  const plaintext = JSON.stringify(
    envelope(
      EVENT_TYPES.commentUpdated,
      { process_id: processId, comment_id: randomBytes(4).toString('hex'), type: 1 },
      { token: sandbox.verificationToken, app_id: sandbox.appId },
    ),
  );
  const answer = await send(
    `${app.gateway.url}/webhook/feishu`,
    sealedPush(plaintext, sandbox.encryptKey, Math.floor(Date.now() / 1000), randomBytes(8).toString('hex')),
  );
  if (answer.status !== 200) throw new Error(`the webhook answered ${answer.status}`);
}

/** Sandbox reads of this process's detail since `since` (epoch ms), by any replica. */
export function detailReads(sandbox: Sandbox, processId: string, since: number): number {
  return sandbox.control
    .requests()
    .filter((request) => request.endpoint === 'getProcess' && request.path.endsWith(processId) && request.at >= since).length;
}
