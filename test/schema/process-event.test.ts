import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../src/domain/events.js';
import type { EventStore, EventSubscription, RecordedEvent, SubscribeOptions } from '../../src/events/event-store.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { createGateway } from '../../src/server/gateway.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';
import type { Operation } from '../helpers/typed-operations.js';
import { subscribeOver, until, type Feed, type Transport } from '../helpers/subscription-clients.js';

/** A real MemoryEventStore that keeps the signal of every subscription it served. */
class SignalKeepingStore implements EventStore {
  readonly inner = new MemoryEventStore();
  readonly signals: AbortSignal[] = [];
  record(event: ProcessEvent): Promise<RecordedEvent | null> {
    return this.inner.record(event);
  }
  subscribe(options: SubscribeOptions): EventSubscription {
    this.signals.push(options.signal);
    return this.inner.subscribe(options);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

const store = new SignalKeepingStore();
const harness = useGatewayHarness({ gateway: { events: store } });
const TRANSPORTS: Transport[] = ['sse', 'ws'];

// Every event kind with every field of its own: wider than the product's ProcessEvents, on purpose.
const EVENTS = graphql(`
  subscription EveryEventKind($filter: ProcessEventFilter, $after: String) {
    processEvents(filter: $filter, after: $after) {
      __typename eventId cursor type occurredAt processId bizType
      ... on ProcessStatusChangedEvent { status kind flowDefinitionId }
      ... on ProcessUpdatedEvent { status kind flowDefinitionId }
      ... on NodeUpdatedEvent { nodeStatus nodeType nodeDefinitionId processNodeId }
      ... on ApproverTaskUpdatedEvent { approverId taskStatus taskType nodeId }
      ... on CcUpdatedEvent { approverId }
      ... on CommentAddedEvent { commentId }
    }
  }
`);

const WITH_PROCESS = graphql(`
  subscription EventWithProcess($filter: ProcessEventFilter) {
    processEvents(filter: $filter) { eventId process { processId status } }
  }
`);

const STATUS = graphql(`query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }`);

let serial = 0;
function statusEvent(processId: string, overrides: Partial<ProcessEvent> = {}): ProcessEvent {
  serial += 1;
  return {
    eventId: `evt-${serial}`,
    type: 'PROCESS_STATUS_CHANGED',
    occurredAt: new Date(1_718_000_000_000 + serial),
    processId,
    bizType: 'leave_application',
    status: 'COMPLETED',
    ...overrides,
  } as ProcessEvent;
}

async function record(event: ProcessEvent): Promise<RecordedEvent> {
  const recorded = await store.record(event);
  if (!recorded) throw new Error(`not recorded: ${event.eventId}`);
  return recorded;
}

let feeds: Feed<unknown>[] = [];
function subscribe<T, V>(transport: Transport, document: Operation<T, V>, variables: V): Feed<T> {
  const feed = subscribeOver(transport, harness().gateway.graphqlUrl, document, variables);
  feeds.push(feed);
  return feed;
}

/** Subscriptions served by the gateway: a live-only subscription misses what was recorded before it. */
async function served(count: number): Promise<void> {
  await until(() => harness().gateway.activeSubscriptions() === count, `${count} active subscriptions`);
}

const eventIds = (feed: Feed<ResultOf<typeof EVENTS>>) => feed.results.map((result) => result.data?.processEvents.eventId);

afterEach(async () => {
  await Promise.all(feeds.map((feed) => feed.close()));
  feeds = [];
  await served(0);
});

describe('Subscription.processEvents', () => {
  describe('event stream protocol § Events and filters', () => {
  it.each(TRANSPORTS)('delivers each event kind as its own type with named enum values (%s)', async (transport) => {
    const feed = subscribe(transport, EVENTS, { filter: { processIds: [`kinds-${transport}`] } });
    await served(1);
    const processId = `kinds-${transport}`;
    const base = { occurredAt: new Date('2024-06-01T08:00:00.000Z'), processId, bizType: 'leave_application' };
    const recorded = [
      await record({ ...base, eventId: `${transport}-1`, type: 'PROCESS_STATUS_CHANGED', status: 'REJECTED', kind: 'CORRECTION', flowDefinitionId: 'people_1' }),
      await record({ ...base, eventId: `${transport}-2`, type: 'PROCESS_UPDATED', status: 'REVOKING', kind: 'NORMAL' }),
      await record({ ...base, eventId: `${transport}-3`, type: 'NODE_UPDATED', nodeStatus: 'ROLLED_BACK', nodeType: 'E_SIGNATURE', nodeDefinitionId: 'approval_1', processNodeId: 'n-1' }),
      await record({ ...base, eventId: `${transport}-4`, type: 'APPROVER_TASK_UPDATED', approverId: 't-1', taskStatus: 'INTERVENED', taskType: 'FORM', nodeId: 'n-1' }),
      await record({ ...base, eventId: `${transport}-5`, type: 'CC_UPDATED', approverId: 'cc-1' }),
      await record({ ...base, eventId: `${transport}-6`, type: 'COMMENT_ADDED', commentId: 'c-1' }),
    ];
    const results = await feed.waitFor(6);
    const common = (i: number) => ({
      eventId: `${transport}-${i + 1}`,
      cursor: recorded[i]?.cursor,
      occurredAt: '2024-06-01T08:00:00.000Z',
      processId,
      bizType: 'leave_application',
    });
    expect(results.map((result) => result.data?.processEvents)).toEqual([
      { ...common(0), __typename: 'ProcessStatusChangedEvent', type: 'PROCESS_STATUS_CHANGED', status: 'REJECTED', kind: 'CORRECTION', flowDefinitionId: 'people_1' },
      { ...common(1), __typename: 'ProcessUpdatedEvent', type: 'PROCESS_UPDATED', status: 'REVOKING', kind: 'NORMAL', flowDefinitionId: null },
      {
        ...common(2),
        __typename: 'NodeUpdatedEvent',
        type: 'NODE_UPDATED',
        nodeStatus: 'ROLLED_BACK',
        nodeType: 'E_SIGNATURE',
        nodeDefinitionId: 'approval_1',
        processNodeId: 'n-1',
      },
      { ...common(3), __typename: 'ApproverTaskUpdatedEvent', type: 'APPROVER_TASK_UPDATED', approverId: 't-1', taskStatus: 'INTERVENED', taskType: 'FORM', nodeId: 'n-1' },
      { ...common(4), __typename: 'CcUpdatedEvent', type: 'CC_UPDATED', approverId: 'cc-1' },
      { ...common(5), __typename: 'CommentAddedEvent', type: 'COMMENT_ADDED', commentId: 'c-1' },
    ]);
  });

  it('filters by processIds, bizTypes and types; fields narrow each other, values within a field widen', async () => {
    const byProcess = subscribe('sse', EVENTS, { filter: { processIds: ['f-a', 'f-b'] } });
    const byBizType = subscribe('ws', EVENTS, { filter: { bizTypes: ['offer'] } });
    const byType = subscribe('sse', EVENTS, { filter: { types: ['NODE_UPDATED', 'COMMENT_ADDED'] } });
    const combined = subscribe('ws', EVENTS, { filter: { processIds: ['f-a', 'f-c'], bizTypes: ['offer'], types: ['COMMENT_ADDED'] } });
    await served(4);
    const comment = (processId: string, bizType: string | undefined, eventId: string): ProcessEvent => ({
      eventId,
      type: 'COMMENT_ADDED',
      occurredAt: new Date(),
      processId,
      bizType,
    });
    await record(statusEvent('f-a', { eventId: 'f1', bizType: 'offer' }));
    await record(comment('f-b', 'leave_application', 'f2'));
    await record(comment('f-c', 'offer', 'f3'));
    await record(comment('f-c', undefined, 'f4'));
    await record({ eventId: 'f5', type: 'NODE_UPDATED', occurredAt: new Date(), processId: 'f-d', nodeStatus: 'APPROVED' });
    const sentinel = await record(comment('f-a', 'offer', 'f6'));

    await Promise.all([byProcess.waitFor(3), byBizType.waitFor(3), byType.waitFor(5), combined.waitFor(2)]);
    expect(eventIds(byProcess)).toEqual(['f1', 'f2', sentinel.eventId]);
    expect(eventIds(byBizType)).toEqual(['f1', 'f3', sentinel.eventId]);
    expect(eventIds(byType)).toEqual(['f2', 'f3', 'f4', 'f5', sentinel.eventId]);
    expect(eventIds(combined)).toEqual(['f3', sentinel.eventId]);
  });

  it('refuses an empty filter list with BAD_USER_INPUT rather than matching nothing', async () => {
    const feed = subscribe('sse', EVENTS, { filter: { types: [] } });
    const [result] = await feed.waitForCompletion();
    expect(result?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result?.errors?.[0]?.message).toContain('filter.types');
  });
  });

  describe('event stream protocol § Resume', () => {
  it.each(TRANSPORTS)('after a cursor: replays every later event, then continues live, with no gap and no duplicate (%s)', async (transport) => {
    const processId = `resume-${transport}`;
    const first = await record(statusEvent(processId));
    const missed = [await record(statusEvent(processId)), await record(statusEvent(processId))];
    const feed = subscribe(transport, EVENTS, { filter: { processIds: [processId] }, after: first.cursor });
    await feed.waitFor(2);
    const live = await record(statusEvent(processId));
    expect(await store.record(statusEvent(processId, { eventId: missed[0]?.eventId }))).toBeNull();
    const sentinel = await record(statusEvent(processId));
    await feed.waitFor(4);
    expect(eventIds(feed)).toEqual([...missed, live, sentinel].map((event) => event.eventId));
    expect(feed.results.map((result) => result.data?.processEvents.cursor)).toEqual([...missed, live, sentinel].map((event) => event.cursor));
  });
  });

  describe('event stream protocol § Endings', () => {
  it.each(TRANSPORTS)('a cursor the log never issued fails at once with BAD_CURSOR (%s)', async (transport) => {
    const feed = subscribe(transport, EVENTS, { after: 'not-a-cursor' });
    const results = await feed.waitForCompletion();
    expect(results).toHaveLength(1);
    expect(results[0]?.data ?? null).toBeNull();
    expect(results[0]?.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_CURSOR']);
    // The id the gateway's log lines for this request (HTTP) or connection (WebSocket) carry.
    expect(results[0]?.errors?.[0]?.extensions?.['requestId']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a cursor older than the log retains ends the stream with CURSOR_EXPIRED instead of skipping events', async () => {
    const small = new MemoryEventStore({ capacity: 2 });
    const gateway = await createGateway({ api: harness().client, port: 0, events: small });
    try {
      const recorded: RecordedEvent[] = [];
      for (let i = 0; i < 5; i++) recorded.push((await small.record(statusEvent('gap'))) as RecordedEvent);
      const feed = subscribeOver('sse', gateway.graphqlUrl, EVENTS, { after: recorded[0]?.cursor });
      const results = await feed.waitForCompletion();
      expect(results).toHaveLength(1);
      expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', missingAfter: recorded[0]?.cursor, oldestRetained: recorded[3]?.cursor });
      await feed.close();
    } finally {
      await gateway.close();
      await small.close();
    }
  });

  it.each(TRANSPORTS)('over %s, a cursor from before a restart (no Redis) ends the stream at once with CURSOR_EXPIRED, before any new event', async (transport) => {
    const earlier = new MemoryEventStore();
    const old = (await earlier.record(statusEvent('restart'))) as RecordedEvent;
    await earlier.close();
    const restarted = new MemoryEventStore();
    const gateway = await createGateway({ api: harness().client, port: 0, events: restarted });
    try {
      const feed = subscribeOver(transport, gateway.graphqlUrl, EVENTS, { after: old.cursor });
      // Nothing is recorded in the new log: the answer may not wait for an event that never comes.
      const results = await feed.waitForCompletion();
      expect(results).toHaveLength(1);
      expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', missingAfter: old.cursor });
      await feed.close();
    } finally {
      await gateway.close();
      await restarted.close();
    }
  });
  });

  describe('event stream protocol § Freshness', () => {
  it('process shows the state after the change even when the cache held the state before it', async () => {
    const { sandbox, client, query, calls } = harness();
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const before = await query(STATUS, { processId });
    expect(before.data?.process?.status).toBe('IN_PROGRESS');
    const feed = subscribe('ws', WITH_PROCESS, { filter: { processIds: [processId] } });
    await served(1);

    await client.withdrawProcess({ processId, actor: { kind: 'system' } });
    sandbox.control.resetCounts();
    await record(statusEvent(processId, { status: 'WITHDRAWN' }));
    const [result] = await feed.waitFor(1);
    expect(result?.data?.processEvents.process).toEqual({ processId, status: 'WITHDRAWN' });
    expect(calls()).toEqual({ getProcess: 1 });
  });

  it('each event reads through loaders of its own: a later event on the same process sees the newer state', async () => {
    const { sandbox, client } = harness();
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const feed = subscribe('sse', WITH_PROCESS, { filter: { processIds: [processId] } });
    await served(1);
    await record(statusEvent(processId, { type: 'PROCESS_UPDATED', status: 'IN_PROGRESS' }));
    await feed.waitFor(1);
    await client.withdrawProcess({ processId, actor: { kind: 'system' } });
    await record(statusEvent(processId, { status: 'WITHDRAWN' }));
    await feed.waitFor(2);
    expect(feed.results.map((result) => result.data?.processEvents.process?.status)).toEqual(['IN_PROGRESS', 'WITHDRAWN']);
  });

  it('one event read by many subscribers drops the cached process once and costs one upstream read', async () => {
    const { sandbox, calls, query } = harness();
    const processId = sandbox.control.createProcess({ emitEvents: false });
    expect((await query(STATUS, { processId })).data?.process?.status).toBe('IN_PROGRESS');
    const subscribers = [subscribe('sse', WITH_PROCESS, {}), subscribe('ws', WITH_PROCESS, {}), subscribe('sse', WITH_PROCESS, { filter: { processIds: [processId] } })];
    await served(3);
    sandbox.control.resetCounts();
    await record(statusEvent(processId, { status: 'IN_PROGRESS' }));
    await Promise.all(subscribers.map((feed) => feed.waitFor(1)));
    expect(calls()).toEqual({ getProcess: 1 });
  });
  });

  describe('event stream protocol § Transports', () => {
  it.each(TRANSPORTS)('a client that leaves ends its subscription to the event log (%s)', async (transport) => {
    const feed = subscribe(transport, EVENTS, {});
    await served(1);
    const signal = store.signals[store.signals.length - 1];
    expect(signal?.aborted).toBe(false);
    await feed.close();
    await served(0);
    expect(signal?.aborted).toBe(true);
  });
  });

  describe('event stream protocol § Endings', () => {
  it('closing the gateway ends its subscriptions with STREAM_CLOSED and where to resume, over SSE and WebSocket', async () => {
    const own = new MemoryEventStore();
    const gateway = await createGateway({ api: harness().client, port: 0, events: own });
    const sse = subscribeOver('sse', gateway.graphqlUrl, EVENTS, {});
    const ws = subscribeOver('ws', gateway.graphqlUrl, EVENTS, {});
    await until(() => gateway.activeSubscriptions() === 2, 'both subscriptions');
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^feishu_gateway_subscriptions_active 2$/m);
    const last = (await own.record(statusEvent('closing'))) as RecordedEvent;
    await Promise.all([sse.waitFor(1), ws.waitFor(1)]);
    await gateway.close();
    expect(gateway.activeSubscriptions()).toBe(0);
    for (const feed of [sse, ws]) {
      const results = await feed.waitForCompletion();
      expect(results.map((result) => result.data?.processEvents.eventId ?? result.errors?.[0]?.extensions)).toEqual([
        last.eventId,
        { code: 'STREAM_CLOSED', resumeAfter: last.cursor, requestId: expect.any(String) },
      ]);
    }
    await Promise.all([sse.close(), ws.close(), own.close()]);
  });
  });
});
