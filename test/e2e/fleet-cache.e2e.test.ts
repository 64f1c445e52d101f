/**
 * Two replicas (startApp twice) on one Redis and one sandbox, with their result caches and the shared
 * second level: warm answers on both, and after a change (an event to either replica, or an own
 * mutation) the next answers are fresh on both, for one get-process call across the two. Calls are
 * counted at the sandbox, for the test's own process only.
 */
import { randomBytes } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ApproveTaskDocument } from '../../src/generated/graphql.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxUser } from '../../src/sandbox/types.js';
import { EVENT_TYPES } from '../../src/upstream/wire.js';
import { graphql } from '../generated/index.js';
import { GENEROUS } from '../helpers/budgets.js';
import { envelope, sealedPush, send } from '../helpers/push.js';
import { randomPrefix, REDIS_URL } from '../helpers/redis.js';
import { dataOf } from '../helpers/typed-operations.js';
import { closeFleet } from './support/fleet.js';

const prefix = randomPrefix('fleet-cache');
const config = loadConfig({ PORT: '0', REDIS_URL, LOG_LEVEL: 'silent' });

let sandbox: Sandbox;
let a: App;
let b: App;

beforeAll(async () => {
  // No webhook URL: the sandbox's own pushes go nowhere, so each test says exactly which change happened.
  sandbox = await startSandbox({ rateLimits: false, processes: 20, encryptEvents: true });
  a = await startApp({ config, logger: silentLogger, sandbox, redisKeyPrefix: prefix, budgets: GENEROUS });
  b = await startApp({ config, logger: silentLogger, sandbox, redisKeyPrefix: prefix, budgets: GENEROUS });
});

afterAll(() => closeFleet([a, b], sandbox, prefix));

// Alike in form to other tests' process reads, but its own selection: what a replica caches (comments, tasks).
const READ = graphql(`
  query FleetRead($id: ID!) {
    process(processId: $id) {
      ...ProcessState
      comments {
        message
      }
      approverTasks {
        approverId
        status
      }
    }
  }
`);
type Read = ResultOf<typeof READ>;

const read = (app: App, processId: string) => dataOf(app.gateway.graphqlUrl, READ, { id: processId });

/** Sandbox reads of this process's detail, by any replica, since `since` (ms). */
function detailReads(processId: string, since: number): number {
  return sandbox.control
    .requests()
    .filter((request) => request.endpoint === 'getProcess' && request.path.endsWith(processId) && request.at >= since).length;
}

/** Reads on both replicas until `fresh` holds on both (bounded); the time it took. */
async function untilFreshOnBoth(processId: string, fresh: (answer: Read) => boolean): Promise<number> {
  const started = Date.now();
  for (const app of [a, b]) {
    while (!fresh(await read(app, processId))) {
      if (Date.now() - started > 5_000) throw new Error('the change never showed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return Date.now() - started;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

function commentPush(processId: string): ReturnType<typeof sealedPush> {
  const plaintext = JSON.stringify(
    envelope(
      EVENT_TYPES.commentUpdated,
      { process_id: processId, comment_id: randomBytes(4).toString('hex'), type: 1 },
      { token: sandbox.verificationToken, app_id: sandbox.appId },
    ),
  );
  return sealedPush(plaintext, sandbox.encryptKey, Math.floor(Date.now() / 1000), randomBytes(8).toString('hex'));
}

describe('two replicas sharing the cache through Redis', () => {
  it('answer warm repeats from their result caches with no upstream call', async () => {
    const processId = sandbox.control.createProcess({ emitEvents: false });
    await read(a, processId);
    await read(b, processId);
    const since = Date.now();
    const hits = [a.gateway.resultCache!.stats().hits, b.gateway.resultCache!.stats().hits];
    for (let i = 0; i < 3; i++) await Promise.all([read(a, processId), read(b, processId)]);
    expect(detailReads(processId, since)).toBe(0);
    expect(a.gateway.resultCache!.stats().hits - hits[0]!).toBe(3);
    expect(b.gateway.resultCache!.stats().hits - hits[1]!).toBe(3);
  });

  it.each(['A', 'B'])(
    'after an event to %s, the next answers are fresh on both replicas, for exactly one get-process call across the two',
    async (name) => {
      const [commentor] = sandbox.control.users() as [SandboxUser];
      const processId = sandbox.control.createProcess({ emitEvents: false });
      await Promise.all([read(a, processId), read(b, processId)]);
      const message = `hello ${randomBytes(4).toString('hex')}`;
      sandbox.control.addComment(processId, commentor.openId, message);
      const since = Date.now();

      const told = name === 'A' ? a : b;
      expect((await send(`${told.gateway.url}/webhook/feishu`, commentPush(processId))).status).toBe(200);
      await untilFreshOnBoth(processId, (answer) => answer.process?.comments.some((comment) => comment?.message === message) === true);
      await settle();
      expect(detailReads(processId, since)).toBe(1);
    },
  );

  it("after A's own mutation, the next answers are fresh on both replicas, for exactly one get-process call across the two", async () => {
    const [approver, initiator] = sandbox.control.users() as [SandboxUser, SandboxUser];
    const processId = sandbox.control.createProcess({
      initiator: initiator.openId,
      emitEvents: false,
      nodes: [{ mode: 'OR', approvers: [approver.openId], state: 'pending' }],
    });
    const before = await read(b, processId);
    await read(a, processId);
    const approverId = before.process?.approverTasks.find((task) => task.status === 'IN_PROGRESS')?.approverId;
    const since = Date.now();

    // The product's own example operation, as a frontend sends it.
    const approved = await dataOf(a.gateway.graphqlUrl, ApproveTaskDocument, {
      processId,
      approverId: approverId!,
      actorId: approver.openId,
    });
    expect(approved.approveTask).toMatchObject({ __typename: 'ApproveTaskSuccess', process: { processId, status: 'COMPLETED' } });
    await untilFreshOnBoth(processId, (answer) => answer.process?.status === 'COMPLETED');
    await settle();
    expect(detailReads(processId, since)).toBe(1);
  });
});
