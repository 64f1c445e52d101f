/**
 * Whole gateways (`startApp`) receiving the simulator's events over the long connection: to SSE and
 * WebSocket subscribers once, alongside the webhook in `both` mode without duplicates, with a
 * refusal shown on /readyz and /metrics, and across replicas on one Redis, each holding its own
 * connection to which the simulator sends each event at random.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig, type EventMode } from '../../src/config.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import type { Sandbox, SandboxEventDelivery, SandboxUser } from '../../src/sandbox/types.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { GENEROUS } from '../helpers/budgets.js';
import { ProcessStatusDocument } from '../helpers/documents.js';
import { captureLogs, startLongConnectionSandbox } from '../helpers/long-connection.js';
import { randomPrefix, REDIS_URL } from '../helpers/redis.js';
import { subscribeOver, until, type Feed, type Transport } from '../helpers/subscription-clients.js';
import { dataOf } from '../helpers/typed-operations.js';
import { closeFleet } from './support/fleet.js';

// Only what the events carry: a `process` field would add reads of its own to the counts below.
const EVENTS = graphql(`
  subscription EventIdsAndTypes($filter: ProcessEventFilter) {
    processEvents(filter: $filter) {
      eventId
      type
    }
  }
`);

type Delivered = ResultOf<typeof EVENTS>;

let feeds: Feed<Delivered>[] = [];
const apps: App[] = [];
const sandboxes: Sandbox[] = [];

afterEach(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  feeds = [];
  for (const app of apps.splice(0)) await app.close();
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function simulator(delivery: SandboxEventDelivery): Promise<Sandbox> {
  const sandbox = await startLongConnectionSandbox({ eventDelivery: delivery });
  sandboxes.push(sandbox);
  return sandbox;
}

async function gateway(sandbox: Sandbox, mode: EventMode, logger: Logger = silentLogger): Promise<App> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', FEISHU_EVENT_MODE: mode });
  const app = await startApp({ config, logger, sandbox, budgets: GENEROUS });
  apps.push(app);
  return app;
}

function subscribe(app: App, transport: Transport, processId: string): Feed<Delivered> {
  const feed = subscribeOver(transport, app.gateway.graphqlUrl, EVENTS, { filter: { processIds: [processId] } });
  feeds.push(feed);
  return feed;
}

async function ready(app: App): Promise<void> {
  await until(
    () => app.longConnection?.readiness() === undefined && app.longConnection?.stats().state === 'connected',
    'the long connection',
  );
}

const eventIds = (feed: Feed<Delivered>) => feed.results.map((result) => result.data?.processEvents.eventId);
const commentor = (sandbox: Sandbox): SandboxUser => sandbox.control.users()[0]!;

/** `count` comment events on one process, settled by the simulator; their ids in order. */
async function comments(sandbox: Sandbox, processId: string, count: number): Promise<string[]> {
  for (let i = 0; i < count; i++) sandbox.control.addComment(processId, commentor(sandbox).openId, `comment ${i}`);
  await sandbox.control.flushEvents();
  return [
    ...new Set(
      sandbox.control
        .pushedEvents()
        .filter((push) => push.processId === processId)
        .map((push) => push.eventId),
    ),
  ];
}

describe('event stream protocol § Acknowledgements: FEISHU_EVENT_MODE=long-connection', () => {
  it('delivers an event acknowledged after recording to SSE and WebSocket subscribers once, with no webhook route', async () => {
    const sandbox = await simulator('long-connection');
    const app = await gateway(sandbox, 'long-connection');
    await ready(app);
    expect((await fetch(`${app.gateway.url}/readyz`)).status).toBe(200);
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const onSse = subscribe(app, 'sse', processId);
    const onWs = subscribe(app, 'ws', processId);
    await until(() => app.gateway.activeSubscriptions() === 2, 'both subscriptions');

    const [eventId] = await comments(sandbox, processId, 1);
    await Promise.all([onSse.waitFor(1), onWs.waitFor(1)]);
    expect(eventIds(onSse)).toEqual([eventId]);
    expect(eventIds(onWs)).toEqual([eventId]);
    expect(sandbox.control.longConnectionStats().acks).toEqual({ '200': 1 });

    const webhook = await fetch(`${app.gateway.url}/webhook/feishu`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(webhook.status).toBe(404);
    const metrics = await (await fetch(`${app.gateway.url}/metrics`)).text();
    expect(metrics).toContain('feishu_gateway_long_connection_state{state="connected"} 1');
    expect(metrics).toContain('feishu_gateway_long_connection_events_received_total 1');
    expect(metrics).toContain('feishu_gateway_long_connection_acks_total{code="200"} 1');
    expect(metrics).toContain('feishu_gateway_long_connection_reconnects_total 0');
  });

  it('on refused credentials keeps serving: /healthz 200, /readyz 503 saying why, one log line, failed in /metrics', async () => {
    const sandbox = await simulator('long-connection');
    sandbox.control.refuseDiscovery(514);
    const { logger, lines } = captureLogs();
    const app = await gateway(sandbox, 'long-connection', logger);
    await until(() => app.longConnection?.stats().state === 'failed', 'the refusal');

    expect((await fetch(`${app.gateway.url}/healthz`)).status).toBe(200);
    const readyz = await fetch(`${app.gateway.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'not ready', reasons: ['long connection: discovery refused: auth failed (514)'] });
    const about = lines.filter((line) => line.level >= 40 || /long connection|discovery/.test(line.msg));
    expect(about).toHaveLength(1);
    expect(about[0]!.msg).toMatch(/^long connection: stopped, not retrying: discovery refused: auth failed \(514\)/);
    expect(await (await fetch(`${app.gateway.url}/metrics`)).text()).toContain('feishu_gateway_long_connection_state{state="failed"} 1');
    expect(sandbox.control.longConnectionStats()).toMatchObject({ discoveries: 1, connectionsOpened: 0 });
  });
});

describe('event stream protocol § Ordering and deduplication: FEISHU_EVENT_MODE=both', () => {
  it('delivers an event that arrives over the webhook and the long connection once', async () => {
    const sandbox = await simulator('both');
    const app = await gateway(sandbox, 'both');
    sandbox.setWebhookUrl(`${app.gateway.url}/webhook/feishu`);
    await ready(app);
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const onSse = subscribe(app, 'sse', processId);
    const onWs = subscribe(app, 'ws', processId);
    await until(() => app.gateway.activeSubscriptions() === 2, 'both subscriptions');

    const [eventId, sentinel] = await comments(sandbox, processId, 2);
    const pushes = sandbox.control.pushedEvents().filter((push) => push.eventId === eventId);
    expect(pushes.map((push) => [push.channel, push.delivered]).sort()).toEqual([
      ['long-connection', true],
      ['webhook', true],
    ]);
    await Promise.all([onSse.waitFor(2), onWs.waitFor(2)]);
    expect(eventIds(onSse)).toEqual([eventId, sentinel]);
    expect(eventIds(onWs)).toEqual([eventId, sentinel]);
  });
});

describe('event stream protocol § Ordering and deduplication: replicas on one Redis, one long connection each', () => {
  const prefix = randomPrefix('long-connection');
  let sandbox: Sandbox;
  let a: App;
  let b: App;

  beforeAll(async () => {
    sandbox = await startLongConnectionSandbox();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', FEISHU_EVENT_MODE: 'long-connection', REDIS_URL });
    a = await startApp({ config, logger: silentLogger, sandbox, budgets: GENEROUS, redisKeyPrefix: prefix });
    b = await startApp({ config, logger: silentLogger, sandbox, budgets: GENEROUS, redisKeyPrefix: prefix });
    await Promise.all([ready(a), ready(b)]);
  });

  afterAll(() => closeFleet([a, b], sandbox, prefix));

  it('every event, sent to one of the two connections at random, reaches subscribers on both replicas once', async () => {
    expect(sandbox.control.longConnectionStats().openConnections).toBe(2);
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const onA = subscribe(a, 'sse', processId);
    const onB = subscribe(b, 'ws', processId);
    await until(() => a.gateway.activeSubscriptions() === 1 && b.gateway.activeSubscriptions() === 1, 'a subscription on each replica');

    const sent = await comments(sandbox, processId, 16);
    expect(sent).toHaveLength(16);
    await Promise.all([onA.waitFor(16), onB.waitFor(16)]);
    expect(eventIds(onA)).toEqual(sent);
    expect(eventIds(onB)).toEqual(sent);
    const [onReplicaA, onReplicaB] = [a, b].map((app) => app.longConnection!.stats().eventsReceived);
    expect(onReplicaA! + onReplicaB!).toBe(16);
    // Each replica got some (all 16 to one connection would happen once in 2^15 runs).
    expect(onReplicaA).toBeGreaterThan(0);
    expect(onReplicaB).toBeGreaterThan(0);
  });

  it('an event for a cached process drops it on every replica, whichever replica received it', async () => {
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const read = async (app: App) => (await dataOf(app.gateway.graphqlUrl, ProcessStatusDocument, { processId })).process?.status;
    expect([await read(a), await read(b)]).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
    // Counted for this process only: replicas may still be refreshing the processes of earlier tests.
    const spies = [a, b].map((app) => vi.spyOn(app.client, 'getProcess'));
    const reads = () => spies.map((spy) => spy.mock.calls.filter(([id]) => id === processId).length);
    expect([await read(a), await read(b)]).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
    expect(reads()).toEqual([0, 0]);

    // Someone withdraws it in Feishu: only the events tell the gateways.
    await a.client.withdrawProcess({ processId, actor: { kind: 'system' } });
    await sandbox.control.flushEvents();
    for (const app of [a, b]) {
      await vi.waitFor(async () => expect(await read(app)).toBe('WITHDRAWN'), { timeout: 5_000, interval: 50 });
    }
    // Read again from Feishu by the fleet; a replica may take the fresh copy from Redis rather than read it itself.
    const [onA, onB] = reads() as [number, number];
    expect(onA + onB).toBeGreaterThan(0);
    for (const spy of spies) spy.mockRestore();
  });
});
