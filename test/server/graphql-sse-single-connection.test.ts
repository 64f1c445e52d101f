/**
 * graphql-sse's single-connection mode, driven by graphql-sse's own client (`singleConnection: true`)
 * against the composed gateway in sandbox mode with caller authentication on: the simulator's events,
 * pushed to the webhook, reach two subscriptions multiplexed over one reserved stream. Every request
 * the client makes is counted through its fetch.
 */
import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-sse';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ProcessEventsDocument } from '../../src/generated/graphql.js';
import { silentLogger } from '../../src/logger.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { schema } from '../../src/schema/index.js';
import { serveGraphQLSseSingleConnection } from '../../src/server/graphql-sse-single-connection.js';
import { loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { ANONYMOUS_CALLER } from '../../src/auth/caller.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { startGatewayHarness } from '../helpers/gateway-harness.js';
import { until } from '../helpers/subscription-clients.js';
import { deliveredEventIds } from '../helpers/sandbox-fixtures.js';

const READER_KEY = `reader-${randomBytes(16).toString('hex')}`;
const OTHER_KEY = `other-${randomBytes(16).toString('hex')}`;
let app: App;
let sandbox: Sandbox;

beforeAll(async () => {
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SANDBOX_PROCESSES: '30',
    GATEWAY_AUTH: 'on',
    GATEWAY_CORS_ORIGINS: 'https://hr.example.com',
    GATEWAY_API_KEYS: JSON.stringify([
      { name: 'watcher', key: READER_KEY, scopes: ['process:read'] },
      { name: 'other', key: OTHER_KEY, scopes: ['process:read'] },
    ]),
  });
  app = await startApp({ config, logger: silentLogger });
  sandbox = app.sandbox!;
});

afterAll(async () => {
  await app?.close();
});

/** graphql-sse's fetch, counting `METHOD status` of every request the client sends. */
function countingFetch(log: string[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    log.push(`${init?.method ?? 'GET'} ${response.status}`);
    return response;
  };
}

/** graphql-sse's own client in single-connection mode, not retrying, against the app unless `url` is given. */
function singleConnectionClient(options: { url?: string; headers?: Record<string, string>; fetchFn?: typeof fetch } = {}): Client<true> {
  return createClient({ url: app.gateway.graphqlUrl, singleConnection: true, retryAttempts: 0, ...options });
}

interface Next<T> {
  results: { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[];
  done: Promise<void>;
  /** Leaves: the client sends its DELETE, and `done` resolves. */
  stop(): Promise<void>;
}

function subscribe<T>(
  client: Client<boolean>,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): Next<T> {
  const results: Next<T>['results'] = [];
  let unsubscribe = () => undefined as void;
  const done = new Promise<void>((resolve, reject) => {
    unsubscribe = client.subscribe<T>(payload, {
      next: (result) => void results.push(result as Next<T>['results'][number]),
      error: reject,
      complete: resolve,
    });
  });
  // A test that fails first leaves it unawaited; its rejection then belongs to that failure.
  done.catch(() => undefined);
  return {
    results,
    done,
    stop: async () => {
      unsubscribe();
      await done;
    },
  };
}

const EVENTS = 'subscription ($ids: [ID!]) { processEvents(filter: { processIds: $ids }) { eventId type process { status } } }';
const CHANGES = 'subscription ($u: ID!) { approverTasksChanged(userId: $u) { userId processId } }';

describe("event stream protocol § Transports: graphql-sse's single-connection mode", () => {
  it('carries two subscriptions of sandbox events over one reserved stream, authenticated on every request', async () => {
    const requests: string[] = [];
    const client = singleConnectionClient({ headers: { authorization: `Bearer ${READER_KEY}` }, fetchFn: countingFetch(requests) });
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const initiator = sandbox.control.getProcessWire(processId)!.initiator_id!;
    try {
      const events = subscribe<{ processEvents: { eventId: string; type: string; process: { status: string } | null } }>(client, {
        query: EVENTS,
        variables: { ids: [processId] },
      });
      const changes = subscribe<{ approverTasksChanged: { userId: string; processId: string | null } }>(client, {
        query: CHANGES,
        variables: { u: initiator },
      });
      await until(() => app.gateway.activeSubscriptions() === 2, 'both subscriptions');

      await app.client.withdrawProcess({ processId, actor: { kind: 'system' } });
      sandbox.control.addComment(processId, initiator, 'over one stream');
      await sandbox.control.flushEvents();
      const pushed = deliveredEventIds(sandbox, processId);
      expect(pushed.length).toBeGreaterThan(1);

      await until(
        () => events.results.length >= pushed.length && changes.results.length > 0,
        `${pushed.length} events and a change of the initiator's tasks`,
      );
      expect(events.results.map((result) => result.data?.processEvents.eventId)).toEqual(pushed);
      expect(
        events.results.every((result) => result.errors === undefined && result.data?.processEvents.process?.status === 'WITHDRAWN'),
      ).toBe(true);
      expect(changes.results.every((result) => result.data?.approverTasksChanged.userId === initiator)).toBe(true);
      // One reservation and one stream for both; one POST per operation, each 202.
      expect(requests.filter((request) => request.startsWith('PUT'))).toEqual(['PUT 201']);
      expect(requests.filter((request) => request.startsWith('GET'))).toEqual(['GET 200']);
      expect(requests.filter((request) => request.startsWith('POST'))).toEqual(['POST 202', 'POST 202']);
      await Promise.all([events.stop(), changes.stop()]);
      expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual(['DELETE 200', 'DELETE 200']);
    } finally {
      client.dispose();
    }
    await until(() => app.gateway.activeSubscriptions() === 0, 'the subscriptions to end with the client');
  });

  it('serves a trusted document by its id (APQ form) and the errors of a refused document on the stream', async () => {
    const client = singleConnectionClient({ headers: { 'x-api-key': READER_KEY } });
    const processId = sandbox.control.createProcess({ emitEvents: false });
    try {
      const hash = (ProcessEventsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
      const byId = subscribe<{ processEvents: { eventId: string; processId: string } }>(client, {
        query: '',
        variables: { processIds: [processId] },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
      });
      const unknown = subscribe(client, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } });
      await unknown.done;
      expect(unknown.results[0]?.errors?.[0]?.extensions).toMatchObject({
        code: 'PERSISTED_QUERY_NOT_FOUND',
        requestId: expect.any(String),
      });
      await until(() => app.gateway.activeSubscriptions() === 1, 'the subscription by id');
      await app.client.withdrawProcess({ processId, actor: { kind: 'system' } });
      await sandbox.control.flushEvents();
      await until(() => byId.results.length > 0, 'an event for the subscription by id');
      expect(byId.results[0]?.data?.processEvents.processId).toBe(processId);
      await byId.stop();
    } finally {
      client.dispose();
    }
  });

  it("runs each operation as the caller of its request: a user without process:read is refused another user's changes", async () => {
    const { userJwt, userId } = app.sandboxCallers!;
    const client = singleConnectionClient({ headers: { authorization: `Bearer ${userJwt}` } });
    try {
      const other = sandbox.sampleUserIds.find((id) => id !== userId);
      const refused = subscribe(client, { query: CHANGES, variables: { u: other } });
      await refused.done;
      expect(refused.results).toEqual([
        { data: null, errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] },
      ]);
      const own = subscribe(client, { query: CHANGES, variables: { u: userId } });
      await until(() => app.gateway.activeSubscriptions() === 1, 'the subscription to its own changes');
      await own.stop();
    } finally {
      client.dispose();
    }
  });

  it('refuses a client without credentials at the reservation (401), reserving nothing', async () => {
    const requests: string[] = [];
    const client = singleConnectionClient({ fetchFn: countingFetch(requests) });
    const refused = subscribe(client, { query: EVENTS });
    await expect(refused.done).rejects.toMatchObject({ response: { status: 401 } });
    expect(requests).toEqual(['PUT 401']);
    expect(refused.results).toEqual([]);
    client.dispose();
  });

  it("keeps a stream to the caller that reserved it: another caller's requests with its token find no stream", async () => {
    const headers = (key: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, ...extra });
    const reserved = await fetch(app.gateway.graphqlUrl, { method: 'PUT', headers: headers(READER_KEY) });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const withToken = { 'x-graphql-event-stream-token': token };
    const open = await fetch(app.gateway.graphqlUrl, { headers: headers(OTHER_KEY, { ...withToken, accept: 'text/event-stream' }) });
    expect(open.status).toBe(404);
    const operation = await fetch(app.gateway.graphqlUrl, {
      method: 'POST',
      headers: headers(OTHER_KEY, { ...withToken, 'content-type': 'application/json' }),
      body: JSON.stringify({ query: EVENTS, extensions: { operationId: 'x' } }),
    });
    expect(operation.status).toBe(404);
    const unauthenticated = await fetch(app.gateway.graphqlUrl, { headers: { ...withToken, accept: 'text/event-stream' } });
    expect(unauthenticated.status).toBe(401);
    // Its owner still opens it.
    const abort = new AbortController();
    const owned = await fetch(app.gateway.graphqlUrl, {
      headers: headers(READER_KEY, { ...withToken, accept: 'text/event-stream' }),
      signal: abort.signal,
    });
    expect(owned.status).toBe(200);
    abort.abort();
  });

  it('lets a listed browser origin use it: the preflight allows PUT, DELETE and the stream token header', async () => {
    const preflight = await fetch(app.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://hr.example.com',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization, x-graphql-event-stream-token',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://hr.example.com');
    expect(
      preflight.headers
        .get('access-control-allow-methods')
        ?.split(',')
        .map((method) => method.trim()),
    ).toEqual(expect.arrayContaining(['PUT', 'DELETE']));
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-graphql-event-stream-token');
  });

  it('refuses an operation body larger than the HTTP limit (413)', async () => {
    const reserved = await fetch(app.gateway.graphqlUrl, { method: 'PUT', headers: { 'x-api-key': READER_KEY } });
    const token = await reserved.text();
    const response = await fetch(app.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'x-api-key': READER_KEY, 'x-graphql-event-stream-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ __typename }`,
        variables: { pad: 'x'.repeat(5 * 1024 * 1024) },
        extensions: { operationId: 'big' },
      }),
    });
    expect(response.status).toBe(413);
  });
});

describe('event stream protocol § Endings: when the gateway closes', () => {
  it('ends each subscription with STREAM_CLOSED and its cursor, then the stream itself', async () => {
    const events = new MemoryEventStore();
    const harness = await startGatewayHarness({ sandbox: { processes: 5 }, gateway: { events } });
    const requests: string[] = [];
    const client = singleConnectionClient({ url: harness.gateway.graphqlUrl, fetchFn: countingFetch(requests) });
    try {
      const watching = subscribe<{ processEvents: { eventId: string } }>(client, {
        query: 'subscription { processEvents { eventId cursor } }',
      });
      await until(() => harness.gateway.activeSubscriptions() === 1, 'the subscription');
      const recorded = await events.record({
        eventId: 'evt-before-close',
        type: 'PROCESS_UPDATED',
        occurredAt: new Date(),
        processId: 'p1',
        status: 'IN_PROGRESS',
      });
      await until(() => watching.results.length === 1, 'the event');
      await harness.close();
      await watching.done;
      expect(watching.results[1]?.errors?.[0]?.extensions).toMatchObject({ code: 'STREAM_CLOSED', resumeAfter: recorded!.cursor });
      expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual([]);
    } finally {
      client.dispose();
    }
  });
});

describe('a reservation never opened', () => {
  it('is dropped once its time is up', async () => {
    const sse = serveGraphQLSseSingleConnection({
      endpoint: '/graphql',
      trusted: loadTrustedDocuments([], schema, 'allow'),
      callerOf: () => ANONYMOUS_CALLER,
      maxBodyBytes: 1024,
      reservationMs: 20,
      maxStreamsPerCaller: 5,
    });
    const yoga = createYoga({ schema, plugins: [sse.plugin], logging: false });
    const reserved = await yoga.fetch('http://gateway/graphql', { method: 'PUT' });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    expect(sse.streams).toBe(1);
    await until(() => sse.streams === 0, 'the reservation to expire');
    const open = await yoga.fetch('http://gateway/graphql', {
      headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
    });
    expect(open.status).toBe(404);
    await sse.close();
  });
});

describe('streams per caller', () => {
  it('refuses a caller a stream beyond its cap (429, TOO_MANY_SUBSCRIPTIONS) while another caller may still reserve', async () => {
    const callers = { a: { ...ANONYMOUS_CALLER, name: 'a' }, b: { ...ANONYMOUS_CALLER, name: 'b' } };
    const sse = serveGraphQLSseSingleConnection({
      endpoint: '/graphql',
      trusted: loadTrustedDocuments([], schema, 'allow'),
      callerOf: (carried) => carried ?? ANONYMOUS_CALLER,
      maxBodyBytes: 1024,
      maxStreamsPerCaller: 2,
    });
    const yoga = createYoga<{ caller?: typeof ANONYMOUS_CALLER }>({ schema, plugins: [sse.plugin], logging: false });
    const reserve = (caller: keyof typeof callers) => yoga.fetch('http://gateway/graphql', { method: 'PUT' }, { caller: callers[caller] });
    expect((await reserve('a')).status).toBe(201);
    expect((await reserve('a')).status).toBe(201);
    const refused = await reserve('a');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringContaining('2 streams'), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }],
    });
    expect((await reserve('b')).status).toBe(201);
    expect(sse.streams).toBe(3);
    await sse.close();
  });
});
