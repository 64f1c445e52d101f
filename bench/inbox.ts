/**
 * Inbox under Feishu's real budgets: the sandbox enforces them (429s), the gateway's client keeps
 * within them, and 20 clients ask for a handful of users' inboxes for a fixed time. The baseline asks
 * Feishu on every request; the cached gateway asks once per user and process.
 */
import { print, type GraphQLFormattedError } from 'graphql';
import { CACHE_KINDS, createLoaderCache, type LoaderCache, type TtlKind } from '../src/loaders/loader-cache.js';
import { ROUTES } from '../src/server/gateway.js';
import { FEISHU_BUDGETS } from '../src/upstream/budgets.js';
import { graphql } from '../test/generated/index.js';
import { startGatewayHarness } from '../test/helpers/gateway-harness.js';
import { TasksWithProcessDocument } from './documents.js';
import { perSecond, runLoad, type LoadResult } from './load.js';
import { LoopbackHttp, type Answer } from './loopback-http.js';
import { passThroughCache } from './pass-through-cache.js';
import { summarize } from './stats.js';
import { count, fixed, percent, ratio, type Table } from './table.js';

const CONCURRENCY = 20;
const DURATION_MS = 8_000;
const PROCESSES = 300;

// Printed once: every request of a scenario sends the same text.
const INBOX = print(TasksWithProcessDocument);
const TASKS_ONLY = print(
  graphql(`
    query TasksOnly($userId: ID!) {
      approverTasks(userId: $userId) {
        edges {
          listStatus
          node {
            approverId
          }
        }
      }
    }
  `),
);

interface Scenario {
  name: string;
  query: string;
  cache: () => LoaderCache;
  /** The row the others are compared with (same query, nothing shared across requests). */
  baseline?: boolean;
}

const everyTtl = (ms: number) =>
  Object.fromEntries([...CACHE_KINDS, 'missingProcess'].map((kind) => [kind, ms])) as Record<TtlKind, number>;

const SCENARIOS: readonly Scenario[] = [
  { name: 'task list only, no cache', query: TASKS_ONLY, cache: passThroughCache },
  { name: 'inbox, no cache (baseline)', query: INBOX, cache: passThroughCache, baseline: true },
  { name: 'inbox, TTL 1 ms (coalescing only)', query: INBOX, cache: () => createLoaderCache({ ttlMs: everyTtl(1) }) },
  { name: 'inbox, cache with default TTLs', query: INBOX, cache: () => createLoaderCache() },
];

interface Measured {
  scenario: Scenario;
  users: number;
  load: LoadResult;
  upstreamCalls: number;
  /** 429s the sandbox answered, per endpoint: calls the gateway should never have sent. */
  feishu429s: Map<string, number>;
}

/** 'ok', or the first error's code: what a client would have shown for this request. */
function outcomeOf(answer: Answer): string {
  if (answer.status !== 200) return `HTTP ${answer.status}`;
  const body = JSON.parse(answer.text) as { errors?: GraphQLFormattedError[] };
  const code = body.errors?.[0]?.extensions?.['code'];
  return body.errors?.length ? String(code ?? 'error') : 'ok';
}

async function measure(scenario: Scenario): Promise<Measured> {
  const harness = await startGatewayHarness({
    sandbox: { rateLimits: true, processes: PROCESSES },
    // Feishu's budgets and the default retries, as a deployed gateway has them.
    client: { budgets: FEISHU_BUDGETS, retry: {} },
    gateway: { cache: scenario.cache() },
  });
  const http = new LoopbackHttp(harness.gateway.url, CONCURRENCY);
  try {
    const users = harness.sandbox.sampleUserIds;
    harness.sandbox.control.resetCounts();
    const load = await runLoad({
      concurrency: CONCURRENCY,
      durationMs: DURATION_MS,
      send: async (index) => {
        const body = JSON.stringify({ query: scenario.query, variables: { userId: users[index % users.length] } });
        return outcomeOf(await http.post(ROUTES.graphql, body, { 'content-type': 'application/json', accept: 'application/json' }));
      },
    });
    const upstreamCalls = Object.values(harness.calls()).reduce((sum, calls) => sum + calls, 0);
    const feishu429s = new Map<string, number>();
    for (const request of harness.sandbox.control.requests()) {
      if (request.status === 429) feishu429s.set(String(request.endpoint), (feishu429s.get(String(request.endpoint)) ?? 0) + 1);
    }
    return { scenario, users: users.length, load, upstreamCalls, feishu429s };
  } finally {
    await http.close();
    await harness.close();
  }
}

export async function benchInbox(): Promise<Table[]> {
  const results: Measured[] = [];
  for (const scenario of SCENARIOS) results.push(await measure(scenario));
  const okRate = (result: Measured) => perSecond(result.load.outcomes.get('ok') ?? 0, result.load);
  const baseline = results.find((result) => result.scenario.baseline);
  const rows = results.map((result) => {
    const { load } = result;
    const ok = load.outcomes.get('ok') ?? 0;
    const rateLimited = load.outcomes.get('RATE_LIMITED') ?? 0;
    const latency = summarize(load.latenciesMs);
    const comparable = baseline && result.scenario.query === baseline.scenario.query;
    return [
      result.scenario.name,
      count(load.requests),
      fixed(load.elapsedMs / 1000),
      fixed(okRate(result)),
      percent(rateLimited, load.requests),
      percent(load.requests - ok - rateLimited, load.requests),
      fixed(latency.p50),
      fixed(latency.p95),
      count(result.upstreamCalls),
      fixed(result.upstreamCalls / Math.max(1, load.requests), 2),
      count([...result.feishu429s.values()].reduce((sum, calls) => sum + calls, 0)),
      comparable ? ratio(okRate(result), okRate(baseline)) : '—',
    ];
  });
  const rejected = results
    .filter((result) => result.feishu429s.size > 0)
    .map((result) => `${result.scenario.name}: ${[...result.feishu429s].map(([endpoint, calls]) => `${endpoint} ${calls}`).join(', ')}`);
  const otherErrors = [
    ...new Set(results.flatMap((result) => [...result.load.outcomes.keys()].filter((key) => key !== 'ok' && key !== 'RATE_LIMITED'))),
  ];
  return [
    {
      title: `Inbox under Feishu's budgets (${PROCESSES} processes, ${results[0]?.users ?? 0} users, ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s each)`,
      columns: [
        'scenario',
        'requests',
        'seconds',
        'ok req/s',
        'RATE_LIMITED',
        'other errors',
        'p50 ms',
        'p95 ms',
        'upstream calls',
        'calls/request',
        'Feishu 429s',
        'ok req/s vs baseline',
      ],
      rows,
      notes: [
        'Budgets: listApprovers 10/s, getProcess 100/min (sandbox enforces them; the gateway client waits for budget up to its 10 s deadline, else fails RATE_LIMITED).',
        'Closed loop over HTTP on 127.0.0.1; "seconds" includes draining requests in flight at the end; upstream calls exclude token calls.',
        `Inbox query: approverTasks(userId) (20 tasks) with process { status name }. Other error labels seen: ${otherErrors.join(', ') || 'none'}.`,
        `Feishu 429s by endpoint: ${rejected.join('; ') || 'none'}.`,
      ],
    },
  ];
}
