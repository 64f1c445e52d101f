/**
 * Webhook -> subscriber latency with 1,000 SSE subscribers: Feishu-style pushes (encrypted, signed)
 * are posted to a replica's webhook at a fixed rate, each about one of 1,000 processes, and every
 * subscriber watches one process (`processEvents(filter: { processIds })` over SSE), so each event
 * reaches one subscriber. Latency: from handing the push to the HTTP pool to the subscriber reading
 * it off its stream. In memory (one replica), then on Redis across two replicas (pushes to A, half
 * the subscribers on B).
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Agent, request } from 'undici';
import type { App } from '../src/app.js';
import { buildPushRequest, type PushRequest } from '../src/sandbox/events/push-body.js';
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import { ROUTES } from '../src/server/gateway.js';
import type { WireEventEnvelope } from '../src/upstream/wire.js';
import { graphql } from '../test/generated/index.js';
import { REDIS_URL, redisAnswers } from '../test/helpers/redis.js';
import type { GraphQLResponse } from '../test/helpers/typed-operations.js';
import { startFleet } from './fleet-events.js';
import { collectGarbage } from './heap.js';
import { LoopbackHttp } from './loopback-http.js';
import { percentile } from './stats.js';
import { count, fixed, type Table } from './table.js';

export const SUBSCRIBERS = 1_000;
/** The target rate, and a quarter of it (latency when not saturated). */
const RATES = [250, 1_000];
const TARGET_RATE = 1_000;
const SECONDS = 5;
const TICK_MS = 10;
const GRACE_MS = 10_000;
/** After the collection before the measured pushes: time for the collector's concurrent sweeping to finish. */
const SETTLE_MS = 500;
const TARGET_P99_MS = 50;

const FIXTURE = JSON.parse(
  readFileSync(new URL('../test/fixtures/feishu/event-process-status-update.json', import.meta.url), 'utf8'),
) as WireEventEnvelope;
// Only the event id: a `process` field would add a read per event to what is measured.
const SUBSCRIPTION = graphql(`
  subscription SubscriberEventIds($p: ID!) {
    processEvents(filter: { processIds: [$p] }) {
      eventId
    }
  }
`);
const SUBSCRIPTION_TEXT = print(SUBSCRIPTION);

const processOf = (index: number) => `bench-sub-${index % SUBSCRIBERS}`;

export interface Subscribers {
  /** Called with each event id a subscriber reads. */
  onEvent: (eventId: string) => void;
  close(): Promise<void>;
}

/** `count` SSE subscriptions, spread over the replicas, each to one process; resolves once all are served. */
export async function openSubscribers(replicas: readonly Pick<App, 'gateway'>[], total: number): Promise<Subscribers> {
  const agent = new Agent({ connections: null, pipelining: 0 });
  const stop = new AbortController();
  // One signal ends every stream: a listener each is expected, not a leak.
  setMaxListeners(0, stop.signal);
  const subscribers: Subscribers = { onEvent: () => undefined, close: async () => undefined };
  const streams: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const app = replicas[index % replicas.length] as Pick<App, 'gateway'>;
    streams.push(
      (async () => {
        const answer = await request(`${app.gateway.url}${ROUTES.graphql}`, {
          method: 'POST',
          dispatcher: agent,
          signal: stop.signal,
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ query: SUBSCRIPTION_TEXT, variables: { p: processOf(index) } }),
        });
        let buffered = '';
        for await (const chunk of answer.body) {
          buffered += (chunk as Buffer).toString('utf8');
          for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
            const message = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            const data = message.split('\n').find((line) => line.startsWith('data:'));
            const eventId =
              data && (JSON.parse(data.slice(5)) as GraphQLResponse<ResultOf<typeof SUBSCRIPTION>>).data?.processEvents.eventId;
            if (eventId) subscribers.onEvent(eventId);
          }
        }
      })().catch(() => undefined),
    );
  }
  const deadline = Date.now() + 30_000;
  while (replicas.reduce((sum, app) => sum + app.gateway.activeSubscriptions(), 0) < total) {
    if (Date.now() > deadline) throw new Error('the subscribers were not all served');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  subscribers.close = async () => {
    stop.abort();
    await Promise.all(streams);
    await agent.close();
  };
  return subscribers;
}

function pushes(sandbox: Sandbox, total: number, runId: string): { eventId: string; push: PushRequest }[] {
  return Array.from({ length: total }, (_, index) => {
    const eventId = `${runId}-${index}`;
    const envelope: WireEventEnvelope = {
      ...FIXTURE,
      header: {
        ...FIXTURE.header,
        event_id: eventId,
        create_time: String(Date.now()),
        token: sandbox.verificationToken,
        app_id: sandbox.appId,
      },
      event: { ...FIXTURE.event, process_id: processOf(index) },
    };
    return { eventId, push: buildPushRequest(envelope, sandbox.encryptKey, Date.now()) };
  });
}

interface Measured {
  scenario: string;
  rate: number;
  sent: number;
  acknowledged: number;
  delivered: number;
  /** From the first push sent to the last event delivered. */
  elapsedMs: number;
  latenciesMs: number[];
}

async function measure(scenario: string, replicaCount: number, redis: boolean, rate: number): Promise<Measured> {
  const sandbox = await startSandbox({ rateLimits: false, processes: 10 });
  const fleet = await startFleet(sandbox, replicaCount, { redis, feishuBudgets: true });
  const [target] = fleet.replicas as [App];
  const http = new LoopbackHttp(target.gateway.url, 64);
  let subscribers: Subscribers | undefined;
  try {
    // Warm-up: the webhook path and one event to a subscriber, unmeasured.
    subscribers = await openSubscribers(fleet.replicas, SUBSCRIBERS);
    const warm = pushes(sandbox, 500, randomBytes(4).toString('hex'));
    await Promise.all(warm.map(({ push }) => http.post(ROUTES.webhook, push.body, push.headers)));

    const planned = pushes(sandbox, rate * SECONDS, randomBytes(4).toString('hex'));
    const sentAt = new Map<string, number>();
    const latenciesMs: number[] = [];
    let lastDelivery = 0;
    let allDelivered = () => {};
    const done = new Promise<void>((resolve) => (allDelivered = resolve));
    subscribers.onEvent = (eventId) => {
      const sent = sentAt.get(eventId);
      if (sent === undefined) return;
      lastDelivery = performance.now();
      latenciesMs.push(lastDelivery - sent);
      if (latenciesMs.length === planned.length) allDelivered();
    };
    let acknowledged = 0;
    const acks: Promise<void>[] = [];
    // The earlier scenarios' fleets and subscribers, and the pushes just built, are garbage: collected
    // (and swept) before the measured pushes rather than in their middle, where it stalled them for
    // 100-200 ms. What the measured pushes themselves allocate is still collected while they run.
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const started = performance.now();
    const perTick = (rate * TICK_MS) / 1_000;
    for (let next = 0; next < planned.length;) {
      // Open loop: what is due by now is sent, however the earlier pushes fare.
      const due = Math.min(planned.length, Math.floor(((performance.now() - started) / TICK_MS + 1) * perTick));
      for (; next < due; next++) {
        const { eventId, push } = planned[next]!;
        sentAt.set(eventId, performance.now());
        acks.push(http.post(ROUTES.webhook, push.body, push.headers).then((answer) => void (answer.status === 200 && (acknowledged += 1))));
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(acks);
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref())]);
    return {
      scenario,
      rate,
      sent: planned.length,
      acknowledged,
      delivered: latenciesMs.length,
      elapsedMs: lastDelivery - started,
      latenciesMs,
    };
  } finally {
    await subscribers?.close();
    await http.close();
    await fleet.close();
    await sandbox.close();
  }
}

export async function benchSubscribers(): Promise<Table[]> {
  const results: Measured[] = [];
  const redis = await redisAnswers(REDIS_URL);
  for (const rate of RATES) {
    results.push(await measure('one replica, in memory', 1, false, rate));
    if (redis) results.push(await measure('two replicas on Redis (pushes to A, subscribers on A and B)', 2, true, rate));
  }
  return [
    {
      title: `Webhook -> subscriber latency (${count(SUBSCRIBERS)} SSE subscribers, pushes for ${SECONDS} s at each rate, each event to one subscriber)`,
      columns: [
        'scenario',
        'pushes/s',
        'pushed',
        'acknowledged',
        'delivered',
        'events/s delivered',
        'p50 ms',
        'p99 ms',
        'max ms',
        `target (p99 <= ${TARGET_P99_MS} ms at ${TARGET_RATE}/s)`,
      ],
      rows: results.map((result) => {
        const sorted = [...result.latenciesMs].sort((x, y) => x - y);
        const p99 = percentile(sorted, 99);
        const rate = (result.delivered * 1_000) / result.elapsedMs;
        return [
          result.scenario,
          count(result.rate),
          count(result.sent),
          count(result.acknowledged),
          count(result.delivered),
          fixed(rate),
          fixed(percentile(sorted, 50)),
          fixed(p99),
          fixed(sorted[sorted.length - 1] ?? Number.NaN),
          result.rate < TARGET_RATE
            ? '—'
            : p99 <= TARGET_P99_MS && rate >= TARGET_RATE * 0.95
              ? 'met'
              : `missed (p99 ${fixed(p99)} ms, ${fixed(rate)}/s)`,
        ];
      }),
      notes: [
        'Pushes are built (encrypted, signed) before the run; the sender, the subscribers (undici streams parsing SSE), the gateway(s) and the sandbox share this Node process.',
        "Before each measured run, a full garbage collection and 500 ms of quiet: the earlier runs' garbage is not collected in the middle of this one's pushes.",
        "Feishu's real call budgets: the gateway reads a changed process again at most as often as get-process allows (100/min), as deployed.",
        'Latency: from handing a push to the HTTP pool (64 keep-alive connections) to its subscriber reading the event; includes verification, decryption, recording and fan-out.',
      ],
    },
  ];
}
