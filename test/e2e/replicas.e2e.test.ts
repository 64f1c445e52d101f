/**
 * Two gateway replicas (startApp twice) on one Redis and one Feishu sandbox: events pushed to either
 * replica reach subscribers on both, over SSE and WebSocket, exactly once; cursors resume on any
 * replica and across restarts; forged pushes never reach anyone; caches drop on both replicas.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxUser } from '../../src/sandbox/types.js';
import { EVENT_TYPES } from '../../src/upstream/wire.js';
import { ApproverTasksChangedDocument, ApproveTaskDocument, ProcessEventsDocument } from '../../src/generated/graphql.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { GENEROUS } from '../helpers/budgets.js';
import { InboxProcessIdsDocument, ProcessStatusDocument } from '../helpers/documents.js';
import { envelope, sealedPush, send, type Push } from '../helpers/push.js';
import { randomPrefix, REDIS_URL } from '../helpers/redis.js';
import { subscribeOver, until, type Feed, type Transport } from '../helpers/subscription-clients.js';
import { taskHandedOnProcess, usersByFewestTasks } from '../helpers/sandbox-fixtures.js';
import { dataOf, postOperation } from '../helpers/typed-operations.js';
import { closeFleet } from './support/fleet.js';

const prefix = randomPrefix('replicas');
const config = loadConfig({ PORT: '0', REDIS_URL, LOG_LEVEL: 'silent' });

let sandbox: Sandbox;
let a: App;
let b: App;
const apps = new Set<App>();

async function startReplica(): Promise<App> {
  const app = await startApp({ config, logger: silentLogger, sandbox, redisKeyPrefix: prefix, budgets: GENEROUS });
  apps.add(app);
  return app;
}

async function stopReplica(app: App): Promise<void> {
  apps.delete(app);
  await app.close();
}

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, processes: 30, duplicateRate: 1, encryptEvents: true, retryTimeScale: 0.001 });
  a = await startReplica();
  b = await startReplica();
  sandbox.setWebhookUrl(`${a.gateway.url}/webhook/feishu`);
});

afterAll(() => closeFleet(apps, sandbox, prefix));

type Delivered = ResultOf<typeof ProcessEventsDocument>;

let feeds: Feed<Delivered>[] = [];
/** What a service subscribes with: the product's ProcessEvents operation. */
function subscribe(app: App, transport: Transport, processId: string, after?: string): Feed<Delivered> {
  const feed = subscribeOver(transport, app.gateway.graphqlUrl, ProcessEventsDocument, { processIds: [processId], after });
  feeds.push(feed);
  return feed;
}

async function served(app: App, count: number): Promise<void> {
  await until(() => app.gateway.activeSubscriptions() === count, `${count} subscriptions served`);
}

afterEach(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  feeds = [];
  for (const app of apps) await served(app, 0);
});

const eventIds = (feed: Feed<Delivered>) => feed.results.map((result) => result.data?.processEvents.eventId);
const newId = () => randomBytes(16).toString('hex');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A status-change push as Feishu sends it with this sandbox's credentials: encrypted and signed. */
function statusPush(processId: string, eventId: string, options: { token?: string; timestamp?: number } = {}): Push {
  const plaintext = JSON.stringify(
    envelope(
      EVENT_TYPES.statusUpdate,
      { process_id: processId, status: 9, biz_type: 'leave_application', flow_definition_id: 'people_1_2', properties: 1 },
      { event_id: eventId, token: options.token ?? sandbox.verificationToken, app_id: sandbox.appId },
    ),
  );
  return sealedPush(plaintext, sandbox.encryptKey, options.timestamp ?? nowSeconds(), newId());
}

async function post(app: App, push: Push): Promise<number> {
  return (await send(`${app.gateway.url}/webhook/feishu`, push)).status;
}

/** Posts events (acknowledged with 200 each) and returns their ids. */
async function postEvents(app: App, processId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = newId();
    expect(await post(app, statusPush(processId, id))).toBe(200);
    ids.push(id);
  }
  return ids;
}

describe('two replicas on one Redis', () => {
  describe('event stream protocol § Ordering and deduplication', () => {
    it('an event posted to A reaches an SSE subscriber on B and a WebSocket subscriber on A, once each', async () => {
      const processId = `fan-out-${newId()}`;
      const onB = subscribe(b, 'sse', processId);
      const onA = subscribe(a, 'ws', processId);
      await Promise.all([served(a, 1), served(b, 1)]);
      const [event, sentinel] = await postEvents(a, processId, 2);
      await Promise.all([onB.waitFor(2), onA.waitFor(2)]);
      expect(eventIds(onB)).toEqual([event, sentinel]);
      expect(eventIds(onA)).toEqual([event, sentinel]);
    });

    it('the same event_id posted to both replicas is delivered once', async () => {
      const processId = `dedup-${newId()}`;
      const onB = subscribe(b, 'sse', processId);
      const onA = subscribe(a, 'ws', processId);
      await Promise.all([served(a, 1), served(b, 1)]);
      const eventId = newId();
      expect(await post(a, statusPush(processId, eventId))).toBe(200);
      expect(await post(b, statusPush(processId, eventId))).toBe(200);
      const [sentinel] = await postEvents(b, processId, 1);
      await Promise.all([onB.waitFor(2), onA.waitFor(2)]);
      expect(eventIds(onB)).toEqual([eventId, sentinel]);
      expect(eventIds(onA)).toEqual([eventId, sentinel]);
    });
  });

  describe('event stream protocol § Resume', () => {
    it('a subscriber that disconnects resumes on the other replica with exactly the events it missed, then live ones', async () => {
      const processId = `resume-${newId()}`;
      const first = subscribe(b, 'sse', processId);
      await served(b, 1);
      const seen = await postEvents(a, processId, 2);
      await first.waitFor(2);
      const lastCursor = first.results[1]?.data?.processEvents.cursor;
      await first.close();
      await served(b, 0);

      const missed = await postEvents(a, processId, 2);
      const resumed = subscribe(a, 'ws', processId, lastCursor);
      await resumed.waitFor(2);
      const live = await postEvents(b, processId, 1);
      await resumed.waitFor(3);
      expect(eventIds(first)).toEqual(seen);
      expect(eventIds(resumed)).toEqual([...missed, ...live]);
    });
  });

  describe('event stream protocol § Acknowledgements', () => {
    it('a replica restarted between events loses none that were acknowledged', async () => {
      const processId = `restart-${newId()}`;
      const before = subscribe(b, 'sse', processId);
      await served(b, 1);
      await postEvents(b, processId, 1);
      const [{ data } = {}] = await before.waitFor(1);
      const cursor = data?.processEvents.cursor;

      sandbox.setWebhookUrl(`${b.gateway.url}/webhook/feishu`);
      await stopReplica(a);
      const whileDown = await postEvents(b, processId, 2);
      a = await startReplica();
      sandbox.setWebhookUrl(`${a.gateway.url}/webhook/feishu`);

      const after = subscribe(a, 'ws', processId, cursor);
      await after.waitFor(2);
      const live = await postEvents(a, processId, 1);
      await after.waitFor(3);
      expect(eventIds(after)).toEqual([...whileDown, ...live]);
    });

    it('refuses forged, replayed, malformed and oversized pushes, and no subscriber ever sees them', async () => {
      const processId = `forged-${newId()}`;
      const onB = subscribe(b, 'sse', processId);
      const onA = subscribe(a, 'ws', processId);
      await Promise.all([served(a, 1), served(b, 1)]);

      const tampered = statusPush(processId, newId());
      const badSignature = { ...tampered, headers: { ...tampered.headers, 'x-lark-signature': '0'.repeat(64) } };
      const oversized = statusPush(processId, newId());
      oversized.body = JSON.stringify({ encrypt: 'A'.repeat(1_100_000) });
      const refusals: [string, Push, number][] = [
        ['a bad signature', badSignature, 401],
        ['a wrong verification token', statusPush(processId, newId(), { token: 'not-the-token' }), 401],
        ['a replay (timestamp 10 minutes old)', statusPush(processId, newId(), { timestamp: nowSeconds() - 600 }), 401],
        ['a malformed body', { body: '{"encrypt": 42', headers: tampered.headers }, 400],
        ['an oversized body', oversized, 413],
      ];
      for (const [name, push, status] of refusals) expect([name, await post(a, push)]).toEqual([name, status]);

      const [sentinel] = await postEvents(a, processId, 1);
      await Promise.all([onB.waitFor(1), onA.waitFor(1)]);
      expect(eventIds(onB)).toEqual([sentinel]);
      expect(eventIds(onA)).toEqual([sentinel]);
    });
  });

  describe('event stream protocol § Ordering and deduplication', () => {
    it("the sandbox's own pushes, each sent twice, are delivered once on both replicas, and `process` shows the new state", async () => {
      const processId = sandbox.control.createProcess({ emitEvents: false });
      for (const app of [a, b]) {
        expect(await postOperation(app.gateway.graphqlUrl, ProcessStatusDocument, { processId })).toEqual({
          data: { process: { processId, status: 'IN_PROGRESS' } },
        });
      }
      const onB = subscribe(b, 'sse', processId);
      const onA = subscribe(a, 'ws', processId);
      await Promise.all([served(a, 1), served(b, 1)]);

      await a.client.withdrawProcess({ processId, actor: { kind: 'system' } });
      await sandbox.control.flushEvents();
      const pushes = sandbox.control.pushedEvents().filter((push) => push.processId === processId);
      expect(pushes.some((push) => push.duplicate && push.delivered)).toBe(true);
      const distinct = [...new Set(pushes.filter((push) => push.delivered).map((push) => push.eventId))];
      expect(distinct.length).toBeGreaterThan(1);

      const [sentinel] = await postEvents(b, processId, 1);
      await Promise.all([onB.waitFor(distinct.length + 1), onA.waitFor(distinct.length + 1)]);
      for (const feed of [onA, onB]) {
        expect(eventIds(feed)).toEqual([...distinct, sentinel]);
        expect(new Set(feed.results.map((result) => result.data?.processEvents.process?.status))).toEqual(new Set(['WITHDRAWN']));
      }
    });
  });

  describe('event stream protocol § Freshness', () => {
    it("an event learned by A drops B's cached copy: the fleet reads the changed process once", async () => {
      const processId = sandbox.control.createProcess({ emitEvents: false });
      const read = async (app: App) => {
        expect(await postOperation(app.gateway.graphqlUrl, ProcessStatusDocument, { processId })).toEqual({
          data: { process: { processId, status: 'IN_PROGRESS' } },
        });
      };
      await read(b);
      await read(b);
      // Counted at each replica's own client and for this process only (replicas may be refreshing processes of earlier tests).
      const reads = [vi.spyOn(a.client, 'getProcess'), vi.spyOn(b.client, 'getProcess')];
      const invalidations = b.gateway.cache.stats().invalidations;

      await postEvents(a, processId, 1);
      await until(() => b.gateway.cache.stats().invalidations > invalidations, "B's invalidation");
      await read(b);
      await read(b);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [onA, onB] = reads.map((spy) => spy.mock.calls.filter(([id]) => id === processId).length);
      // One read for the fleet: A holds nothing of the process, so B, which does, reads it (and would share it through Redis).
      expect({ onA, onB }).toEqual({ onA: 0, onB: 1 });
      for (const spy of reads) spy.mockRestore();
    });
    it("a user who gains a task through a change A learned sees it in B's cached inbox before the TTL", async () => {
      const [first, second, initiator] = usersByFewestTasks(sandbox) as [SandboxUser, SandboxUser, SandboxUser];
      const processId = taskHandedOnProcess(sandbox, initiator.openId, first.openId, second.openId);
      const inbox = async (app: App): Promise<string[]> => {
        const data = await dataOf(app.gateway.graphqlUrl, InboxProcessIdsDocument, { u: second.openId });
        return data.approverTasks.edges.flatMap((edge) => (edge.node ? [edge.node.process.processId] : []));
      };
      expect(await inbox(b)).not.toContain(processId);
      const told = subscribeOver('sse', b.gateway.graphqlUrl, ApproverTasksChangedDocument, { userId: second.openId });
      await served(b, 1);
      const listedBefore = b.client.stats.calls.listApprovers;
      expect(await inbox(b)).not.toContain(processId);
      expect(b.client.stats.calls.listApprovers).toBe(listedBefore);

      const approverId = sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
      const approved = await dataOf(a.gateway.graphqlUrl, ApproveTaskDocument, {
        processId,
        approverId: approverId!,
        actorId: first.openId,
      });
      expect(approved.approveTask.__typename).toBe('ApproveTaskSuccess');

      let seen: string[] = [];
      const deadline = Date.now() + 5_000;
      while (!seen.includes(processId) && Date.now() < deadline) {
        seen = await inbox(b);
        if (!seen.includes(processId)) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen).toContain(processId);
      const [heard] = await told.waitFor(1);
      expect(heard?.data?.approverTasksChanged.userId).toBe(second.openId);
      await told.close();
    });
  });
});
