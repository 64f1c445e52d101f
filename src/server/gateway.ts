/**
 * The gateway's HTTP face: GraphQL (yoga) on /graphql with GraphiQL, subscriptions over SSE and
 * WebSocket (graphql-transport-ws) on the same path, the Apollo Federation subgraph schema on
 * /graphql/subgraph for a supergraph router, health and readiness probes, Prometheus metrics, and
 * the Feishu webhook route when a handler is given.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import { createLoaderCache, type LoaderCache } from '../loaders/loader-cache.js';
import { createLoaders } from '../loaders/loaders.js';
import { silentLogger, type Logger } from '../logger.js';
import type { GraphQLContext } from '../schema/context.js';
import { closableFeed, type CacheChangeFeed } from './closable-feed.js';
import { maskGatewayError } from '../schema/errors.js';
import { schema, subgraphSchema } from '../schema/index.js';
import { GatewayMetrics } from './gateway-metrics.js';
import { graphiqlOptions, type SampleTask } from './graphiql.js';
import { serveGraphQLOverWebSocket } from './graphql-ws.js';
import { trackRequest } from './access-log.js';
import { currentRequest, runInRequestScope } from './request-scope.js';
import { useGraphQLPhaseMetrics } from './use-graphql-phase-metrics.js';
import { useOperationTelemetry } from './use-operation-telemetry.js';
import { useRequestIdInErrors } from './use-request-id-in-errors.js';
import { yogaLogging } from './yoga-logging.js';
import { useFreshContextPerEvent } from './use-fresh-context-per-event.js';
import type { Endpoint, ProcessApi } from '../upstream/api.js';
import type { FeishuClient } from '../upstream/client.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from '../actions/idempotency-store.js';
import type { EventStore } from '../events/event-store.js';
import { MemoryEventStore } from '../events/memory-event-store.js';
import { createEventStreams } from '../events/event-stream.js';
import { auditTo } from '../actions/audit.js';
import type { Authenticator } from '../auth/authenticator.js';
import { ANONYMOUS_CALLER, type Caller } from '../auth/caller.js';
import { corsFor } from './cors.js';
import { useCallerAuthentication, type CallerCarrier } from './use-caller-authentication.js';
import { useCsrfPrevention } from './use-csrf-prevention.js';
import { useCredentialExpiry } from './use-credential-expiry.js';
import type { LongConnectionStats } from '../events/long-connection.js';
import { ReadSet, type ResultCache } from './result-cache.js';
import { useResultCache } from './use-result-cache.js';
import type { TrustedDocumentManifest, TrustedDocumentsMode } from '../config-trusted-documents.js';
import { loadTrustedDocuments, ownManifest } from './trusted-documents.js';
import { useTrustedDocuments } from './use-trusted-documents.js';
import { serveGraphQLSseSingleConnection } from './graphql-sse-single-connection.js';
import { ProcessWatchers } from '../loaders/process-watchers.js';
import { callerKeyOf, DEFAULT_GATEWAY_LIMITS, operationApi, type GatewayLimits } from './fair-use.js';
import { useLimitStatus } from './limit-errors.js';
import { useCostLimit } from './use-cost-limit.js';
import { useQueryLimits } from './use-query-limits.js';
import { useRequestBodyLimit } from './use-request-body-limit.js';
import { useSubscriptionCap } from './use-subscription-cap.js';

export interface GatewayOptions {
  api: ProcessApi;
  /** The loader cache shared by all requests. @default createLoaderCache() */
  cache?: LoaderCache;
  /** @default silentLogger */
  logger?: Logger;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 4000 */
  port?: number;
  /** Remembers mutation outcomes by idempotency key. @default new MemoryIdempotencyStore() */
  idempotency?: IdempotencyStore;
  /**
   * How a change this gateway made is announced, so every replica's cache drops the process.
   * @default the local cache's invalidateProcess
   */
  invalidateProcess?: (processId: string) => void | Promise<void>;
  /** The event log subscriptions read from. @default a MemoryEventStore */
  events?: EventStore;
  /** Changes announced to every replica (the invalidation bus). @default none: `approverTasksChanged` never fires */
  changes?: CacheChangeFeed;
  /** Mounted at POST /webhook/feishu when given. */
  webhook?: (req: IncomingMessage, res: ServerResponse) => void;
  /** First GraphiQL tab's query. @default src/operations/Inbox.graphql */
  graphiqlDefaultQuery?: string;
  /** Users whose ids fill GraphiQL's example variables. */
  sampleUserIds?: readonly string[];
  /** A task in progress of the first sample user, for GraphiQL's ProcessDetail and approval tabs (sandbox mode). */
  sampleTask?: SampleTask;
  /**
   * How long close() keeps serving with /readyz at 503, so load balancers stop routing here before
   * the listener closes. @default 0
   */
  drainDelayMs?: number;
  /** What else must hold for /readyz to answer 200 (Redis reachable, the long connection up ...). @default none */
  readinessChecks?: readonly ReadinessCheck[];
  /**
   * Names the caller of every request, SSE stream and WebSocket; the unnamed are refused (401, 4403).
   * @default none: authentication off, every caller anonymous with every scope
   */
  auth?: Authenticator;
  /** Browser origins (besides the gateway's own) allowed to call /graphql. @default none */
  corsOrigins?: readonly string[];
  /** The event long connection's counts, for /metrics. @default none (no long-connection families) */
  longConnectionStats?: () => LongConnectionStats;
  /** Where /metrics reads from; share it with the upstream client's observer to export its calls. @default a new GatewayMetrics */
  metrics?: GatewayMetrics;
  /** Answers to read operations, served without executing; dropped by the loader cache's changes. @default none */
  resultCache?: ResultCache;
  /** Yoga plugins run on /graphql after the gateway's own (benchmarks compare another response cache through it). @default none */
  plugins?: readonly Plugin[];
  /**
   * Documents clients may name by id: the gateway's own manifest (src/operations) and these; and who may
   * send documents in none of them. @default mode 'allow', the gateway's own manifest only
   */
  trustedDocuments?: { mode: TrustedDocumentsMode; manifests?: readonly TrustedDocumentManifest[] };
  /** Limits and fair use: document limits, each operation's upstream budget, subscriptions per caller, HTTP timeouts. @default DEFAULT_GATEWAY_LIMITS */
  limits?: Partial<GatewayLimits>;
  /** What live subscriptions watch (the background refresh reads a changed process only when watched or cached). @default a new registry */
  watchers?: ProcessWatchers;
}

/** One condition of readiness: undefined when it holds, otherwise a short reason (no secrets: /readyz shows it). */
export type ReadinessCheck = () => string | undefined | Promise<string | undefined>;

export type ServerContext = { req: IncomingMessage; res: ServerResponse } & CallerCarrier;
type GatewayYogaOptions = YogaServerOptions<ServerContext, GraphQLContext>;
type GatewayPlugins = NonNullable<GatewayYogaOptions['plugins']>;

export interface Gateway {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The GraphQL endpoint (GraphiQL in a browser). */
  graphqlUrl: string;
  /** The Apollo Federation v2 subgraph endpoint, for a supergraph router. */
  subgraphUrl: string;
  server: Server;
  yoga: YogaServerInstance<ServerContext, GraphQLContext>;
  cache: LoaderCache;
  metrics: GatewayMetrics;
  /** Answers to reads, when the gateway keeps them. */
  resultCache?: ResultCache;
  /** Subscriptions (SSE and WebSocket) being served now. */
  activeSubscriptions(): number;
  /** Ends subscriptions (their last result: STREAM_CLOSED with the cursor to resume after), closes WebSockets, stops serving. */
  close(): Promise<void>;
}

export const ROUTES = {
  graphql: '/graphql',
  /** The same operations over the federation subgraph schema (with `_service` and `_entities`), for a supergraph router. */
  subgraph: '/graphql/subgraph',
  health: '/healthz',
  ready: '/readyz',
  metrics: '/metrics',
  webhook: '/webhook/feishu',
} as const;

/**
 * Largest GraphQL request, over HTTP or one WebSocket message: room for a big form write, far below
 * the libraries' defaults (25 MB, 100 MiB) that would let one request hold that much memory.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** How long close() lets in-flight requests finish before cutting connections. */
const DRAIN_MS = 5_000;

/** The real client counts the calls it sends; other ProcessApi implementations need not. */
function upstreamCallsOf(api: ProcessApi): (() => Readonly<Record<Endpoint, number>>) | undefined {
  const calls = (api as Partial<FeishuClient>).stats?.calls;
  return calls ? () => ({ ...calls }) : undefined;
}

/** Not async: every other request passes straight through, without waiting a promise of nothing. */
function useMetricsEndpoint(endpoint: string, metrics: GatewayMetrics): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      return metrics.render().then((text) => {
        endResponse(new fetchAPI.Response(text, { status: 200, headers: { 'content-type': metrics.contentType } }));
      });
    },
  };
}

/**
 * Yoga's useReadinessCheck, matching the same URLs (the path, or any URL ending in it) without testing
 * a URLPattern on every request: a fixed path needs none, and that test was 2% of a warm cached read.
 */
function useReadinessEndpoint(endpoint: string, readiness: (fetchAPI: { Response: typeof Response }) => Promise<Response>): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint && !request.url.endsWith(endpoint)) return;
      return readiness(fetchAPI).then(endResponse);
    },
  };
}

/** A request's loaders, and what they served it (the answer's dependencies, for the result cache). */
function loadersNoting(api: ProcessApi, cache: LoaderCache): Pick<GraphQLContext, 'loaders' | 'reads'> {
  const reads = new ReadSet();
  return { loaders: createLoaders(api, cache, reads), reads };
}

const ROUTE_PATHS: ReadonlySet<string> = new Set(Object.values(ROUTES));

function routeOf(req: IncomingMessage): string {
  // Most requests name a route exactly, with no query: no URL to parse for those.
  if (req.url !== undefined && ROUTE_PATHS.has(req.url)) return req.url;
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  return ROUTE_PATHS.has(path) ? path : 'other';
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { api } = options;
  const logger = options.logger ?? silentLogger;
  const cache = options.cache ?? createLoaderCache();
  const metrics = options.metrics ?? new GatewayMetrics();
  const actions = {
    idempotency: options.idempotency ?? new MemoryIdempotencyStore(),
    invalidateProcess: options.invalidateProcess ?? ((processId: string) => cache.invalidateProcess(processId)),
    onInvalidationFailed: (processId: string, error: unknown) =>
      logger.warn({ err: error, processId }, 'could not announce a change this gateway made; other replicas keep their copy until its TTL'),
  };
  const events = createEventStreams(options.events ?? new MemoryEventStore({ logger }), { cache });
  const { resultCache } = options;
  const stopDroppingAnswers = resultCache ? cache.onChange((change) => resultCache.apply(change)) : () => undefined;
  const changes = closableFeed(options.changes ?? { subscribe: () => () => undefined });
  const activeSubscriptions = () => events.active + changes.active;
  const audit = auditTo(logger);
  const limits: GatewayLimits = { ...DEFAULT_GATEWAY_LIMITS, ...options.limits };
  const watchers = options.watchers ?? new ProcessWatchers();
  /** Each operation (and each subscription event) gets its own budget of calls to Feishu. */
  const apiFor = (callerKey: string) =>
    operationApi(api, limits.operationBudget, callerKey, (endpoint) => metrics.operationBudgetRefusals.inc({ endpoint }));
  /** With auth on, an operation whose caller was not named must never run (it would run as nobody in particular). */
  const callerOf = (carried: Caller | undefined): Caller => {
    if (carried) return carried;
    if (options.auth) throw new Error('no caller was named for this operation');
    return ANONYMOUS_CALLER;
  };
  const trusted = loadTrustedDocuments(
    [ownManifest(), ...(options.trustedDocuments?.manifests ?? [])],
    schema,
    options.trustedDocuments?.mode ?? 'allow',
  );
  const singleConnectionSse = serveGraphQLSseSingleConnection({
    endpoint: ROUTES.graphql,
    trusted,
    callerOf,
    maxBodyBytes: MAX_REQUEST_BYTES,
    maxStreamsPerCaller: limits.maxSubscriptionsPerCaller,
  });
  metrics.watch({ cache, upstreamCalls: upstreamCallsOf(api), activeSubscriptions, longConnection: options.longConnectionStats });
  let state: 'starting' | 'ready' | 'draining' = 'starting';
  const readiness = async (fetchAPI: { Response: typeof Response }): Promise<Response> => {
    const reasons: string[] = state === 'ready' ? [] : [state];
    for (const check of options.readinessChecks ?? []) {
      const reason = await Promise.resolve()
        .then(check)
        .catch(() => 'a readiness check failed');
      if (reason && !reasons.includes(reason)) reasons.push(reason);
    }
    const ready = reasons.length === 0;
    return new fetchAPI.Response(JSON.stringify(ready ? { status: 'ready' } : { status: 'not ready', reasons }), {
      status: ready ? 200 : 503,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  };

  /** One count for both GraphQL routes: a caller holds its subscriptions on this replica, whichever route it opened them on. */
  const subscriptionCap = useSubscriptionCap<GraphQLContext>({
    maxPerCaller: limits.maxSubscriptionsPerCaller,
    keyOf: (context) => context.callerKey,
    onRefused: () => metrics.limitRefusals.inc({ limit: 'subscriptions' }),
  });
  /** What every GraphQL route runs, in this order: telemetry, limits, authentication, trusted documents. */
  const guardsOf = (endpoint: string): GatewayPlugins => [
    useOperationTelemetry(metrics),
    useGraphQLPhaseMetrics(metrics),
    useRequestIdInErrors(),
    useFreshContextPerEvent<GraphQLContext>((context) => {
      const operation = context.freshApi();
      return { ...context, api: operation, loaders: createLoaders(operation, cache) };
    }),
    ...useQueryLimits({ limits: limits.query, onRefused: (limit) => metrics.limitRefusals.inc({ limit }) }),
    useLimitStatus(),
    useCostLimit({ maxCost: limits.query.maxCost, onRefused: () => metrics.limitRefusals.inc({ limit: 'cost' }) }),
    subscriptionCap,
    useCsrfPrevention(endpoint),
    useCredentialExpiry(),
    ...(options.auth ? [useCallerAuthentication({ authenticator: options.auth, endpoint, logger })] : []),
    useTrustedDocuments(trusted, callerOf),
  ];
  // Last: its onParams runs after every guard, and after authentication named the caller (onRequest).
  const answersFromCache = resultCache ? [useResultCache({ cache: resultCache, defaultCaller: ANONYMOUS_CALLER })] : [];
  const serveGraphQL = (route: Pick<GatewayYogaOptions, 'schema' | 'graphqlEndpoint' | 'graphiql' | 'healthCheckEndpoint' | 'plugins'>) =>
    createYoga<ServerContext, GraphQLContext>({
      // Enforced by useRequestBodyLimit, last among the plugins, which skips yoga's counting stream for a body of known length.
      maxRequestBodySize: false,
      // GraphQL over HTTP's persisted documents (served by useTrustedDocuments).
      extraParamNames: ['documentId'],
      landingPage: false,
      renderGraphiQL,
      cors: corsFor(options.corsOrigins ?? []),
      context: ({ request, req, caller: carried }) => {
        const caller = callerOf(carried);
        const scope = currentRequest();
        if (scope) scope.access['caller'] = caller.name;
        const callerKey = callerKeyOf(caller, req);
        const operation = apiFor(callerKey);
        return {
          caller,
          callerKey,
          audit,
          logger,
          ...loadersNoting(operation, cache),
          api: operation,
          freshApi: () => apiFor(callerKey),
          watchers,
          cache,
          actions,
          events,
          changes,
          idempotencyKeyHeader: request.headers.get('idempotency-key') ?? undefined,
        };
      },
      // yoga logs every error it masks, through `logging` (which logs the unexpected ones with their stack).
      maskedErrors: { maskError: maskGatewayError },
      logging: yogaLogging(logger),
      ...route,
      plugins: [...(route.plugins ?? []), useRequestBodyLimit(MAX_REQUEST_BYTES)],
    });

  const yoga = serveGraphQL({
    schema,
    graphqlEndpoint: ROUTES.graphql,
    healthCheckEndpoint: ROUTES.health,
    // Per page load: the approval tab gets a new idempotency key each time.
    graphiql: () =>
      graphiqlOptions({ defaultQuery: options.graphiqlDefaultQuery, sampleUserIds: options.sampleUserIds, sampleTask: options.sampleTask }),
    plugins: [
      useReadinessEndpoint(ROUTES.ready, readiness),
      useMetricsEndpoint(ROUTES.metrics, metrics),
      ...guardsOf(ROUTES.graphql),
      // After caller authentication: graphql-sse's single-connection requests are authenticated like any other.
      singleConnectionSse.plugin,
      ...answersFromCache,
      ...(options.plugins ?? []),
    ],
  });
  /**
   * A second yoga rather than one switching schemas: yoga serves one endpoint per instance, and this
   * route has no GraphiQL, WebSocket or single-connection SSE (a router sends plain HTTP requests).
   * The guards are the same, so a router's request is authenticated, limited and costed like any other.
   */
  const subgraphYoga = serveGraphQL({
    schema: subgraphSchema,
    graphqlEndpoint: ROUTES.subgraph,
    graphiql: false,
    plugins: [...guardsOf(ROUTES.subgraph), ...answersFromCache],
  });

  const quietRoutes: readonly string[] = [ROUTES.health, ROUTES.ready, ROUTES.metrics];
  // Node's defaults hold a socket 60 s for slow headers and 300 s for a slow body, checked every 30 s.
  const server = createServer(
    { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
    (req, res) => {
      const route = routeOf(req);
      const scope = trackRequest(req, res, route, { logger, metrics, quiet: quietRoutes.includes(route) });
      runInRequestScope(scope, () => {
        if (options.webhook && route === ROUTES.webhook && req.method === 'POST') {
          options.webhook(req, res);
          return;
        }
        void (route === ROUTES.subgraph ? subgraphYoga : yoga)(req, res);
      });
    },
  );
  const webSockets = serveGraphQLOverWebSocket(server, yoga, ROUTES.graphql, MAX_REQUEST_BYTES, {
    authenticator: options.auth,
    allowedOrigins: options.corsOrigins ?? [],
    logger,
    trusted,
  });

  const address = await listen(server, options.port ?? 4000, options.host ?? '127.0.0.1');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  state = 'ready';
  logger.info({ url: `${url}${ROUTES.graphql}` }, 'gateway listening');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      state = 'draining';
      if (options.drainDelayMs) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await events.close();
      changes.close();
      await singleConnectionSse.close();
      await webSockets.close();
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(cut);
      await yoga.dispose();
      await subgraphYoga.dispose();
      stopDroppingAnswers();
    })());

  return {
    url,
    graphqlUrl: `${url}${ROUTES.graphql}`,
    subgraphUrl: `${url}${ROUTES.subgraph}`,
    server,
    yoga,
    cache,
    metrics,
    resultCache,
    activeSubscriptions,
    close,
  };
}
