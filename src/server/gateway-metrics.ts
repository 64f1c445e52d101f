/** What /metrics reports: upstream calls per endpoint, loader cache traffic, HTTP requests, the event long connection. */
import { LONG_CONNECTION_STATES, type LongConnectionStats } from '../events/long-connection.js';
import type { LoaderCache } from '../loaders/loader-cache.js';
import { CACHE_KINDS } from '../loaders/loader-cache.js';
import type { Endpoint } from '../upstream/api.js';
import type { MetricFamily } from './prometheus.js';

const PREFIX = 'feishu_gateway';

export interface MetricSources {
  cache: LoaderCache;
  /** Calls actually sent to Feishu per endpoint, when the upstream client counts them. */
  upstreamCalls?: () => Readonly<Record<Endpoint, number>>;
  /** Subscriptions open on this replica. */
  activeSubscriptions: () => number;
  /** The event long connection's counts, when this replica holds one. */
  longConnection?: () => LongConnectionStats;
}

/** HTTP requests by route and status code. */
export class RequestCounter {
  private readonly counts = new Map<string, number>();

  add(route: string, status: number): void {
    const key = JSON.stringify([route, String(status)]);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  family(): MetricFamily {
    const samples = [...this.counts].map(([key, value]) => {
      const [route, status] = JSON.parse(key) as [string, string];
      return { labels: { route, status }, value };
    });
    return { name: `${PREFIX}_http_requests_total`, help: 'HTTP requests served, by route and status.', type: 'counter', samples };
  }
}

export function gatewayMetrics(sources: MetricSources, requests: RequestCounter): MetricFamily[] {
  const stats = sources.cache.stats();
  const perKind = (field: 'hits' | 'misses' | 'coalesced') => CACHE_KINDS.map((kind) => ({ labels: { kind }, value: stats.byKind[kind][field] }));
  const families: MetricFamily[] = [];
  const calls = sources.upstreamCalls?.();
  if (calls) {
    families.push({
      name: `${PREFIX}_upstream_calls_total`,
      help: 'Calls sent to Feishu, per endpoint (retries included).',
      type: 'counter',
      samples: Object.entries(calls).map(([endpoint, value]) => ({ labels: { endpoint }, value })),
    });
  }
  families.push(
    { name: `${PREFIX}_cache_hits_total`, help: 'Loader cache lookups answered from the cache.', type: 'counter', samples: perKind('hits') },
    { name: `${PREFIX}_cache_misses_total`, help: 'Loader cache lookups that called Feishu.', type: 'counter', samples: perKind('misses') },
    {
      name: `${PREFIX}_cache_coalesced_total`,
      help: 'Loader cache lookups that joined an identical call already in flight.',
      type: 'counter',
      samples: perKind('coalesced'),
    },
    { name: `${PREFIX}_cache_entries`, help: 'Entries held by the loader cache.', type: 'gauge', samples: [{ value: stats.entries }] },
    {
      name: `${PREFIX}_cache_invalidations_total`,
      help: 'Processes invalidated (events, mutations, other replicas).',
      type: 'counter',
      samples: [{ value: stats.invalidations }],
    },
    {
      name: `${PREFIX}_subscriptions_active`,
      help: 'GraphQL subscriptions open on this replica (SSE and WebSocket).',
      type: 'gauge',
      samples: [{ value: sources.activeSubscriptions() }],
    },
    requests.family(),
  );
  const longConnection = sources.longConnection?.();
  if (longConnection) families.push(...longConnectionFamilies(longConnection));
  return families;
}

function longConnectionFamilies(stats: LongConnectionStats): MetricFamily[] {
  const name = `${PREFIX}_long_connection`;
  return [
    {
      name: `${name}_state`,
      help: 'The event long connection state: 1 for the current one (failed: discovery refused for good, see /readyz).',
      type: 'gauge',
      samples: LONG_CONNECTION_STATES.map((state) => ({ labels: { state }, value: state === stats.state ? 1 : 0 })),
    },
    { name: `${name}_reconnects_total`, help: 'Long connections re-established after one was lost.', type: 'counter', samples: [{ value: stats.reconnects }] },
    {
      name: `${name}_events_received_total`,
      help: 'Whole messages received over the long connection (split messages counted once).',
      type: 'counter',
      samples: [{ value: stats.eventsReceived }],
    },
    {
      name: `${name}_acks_total`,
      help: 'Acknowledgements sent to Feishu over the long connection, by code (200 recorded, 500 not: Feishu pushes it again).',
      type: 'counter',
      samples: Object.entries(stats.acks).map(([code, value]) => ({ labels: { code }, value })),
    },
  ];
}
