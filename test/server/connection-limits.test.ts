/**
 * Connections and subscriptions: a client that sends its headers or its body slowly is cut off at the
 * server's timeouts; one caller may hold only so many subscriptions (SSE and WebSocket together); a
 * subscriber that stops reading is cut at a bounded buffer with SUBSCRIBER_TOO_SLOW and its cursor.
 */
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';
import { operationText, type GraphQLResponse } from '../helpers/typed-operations.js';
import { subscribeOver, until, type Feed } from '../helpers/subscription-clients.js';
import { sampleEvent } from '../helpers/sample-events.js';

const events = new MemoryEventStore({ subscriptionLimits: { maxBuffered: 1_000, maxBufferedBytes: 64 * 1024 } });
const harness = useGatewayHarness({
  gateway: { events, limits: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxSubscriptionsPerCaller: 3 } },
});

/** Opens a raw socket to the gateway; resolves when the server closes it (or after `waitMs`, with false). */
function closedWithin(socket: Socket, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => undefined);
  });
}

function rawSocket(): Promise<Socket> {
  const { port } = new URL(harness().gateway.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

const EVENTS = graphql(`
  subscription EventCursors {
    processEvents {
      eventId
      cursor
    }
  }
`);

/**
 * Starts a request with `head`, then writes `drip` every 300 ms so that it never finishes; resolves
 * whether the gateway closed the socket within 10 s.
 */
async function closedWhileDripping(head: string, drip: string): Promise<boolean> {
  const socket = await rawSocket();
  socket.write(head);
  const timer = setInterval(() => socket.writable && socket.write(drip), 300);
  try {
    return await closedWithin(socket, 10_000);
  } finally {
    clearInterval(timer);
    socket.destroy();
  }
}

describe('slow clients', () => {
  it('closes a socket whose body never finishes within the request timeout', async () => {
    // A byte every 300 ms keeps a body "alive" forever without a request timeout.
    const head = 'POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":';
    expect(await closedWhileDripping(head, ' ')).toBe(true);
  });

  it('closes a socket whose headers never finish within the headers timeout', async () => {
    expect(await closedWhileDripping('GET /healthz HTTP/1.1\r\nHost: gateway\r\n', 'X-Slow: 1\r\n')).toBe(true);
  });
});

describe('subscriptions', () => {
  it('refuses one caller a subscription over its cap, over SSE and WebSocket together, and accepts one again after another closed', async () => {
    const { gateway } = harness();
    const open: Feed<ResultOf<typeof EVENTS>>[] = [
      subscribeOver('sse', gateway.graphqlUrl, EVENTS, {}),
      subscribeOver('ws', gateway.graphqlUrl, EVENTS, {}),
      subscribeOver('sse', gateway.graphqlUrl, EVENTS, {}),
    ];
    try {
      await until(() => gateway.activeSubscriptions() === 3, 'three subscriptions');
      for (const transport of ['ws', 'sse'] as const) {
        const refused = subscribeOver(transport, gateway.graphqlUrl, EVENTS, {});
        const outcome = await refused.waitForCompletion().then(
          (results) => JSON.stringify(results),
          (error: unknown) => String(error),
        );
        expect(outcome, transport).toContain('TOO_MANY_SUBSCRIPTIONS');
        await refused.close();
      }
      expect(gateway.activeSubscriptions()).toBe(3);
      await open.shift()?.close();
      await until(() => gateway.activeSubscriptions() === 2, 'one closed');
      open.push(subscribeOver('ws', gateway.graphqlUrl, EVENTS, {}));
      await until(() => gateway.activeSubscriptions() === 3, 'a new one accepted');
    } finally {
      await Promise.all(open.map((feed) => feed.close()));
    }
  });

  describe('event stream protocol § Endings', () => {
    it('cuts a subscriber that stops reading once its buffer holds 64 KiB, ending with SUBSCRIBER_TOO_SLOW and the cursor to resume after', async () => {
      const { gateway } = harness();
      const response = await gateway.yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: operationText(EVENTS) }),
      });
      await until(() => gateway.activeSubscriptions() >= 1, 'the stream to start');
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      // One read gets the stream going; then the client reads nothing while 2,000 events are recorded.
      await reader.read();
      const recorded = [];
      for (let n = 0; n < 2_000; n++) recorded.push(await events.record(sampleEvent(n, `slow-${n}`)));
      let text = '';
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      const results = text
        .split('\n')
        .filter((line) => line.startsWith('data: {'))
        .map((line) => JSON.parse(line.slice(6)) as GraphQLResponse<ResultOf<typeof EVENTS>>);
      const delivered = results.filter((result) => result.data).map((result) => result.data?.processEvents.cursor);
      const last = results[results.length - 1];
      expect(last?.errors?.[0]?.extensions).toMatchObject({
        code: 'SUBSCRIBER_TOO_SLOW',
        resumeAfter: delivered[delivered.length - 1] ?? null,
      });
      // Cut well before the 2,000 events: 64 KiB of these events is a few hundred.
      expect(delivered.length).toBeLessThan(1_000);
      expect(delivered).toEqual(recorded.slice(0, delivered.length).map((event) => event?.cursor));
    });
  });
});
