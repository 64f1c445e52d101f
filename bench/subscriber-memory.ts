/**
 * Memory per subscriber: N `processEvents` subscriptions held open over SSE (one HTTP connection
 * each, as browsers and most services subscribe) against a gateway in this process, heap measured
 * after forced GC. Both ends of every connection live in this process, so the baseline is the same
 * number of bare open HTTP responses (a server that sends headers and holds the response), measured
 * in the same run: the difference is what a subscription costs the gateway beyond its connection.
 */
import { createServer, request, type ClientRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryEventStore } from '../src/events/memory-event-store.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createGateway } from '../src/server/gateway.js';
import { generousClient } from './generous-client.js';
import { settledHeapUsed } from './heap.js';
import { count, megabytes, ratio, type Table } from './table.js';

const SIZES = [500, 2_000];
const WARM_UP = 500;
const SUBSCRIPTION = JSON.stringify({ query: 'subscription { processEvents { eventId cursor type processId } }' });

interface Held {
  requests: ClientRequest[];
  responses: IncomingMessage[];
}

/** Opens `n` long-lived POSTs to `url` and resolves once each has its response headers. */
async function hold(url: string, n: number, body: string): Promise<Held> {
  const held: Held = { requests: [], responses: [] };
  const batch = 100;
  for (let from = 0; from < n; from += batch) {
    await Promise.all(
      Array.from(
        { length: Math.min(batch, n - from) },
        () =>
          new Promise<void>((resolve, reject) => {
            const req = request(
              url,
              { method: 'POST', agent: false, headers: { 'content-type': 'application/json', accept: 'text/event-stream' } },
              (res) => {
                res.on('data', () => undefined);
                held.responses.push(res);
                resolve();
              },
            );
            req.on('error', reject);
            held.requests.push(req);
            req.end(body);
          }),
      ),
    );
  }
  return held;
}

async function release(held: Held): Promise<void> {
  // A response the server already ended has emitted its 'close': waiting for another would never end.
  await Promise.all(
    held.responses.map((res) =>
      res.closed ? undefined : new Promise<void>((resolve) => (res.once('close', () => resolve()), res.destroy())),
    ),
  );
  for (const req of held.requests) req.destroy();
}

/** Heap per held connection: (with - without) / n. */
async function perConnection(url: string, n: number, body: string): Promise<number> {
  const before = settledHeapUsed();
  const held = await hold(url, n, body);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const during = settledHeapUsed();
  await release(held);
  // Let the server side of every closed connection finish closing, so the next measurement starts clean.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return (during - before) / n;
}

function bareServer(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(':\n\n');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchSubscriberMemory(): Promise<Table[]> {
  const sandbox = await startSandbox({ processes: 20, rateLimits: false });
  const client = generousClient(sandbox);
  const events = new MemoryEventStore();
  // Every connection comes from one loopback caller: the per-caller cap must not refuse the ones measured.
  const gateway = await createGateway({ api: client, port: 0, events, limits: { maxSubscriptionsPerCaller: Math.max(WARM_UP, ...SIZES) } });
  const bare = await bareServer();
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  try {
    // A first round warms both paths up (code compiled, buffers and pools allocated), measured nowhere.
    await perConnection(bareUrl, WARM_UP, SUBSCRIPTION);
    await perConnection(gateway.graphqlUrl, WARM_UP, SUBSCRIPTION);
    const rows: string[][] = [];
    for (const size of SIZES) {
      const baseline = await perConnection(bareUrl, size, SUBSCRIPTION);
      const subscribed = await perConnection(gateway.graphqlUrl, size, SUBSCRIPTION);
      if (gateway.activeSubscriptions() !== 0) await new Promise((resolve) => setTimeout(resolve, 500));
      rows.push([
        count(size),
        count(baseline),
        count(subscribed),
        count(subscribed - baseline),
        megabytes((subscribed - baseline) * 10_000),
        ratio(subscribed, baseline),
      ]);
    }
    return [
      {
        title: 'Memory per open subscription (processEvents over SSE, one connection each)',
        columns: [
          'subscribers',
          'bare open response, bytes each',
          'subscription, bytes each',
          'subscription beyond its connection',
          'per 10,000 subscribers',
          'vs bare',
        ],
        rows,
        notes: [
          'Heap used after forced GC with the connections open minus before, per connection; client and server ends both in this process, for the baseline and the gateway alike.',
          'The baseline server sends SSE headers and holds each response: the cost of an open HTTP connection alone.',
        ],
      },
    ];
  } finally {
    await new Promise((resolve) => bare.close(resolve));
    await gateway.close();
    await events.close();
    await client.close();
    await sandbox.close();
  }
}
