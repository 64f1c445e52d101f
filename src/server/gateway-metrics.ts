/**
 * What /metrics reports, with prom-client on one Registry per gateway (tests run several gateways in
 * one process). Families read from the gateway's parts at scrape time (cache, upstream call counts,
 * subscriptions) keep the names and labels of the first exporter; the rest are observed as things
 * happen: HTTP requests, GraphQL operations, upstream calls, budget waits and refusals, webhook pushes,
 * and Node's own runtime metrics.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { EventChannel } from '../events/event-intake.js';
import { LONG_CONNECTION_STATES, type LongConnectionStats } from '../events/long-connection.js';
import type { LoaderCache } from '../loaders/loader-cache.js';
import { CACHE_KINDS } from '../loaders/loader-cache.js';
import type { Endpoint } from '../upstream/api.js';
import { BREAKER_STATES, type BreakerState } from '../upstream/circuit-breaker.js';

const PREFIX = 'feishu_gateway';

/** Seconds, from a cached answer (about a millisecond) to a call that used its whole deadline. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface MetricSources {
  cache: LoaderCache;
  /** Calls actually sent to Feishu per endpoint, when the upstream client counts them. */
  upstreamCalls?: () => Readonly<Record<Endpoint, number>>;
  /** Subscriptions open on this replica. */
  activeSubscriptions: () => number;
  /** The event long connection's counts, when this replica holds one. */
  longConnection?: () => LongConnectionStats;
}

export interface GatewayMetricsOptions {
  /** Node's runtime metrics (CPU, memory, event loop lag, GC). @default true */
  runtime?: boolean;
  /** Distinct GraphQL operation names labelled; later ones are counted as "other". @default 200 */
  maxOperationNames?: number;
}

/**
 * Operation names come from clients: labelling them unbounded would let any client grow every
 * scrape without limit, so the first names seen keep their own series and the rest share one.
 */
function boundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
}

/** A counter whose value is a total kept elsewhere, read at scrape time. */
function totalsCounter<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  read: () => readonly { labels: Record<L, string>; value: number }[],
): void {
  new Counter<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, value } of read()) this.inc(labels as never, value);
    },
  });
}

export class GatewayMetrics {
  readonly registry = new Registry();
  // One declaration per family in prom-client's own form, alike on purpose: a family is read by its name,
  // help, labels and buckets, which is all that differs; a wrapper would save lines but hide that form.
  readonly httpRequests = new Counter({
    name: `${PREFIX}_http_requests_total`,
    help: 'HTTP requests served, by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: `${PREFIX}_http_request_duration_seconds`,
    help: 'Time from a request arriving to its response ending (a streamed subscription counts until it closes), by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly operationDuration = new Histogram({
    name: `${PREFIX}_graphql_operation_duration_seconds`,
    help: 'GraphQL queries and mutations, execution time by operation name, type and outcome (ok, partial: data with errors, error: no data).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram({
    name: `${PREFIX}_upstream_call_duration_seconds`,
    help: 'Requests sent to Feishu, by endpoint and outcome (ok, rate_limited, timeout, unavailable, auth_failed, bad_response, feishu_transient, feishu_not_found, feishu_rejected).',
    labelNames: ['endpoint', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly budgetWait = new Histogram({
    name: `${PREFIX}_limiter_wait_seconds`,
    help: 'How long calls waited for Feishu call budget before being sent, by endpoint and class (interactive, background: refreshes and retries).',
    labelNames: ['endpoint', 'class'] as const,
    buckets: [0, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly budgetRefusals = new Counter({
    name: `${PREFIX}_limiter_refusals_total`,
    help: "Calls refused before reaching Feishu (answered RATE_LIMITED or UNAVAILABLE), by endpoint, class (interactive, background) and reason (exhausted: no budget before the deadline; caller_share: the caller's share of the window is used; background_share: background work reached its share; unavailable: the shared budget could not be checked).",
    labelNames: ['endpoint', 'class', 'reason'] as const,
    registers: [this.registry],
  });
  readonly limitRefusals = new Counter({
    name: `${PREFIX}_limit_refusals_total`,
    help: 'GraphQL documents and subscriptions refused by a static limit before anything ran, by limit (depth, aliases, tokens, directives, cost, subscriptions: the per-caller cap).',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly operationBudgetRefusals = new Counter({
    name: `${PREFIX}_operation_budget_refusals_total`,
    help: 'Calls to Feishu refused because their operation had spent its budget for the endpoint (OPERATION_BUDGET_EXCEEDED), by endpoint.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });
  readonly breakerState = new Gauge({
    name: `${PREFIX}_upstream_breaker_state`,
    help: "Each endpoint's circuit breaker: 1 for its current state (closed, open: calls paused, half_open: a probe is allowed); endpoints never called are closed and not listed.",
    labelNames: ['endpoint', 'state'] as const,
    registers: [this.registry],
  });
  readonly breakerRefusals = new Counter({
    name: `${PREFIX}_upstream_breaker_refusals_total`,
    help: 'Calls answered UPSTREAM_UNAVAILABLE at once, without reaching Feishu, because their endpoint breaker was open, by endpoint.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });
  readonly webhookEvents = new Counter({
    name: `${PREFIX}_webhook_events_total`,
    help: 'Pushes to POST /webhook/feishu, by event type (unknown when unreadable) and outcome (recorded, duplicate, ignored, challenge, refused, failed, too_large).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly longConnectionEvents = new Counter({
    name: `${PREFIX}_long_connection_events_total`,
    help: 'Events received over the long connection, by event type (unknown when unreadable, other when not a process event) and outcome (recorded, duplicate, ignored, invalid, failed: acknowledged 500, Feishu pushes it again).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  /** Maps a client's operation name to its label. */
  readonly operationLabel: (name: string) => string;

  constructor(options: GatewayMetricsOptions = {}) {
    this.operationLabel = boundedLabel(options.maxOperationNames ?? 200);
    if (options.runtime !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** Families read from the gateway's parts when scraped; the names and labels of the first exporter. */
  watch(sources: MetricSources): void {
    const registry = this.registry;
    const perKind = (field: 'hits' | 'misses' | 'coalesced' | 'invalidated') => () => {
      const { byKind } = sources.cache.stats();
      return CACHE_KINDS.map((kind) => ({ labels: { kind }, value: byKind[kind][field] }));
    };
    const upstreamCalls = sources.upstreamCalls;
    if (upstreamCalls) {
      totalsCounter(
        registry,
        `${PREFIX}_upstream_calls_total`,
        'Calls sent to Feishu, per endpoint (retries included).',
        ['endpoint'],
        () => Object.entries(upstreamCalls()).map(([endpoint, value]) => ({ labels: { endpoint }, value })),
      );
    }
    totalsCounter(registry, `${PREFIX}_cache_hits_total`, 'Loader cache lookups answered from the cache.', ['kind'], perKind('hits'));
    totalsCounter(registry, `${PREFIX}_cache_misses_total`, 'Loader cache lookups that called Feishu.', ['kind'], perKind('misses'));
    totalsCounter(
      registry,
      `${PREFIX}_cache_coalesced_total`,
      'Loader cache lookups that joined an identical call already in flight.',
      ['kind'],
      perKind('coalesced'),
    );
    totalsCounter(
      registry,
      `${PREFIX}_cache_invalidated_entries_total`,
      'Cache entries dropped because what they hold changed (events, actions, other replicas), by kind.',
      ['kind'],
      perKind('invalidated'),
    );
    totalsCounter(registry, `${PREFIX}_cache_invalidations_total`, 'Processes invalidated (events, mutations, other replicas).', [], () => [
      { labels: {}, value: sources.cache.stats().invalidations },
    ]);
    new Gauge({
      name: `${PREFIX}_cache_entries`,
      help: 'Entries held by the loader cache.',
      registers: [registry],
      collect() {
        this.set(sources.cache.stats().entries);
      },
    });
    const longConnection = sources.longConnection;
    if (longConnection) watchLongConnection(registry, longConnection);
    new Gauge({
      name: `${PREFIX}_subscriptions_active`,
      help: 'GraphQL subscriptions open on this replica (SSE and WebSocket).',
      registers: [registry],
      collect() {
        this.set(sources.activeSubscriptions());
      },
    });
  }

  /** Records an endpoint's breaker state: 1 for the current one, 0 for the others. */
  setBreakerState(endpoint: Endpoint, state: BreakerState): void {
    for (const each of BREAKER_STATES) this.breakerState.set({ endpoint, state: each }, each === state ? 1 : 0);
  }

  /** The counter of the channel an event came through. */
  eventsFrom(channel: EventChannel): Counter<'type' | 'outcome'> {
    return channel === 'webhook' ? this.webhookEvents : this.longConnectionEvents;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

function watchLongConnection(registry: Registry, read: () => LongConnectionStats): void {
  const name = `${PREFIX}_long_connection`;
  new Gauge({
    name: `${name}_state`,
    help: 'The event long connection state: 1 for the current one (failed: discovery refused for good, see /readyz).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const { state } = read();
      for (const each of LONG_CONNECTION_STATES) this.set({ state: each }, each === state ? 1 : 0);
    },
  });
  totalsCounter(registry, `${name}_reconnects_total`, 'Long connections re-established after one was lost.', [], () => [
    { labels: {}, value: read().reconnects },
  ]);
  totalsCounter(
    registry,
    `${name}_events_received_total`,
    'Whole messages received over the long connection (split messages counted once).',
    [],
    () => [{ labels: {}, value: read().eventsReceived }],
  );
  totalsCounter(
    registry,
    `${name}_acks_total`,
    'Acknowledgements sent to Feishu over the long connection, by code (200 recorded, 500 not: Feishu pushes it again).',
    ['code'],
    () => Object.entries(read().acks).map(([code, value]) => ({ labels: { code }, value })),
  );
}
