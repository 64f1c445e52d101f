/**
 * Webhook ingest: Feishu-style encrypted and signed pushes posted to the gateway's /webhook/feishu,
 * recorded in the memory event store or the Redis one, against url_verification (decrypt and echo,
 * nothing recorded) as the baseline. Feishu gives a push 3 s before it counts as failed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { encryptPayload } from '../src/events/crypto.js';
import type { EventStore } from '../src/events/event-store.js';
import { silentLogger } from '../src/logger.js';
import { buildPushRequest, type PushRequest } from '../src/sandbox/events/push-body.js';
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import { ROUTES } from '../src/server/gateway.js';
import type { WireEventEnvelope } from '../src/upstream/wire.js';
import { connect, deletePrefix, randomPrefix, REDIS_URL, redisAnswers } from '../test/helpers/redis.js';
import { perSecond, runLoad, type LoadResult } from './load.js';
import { LoopbackHttp } from './loopback-http.js';
import { summarize } from './stats.js';
import { count, fixed, ratio, type Table } from './table.js';

const EVENTS = 2_000;
const CONCURRENCY = 20;
/**
 * Unmeasured pushes of each kind before any measurement (and of events before each store's run):
 * without them the first scenario pays for the JIT and reads several times slower.
 */
const WARM_UP = 1_000;
/** How long recorded events may take to reach a subscriber after the last ack. */
const DELIVERY_GRACE_MS = 5_000;
const FIXTURES = ['status-update', 'updated', 'node-updated', 'approver-updated', 'cc-updated', 'comment-updated'].map(
  (name) =>
    JSON.parse(readFileSync(new URL(`../test/fixtures/feishu/event-process-${name}.json`, import.meta.url), 'utf8')) as WireEventEnvelope,
);

interface Measured {
  scenario: string;
  load?: LoadResult;
  /** Events a subscriber received; undefined where nothing is recorded. */
  recorded?: number;
  skipped?: string;
}

/** Each a distinct event (its own event_id) about one of the tenant's processes, all six types in turn. */
function eventPushes(sandbox: Sandbox, total: number, runId: string): PushRequest[] {
  const processIds = sandbox.control.processIds();
  return Array.from({ length: total }, (_, index) => {
    const fixture = FIXTURES[index % FIXTURES.length] as WireEventEnvelope;
    const envelope: WireEventEnvelope = {
      ...fixture,
      header: {
        ...fixture.header,
        event_id: `${runId}-${index}`,
        create_time: String(Date.now()),
        token: sandbox.verificationToken,
        app_id: sandbox.appId,
      },
      event: { ...fixture.event, process_id: processIds[index % processIds.length] as string },
    };
    return buildPushRequest(envelope, sandbox.encryptKey, Date.now());
  });
}

/** Encrypted url_verification, as Feishu sends it when an Encrypt Key is set (unsigned). */
function challengePushes(sandbox: Sandbox, total: number): PushRequest[] {
  return Array.from({ length: total }, (_, index) => ({
    body: JSON.stringify({
      encrypt: encryptPayload(
        JSON.stringify({ challenge: `challenge-${index}`, token: sandbox.verificationToken, type: 'url_verification' }),
        sandbox.encryptKey,
      ),
    }),
    headers: { 'content-type': 'application/json; charset=utf-8' },
  }));
}

async function post(
  app: App,
  pushes: readonly PushRequest[],
  accept: (status: number, text: string, index: number) => boolean,
): Promise<LoadResult> {
  const http = new LoopbackHttp(app.gateway.url, CONCURRENCY);
  try {
    return await runLoad({
      concurrency: CONCURRENCY,
      count: pushes.length,
      send: async (index) => {
        const push = pushes[index] as PushRequest;
        const answer = await http.post(ROUTES.webhook, push.body, push.headers);
        return accept(answer.status, answer.text, index) ? 'ok' : `HTTP ${answer.status}`;
      },
    });
  } finally {
    await http.close();
  }
}

/**
 * Counts what a live subscriber receives while `work` runs. A first push is awaited at the subscriber
 * before the work starts, so the subscription is known to be live and none of the work's events is missed.
 */
async function countingDelivered(store: EventStore, primer: () => Promise<unknown>, expected: number, work: () => Promise<LoadResult>) {
  const controller = new AbortController();
  let delivered = -1;
  let onEach = () => {};
  const reading = (async () => {
    for await (const _event of store.subscribe({ signal: controller.signal })) {
      delivered += 1;
      onEach();
    }
  })().catch(() => undefined);
  const reach = (target: number, ms: number) =>
    Promise.race([
      new Promise<void>((resolve) => {
        onEach = () => delivered >= target && resolve();
        onEach();
      }),
      // Unreferenced: a grace period that was not needed must not keep the run alive.
      sleep(ms, undefined, { ref: false }),
    ]);
  try {
    await primer();
    await reach(0, DELIVERY_GRACE_MS);
    const load = await work();
    await reach(expected, DELIVERY_GRACE_MS);
    return { load, recorded: delivered };
  } finally {
    controller.abort();
    await reading;
  }
}

async function ingest(app: App, sandbox: Sandbox, scenario: string): Promise<Measured> {
  const runId = randomBytes(6).toString('hex');
  const [primer, ...pushes] = eventPushes(sandbox, EVENTS + WARM_UP + 1, runId);
  await post(app, pushes.splice(0, WARM_UP), (status) => status === 200);
  const { load, recorded } = await countingDelivered(
    app.events.store,
    () => post(app, [primer as PushRequest], (status) => status === 200),
    EVENTS,
    () => post(app, pushes, (status) => status === 200),
  );
  return { scenario, load, recorded };
}

async function withApp<T>(sandbox: Sandbox, redisKeyPrefix: string | undefined, use: (app: App) => Promise<T>): Promise<T> {
  const env = { PORT: '0', ...(redisKeyPrefix ? { REDIS_URL } : {}) };
  const app = await startApp({ config: loadConfig(env), logger: silentLogger, sandbox, redisKeyPrefix });
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}

async function measureRedis(sandbox: Sandbox): Promise<Measured> {
  const scenario = 'events, Redis event store';
  if (!(await redisAnswers(REDIS_URL))) return { scenario, skipped: `Redis not reachable at ${REDIS_URL}` };
  const prefix = randomPrefix('bench-webhook');
  try {
    return await withApp(sandbox, prefix, (app) => ingest(app, sandbox, scenario));
  } finally {
    const redis = connect();
    await deletePrefix(redis, prefix).finally(() => redis.quit());
  }
}

export async function benchWebhook(): Promise<Table[]> {
  const sandbox = await startSandbox({ processes: 100, rateLimits: false });
  try {
    const results: Measured[] = await withApp(sandbox, undefined, async (app) => {
      const challenges = challengePushes(sandbox, EVENTS);
      await post(app, challengePushes(sandbox, WARM_UP), (status) => status === 200);
      await post(app, eventPushes(sandbox, WARM_UP, randomBytes(6).toString('hex')), (status) => status === 200);
      const baseline: Measured = {
        scenario: 'url_verification (baseline)',
        load: await post(
          app,
          challenges,
          (status, text, index) => status === 200 && (JSON.parse(text) as { challenge?: string }).challenge === `challenge-${index}`,
        ),
      };
      return [baseline, await ingest(app, sandbox, 'events, memory event store')];
    });
    results.push(await measureRedis(sandbox));
    const rate = (result: Measured) => (result.load ? perSecond(result.load.requests, result.load) : 0);
    const baselineRate = rate(results[0] as Measured);
    return [
      {
        title: `Webhook ingest (${count(EVENTS)} pushes, concurrency ${CONCURRENCY}, encrypted + signed)`,
        columns: ['scenario', 'pushes', 'answered 200', 'recorded', 'pushes/s', 'p50 ms', 'p95 ms', 'max ms', 'pushes/s vs baseline'],
        rows: results.map((result) => {
          if (!result.load) return [result.scenario, `skipped: ${result.skipped ?? ''}`, '', '', '', '', '', '', ''];
          const latency = summarize(result.load.latenciesMs);
          return [
            result.scenario,
            count(result.load.requests),
            count(result.load.outcomes.get('ok') ?? 0),
            result.recorded === undefined ? '—' : count(result.recorded),
            fixed(rate(result)),
            fixed(latency.p50),
            fixed(latency.p95),
            fixed(latency.max),
            ratio(rate(result), baselineRate),
          ];
        }),
        notes: [
          'Acknowledgement latency is measured at the sender (HTTP on 127.0.0.1); Feishu allows 3,000 ms.',
          '"recorded" = events a live subscriber of the event store received (each push a distinct event_id; all six event types).',
          "Load generator, gateway and sandbox share one Node process, so the rates include the sender's own cost.",
        ],
      },
    ];
  } finally {
    await sandbox.close();
  }
}
