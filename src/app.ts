/**
 * Composition: the one place that decides what runs where. Without Feishu credentials it starts the
 * simulator and points everything at it; with REDIS_URL every shared piece (event log, dedup,
 * idempotency keys, call budgets, cache invalidation, the shared second level of the loader cache) lives
 * in Redis, otherwise in this process.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryIdempotencyStore, type IdempotencyStore } from './actions/idempotency-store.js';
import { RedisIdempotencyStore } from './actions/redis-idempotency-store.js';
import { createAuthenticator, type Authenticator } from './auth/authenticator.js';
import { mintSandboxCallers, type SandboxCallers } from './auth/sandbox-callers.js';
import { longConnectionOn, webhookIngressOn, type Config } from './config.js';
import { createEventIntake } from './events/event-intake.js';
import { createEventInfrastructure, type EventInfrastructure } from './events/infrastructure.js';
import { startLongConnection, type LongConnection } from './events/long-connection.js';
import { closeRedis, logConnectionErrors, redisUnreachable } from './events/redis-connection.js';
import { createWebhookHandler } from './events/webhook-handler.js';
import { createLoaderCache, type CacheChange } from './loaders/loader-cache.js';
import { createProcessRefresher } from './loaders/process-refresher.js';
import { RedisSharedCache } from './loaders/redis-shared-cache.js';
import { ResultCache } from './server/result-cache.js';
import { ProcessWatchers } from './loaders/process-watchers.js';
import type { Logger } from './logger.js';
import type { Sandbox } from './sandbox/types.js';
import { createGateway, ROUTES, type Gateway, type ReadinessCheck } from './server/gateway.js';
import { fairSharesOf, gatewayLimitsOf } from './server/fair-use.js';
import { GatewayMetrics } from './server/gateway-metrics.js';
import { upstreamTelemetry } from './server/upstream-telemetry.js';
import type { Endpoint } from './upstream/api.js';
import { resolveBudgets, type Budget } from './upstream/budgets.js';
import { createFeishuClient, type FeishuClient } from './upstream/client.js';
import { RedisRateLimiter } from './upstream/redis-rate-limiter.js';
import { USER_AGENT } from './version.js';

export interface AppOptions {
  config: Readonly<Config>;
  logger: Logger;
  /** Use this simulator instead of starting one (tests, benchmarks, several replicas on one sandbox). */
  sandbox?: Sandbox;
  /** Namespace of every Redis key and channel, instead of config's (tests: several fleets on one Redis). @default config.redisKeyPrefix */
  redisKeyPrefix?: string;
  /** Overrides of Feishu's call budgets (tests; a real app keeps Feishu's). */
  budgets?: Partial<Record<Endpoint, Budget>>;
  /** With REDIS_URL, share what replicas read through Redis (benchmarks turn it off to compare). @default true */
  sharedCache?: boolean;
}

export interface App {
  gateway: Gateway;
  client: FeishuClient;
  events: EventInfrastructure;
  /** The event long connection, when FEISHU_EVENT_MODE asks for it. */
  longConnection?: LongConnection;
  /** The simulator, in sandbox mode. */
  sandbox?: Sandbox;
  /** Sandbox mode with GATEWAY_AUTH=on: the callers minted to try the model with (printed at start-up). */
  sandboxCallers?: SandboxCallers;
  close(): Promise<void>;
}

interface Upstream {
  baseUrl: string;
  appId: string;
  appSecret: string;
  verificationToken?: string;
  encryptKey?: string;
}

function upstreamOf(config: Readonly<Config>, sandbox: Sandbox | undefined): Upstream {
  if (sandbox) {
    const { url, appId, appSecret, verificationToken, encryptKey } = sandbox;
    return { baseUrl: url, appId, appSecret, verificationToken, encryptKey };
  }
  const { appId, appSecret, baseUrl, verificationToken, encryptKey } = config.feishu;
  if (!appId || !appSecret) throw new Error('FEISHU_APP_ID and FEISHU_APP_SECRET are needed outside sandbox mode');
  return { baseUrl, appId, appSecret, verificationToken, encryptKey };
}

/** The authenticator config asks for (none with auth off); in sandbox mode, with the minted callers too. */
async function callersOf(
  config: Readonly<Config>,
  sandbox: Sandbox | undefined,
): Promise<{ auth?: Authenticator; minted?: SandboxCallers }> {
  if (!config.auth) return {};
  const { apiKeys, jwt } = config.callers;
  const sampleUser = config.sandbox ? sandbox?.sampleUserIds[0] : undefined;
  if (!sampleUser) return { auth: createAuthenticator({ apiKeys, jwt }) };
  const minted = await mintSandboxCallers(sampleUser, jwt);
  return { auth: createAuthenticator({ apiKeys: [...apiKeys, minted.readerDefinition], jwt: minted.jwt }), minted };
}

export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const keyPrefix = options.redisKeyPrefix ?? config.redisKeyPrefix;
  const startedSandbox =
    !options.sandbox && config.sandbox
      ? // Loaded only in sandbox mode: a production process never loads the simulator.
        await (
          await import('./sandbox/index.js')
        ).startSandbox({
          seed: config.sandboxSettings.seed,
          processes: config.sandboxSettings.processes,
          liveActivity: config.sandboxSettings.liveActivity,
          eventDelivery: config.eventMode,
          logger: logger.child({ component: 'sandbox' }),
        })
      : undefined;
  const sandbox = options.sandbox ?? startedSandbox;
  const upstream = upstreamOf(config, sandbox);
  const closers: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch((error: unknown) => logger.warn({ err: error }, 'error while closing'));
  };
  if (startedSandbox) closers.push(() => startedSandbox.close());

  try {
    const { subscriptions } = config.fairUse;
    const events = await createEventInfrastructure({
      redisUrl: config.redisUrl,
      keyPrefix,
      logger,
      subscriptionLimits: { maxBuffered: subscriptions.bufferEvents, maxBufferedBytes: subscriptions.bufferBytes },
    });
    closers.push(() => events.close());

    const budgets = resolveBudgets(options.budgets);
    let idempotency: IdempotencyStore = new MemoryIdempotencyStore();
    let limiter: RedisRateLimiter | undefined;
    const readinessChecks: ReadinessCheck[] = [() => events.unreachable()];
    if (config.redisUrl) {
      const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
      logConnectionErrors(redis, logger, 'budgets and idempotency');
      closers.push(() => closeRedis(redis));
      readinessChecks.push(() => redisUnreachable([redis]));
      idempotency = new RedisIdempotencyStore(redis, { keyPrefix: `${keyPrefix}idem:` });
      limiter = new RedisRateLimiter(redis, budgets, { keyPrefix: `${keyPrefix}budget:`, shares: fairSharesOf(config.fairUse) });
    }

    const metrics = new GatewayMetrics();
    const upstreamLogger = logger.child({ component: 'upstream' });
    const client = createFeishuClient({
      ...upstream,
      budgets,
      limiter,
      shares: fairSharesOf(config.fairUse),
      breaker: { failures: config.fairUse.breaker.failures, cooldownMs: config.fairUse.breaker.cooldownSeconds * 1000 },
      logger: upstreamLogger,
      observer: upstreamTelemetry(metrics, upstreamLogger),
      userAgent: USER_AGENT,
    });
    closers.push(() => client.close());

    const announce = (change: CacheChange) =>
      events.invalidation.publish(change).catch((error: unknown) => {
        // This replica already dropped its copy; the others keep theirs until the TTL.
        logger.warn({ err: error, change }, 'could not tell the other replicas about a change');
      });
    /** With Redis, what one replica reads from Feishu the others read from Redis (one read per change for the fleet). */
    const shared =
      config.redisUrl && options.sharedCache !== false
        ? new RedisSharedCache({
            redisUrl: config.redisUrl,
            keyPrefix: `${keyPrefix}cache:`,
            logger: logger.child({ component: 'shared-cache' }),
          })
        : undefined;
    if (shared) {
      closers.push(async () => shared.close());
      await shared.connect();
    }
    /** Drops what the fleet shares about a change before any replica hears of it; `token` names the change (claimed once). */
    const claim = async (change: CacheChange, token: string = randomUUID()) =>
      shared?.claim(change, token, change.processId !== undefined && refreshesHere(change.processId));
    const cache = createLoaderCache({ shared, onOperatorsLearned: (users) => void claim({ users }).then(() => announce({ users })) });
    const refresher = createProcessRefresher({ api: client, cache, logger });
    closers.push(async () => refresher.close());
    const watchers = new ProcessWatchers();
    /**
     * Every replica hears every change (its own first). Each drops its copies and reads the process again
     * to learn who it concerns now, but only if someone there could read it: it held the process before
     * the change, or a live subscription watches it. Reading it for nobody would spend Feishu's budget on
     * nothing; the read is background work, within background work's share.
     */
    const refreshesHere = (processId: string) => cache.holds(processId) || watchers.watches(processId);
    const stopListening = events.invalidation.subscribe((change) => {
      const wanted = change.processId !== undefined && refreshesHere(change.processId);
      cache.apply(change);
      if (wanted) refresher.schedule(change.processId as string);
    });
    closers.push(async () => stopListening());
    /**
     * A change learned here (event or own action): the fleet's shared copies are dropped (claimed: when this
     * replica will read the process again, the others wait for its copy), then every replica drops the
     * process and the task lists of the users this one knows it concerned.
     */
    const processChanged = async (processId: string, token?: string) => {
      const users = cache.usersOf(processId);
      const change = users.length > 0 ? { processId, users } : { processId };
      await claim(change, token);
      await announce(change);
    };

    /** Both ingresses hand their events to this one intake: one dedup, one log, one invalidation path. */
    const intake = createEventIntake({
      store: events.store,
      // Claimed before it is recorded: subscribers on any replica read the process after the event, never the shared copy from before it.
      beforeRecord: async (event) => claim({ processId: event.processId, users: cache.usersOf(event.processId) }, event.eventId),
      onRecorded: (event) => processChanged(event.processId, event.eventId),
      onUnnamedChange: processChanged,
      logger: logger.child({ component: 'events' }),
      observe: (channel, type, outcome) => metrics.eventsFrom(channel).inc({ type, outcome }),
    });
    const webhook = webhookIngressOn(config)
      ? createWebhookHandler({
          verificationToken: upstream.verificationToken,
          encryptKey: upstream.encryptKey,
          intake,
          logger: logger.child({ component: 'webhook' }),
          observe: (outcome) => metrics.webhookEvents.inc({ type: 'unknown', outcome }),
        })
      : undefined;
    const longConnection = longConnectionOn(config)
      ? await startLongConnection({
          appId: upstream.appId,
          appSecret: upstream.appSecret,
          baseUrl: upstream.baseUrl,
          intake,
          pingTimeoutSeconds: config.longConnection.pingTimeoutSeconds,
          logger: logger.child({ component: 'long-connection' }),
        })
      : undefined;
    if (longConnection) closers.push(() => longConnection.close());

    const callers = await callersOf(config, sandbox);
    const gateway = await createGateway({
      api: client,
      cache,
      logger,
      host: config.host,
      port: config.port,
      webhook,
      idempotency,
      invalidateProcess: processChanged,
      events: events.store,
      changes: events.invalidation,
      sampleUserIds: sandbox?.sampleUserIds,
      sampleTask: sandbox?.sampleTask(),
      auth: callers.auth,
      corsOrigins: config.corsOrigins,
      drainDelayMs: config.drainSeconds * 1000,
      readinessChecks: longConnection ? [...readinessChecks, longConnection.readiness] : readinessChecks,
      metrics,
      longConnectionStats: longConnection?.stats,
      resultCache: config.resultCacheMegabytes > 0 ? new ResultCache({ maxBytes: config.resultCacheMegabytes * 1_048_576 }) : undefined,
      trustedDocuments: config.trustedDocuments,
      limits: gatewayLimitsOf(config.fairUse),
      watchers,
    });
    closers.push(() => gateway.close());
    if (startedSandbox && webhook) startedSandbox.setWebhookUrl(`${gateway.url}${ROUTES.webhook}`);

    return { gateway, client, events, longConnection, sandbox, sandboxCallers: callers.minted, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
