/**
 * Warm reads against the stack's ceiling: bare graphql-yoga answering `{ __typename }`, started the
 * same way (this process, node:http on a free loopback port), then the gateway answering the example
 * operations: a warm inbox (50 tasks over 10 processes) and a warm process detail: with its own result cache, with
 * graphql-yoga's response cache instead, and with neither (the loader cache alone). Load comes from
 * a second process (autocannon), 20 connections for 10 s per row, after a warm-up.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { print } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { InboxDocument, ProcessDetailDocument } from '../src/generated/graphql.js';
import { createLoaderCache } from '../src/loaders/loader-cache.js';
import { startSandbox, type Sandbox, type SandboxUser } from '../src/sandbox/index.js';
import { createGateway, type Gateway } from '../src/server/gateway.js';
import { ResultCache } from '../src/server/result-cache.js';
import { cannon, type CannonResult } from './autocannon.js';
import { generousClient } from './generous-client.js';
import { count, fixed, type Table } from './table.js';

const CONNECTIONS = 20;
const DURATION_S = 10;
const WARM_UP_S = 2;
const TARGET_RATIO = 0.75;
const TARGET_P99_MS = 20;
const LEAN_CEILING = 'bare graphql-yoga without its body-size stream, { __typename }';

/** The warm inbox: all 50 tasks of the user (done ones too), so 50 tasks over 10 processes. */
export const INBOX_VARIABLES = { first: 50, status: null } as const;

/** 50 tasks of `user` over 10 processes, 5 each: 4 approved nodes, then the one it waits at (the detail reads one of these). */
export function inboxOf50Tasks(sandbox: Sandbox): { userId: string; processIds: string[] } {
  // The users with the fewest tasks of the generated tenant, so the inbox is (nearly) exactly these 50.
  const [user, initiator] = [...sandbox.control.users()].sort(
    (x, y) => sandbox.control.tasksOf(x.openId).length - sandbox.control.tasksOf(y.openId).length,
  ) as [SandboxUser, SandboxUser];
  const processIds = Array.from({ length: 10 }, () =>
    sandbox.control.createProcess({
      initiator: initiator.openId,
      emitEvents: false,
      nodes: [
        ...Array.from({ length: 4 }, () => ({ mode: 'OR' as const, approvers: [user.openId], state: 'done' as const })),
        { mode: 'OR', approvers: [user.openId], state: 'pending' },
      ],
    }),
  );
  return { userId: user.openId, processIds };
}

interface Listener {
  url: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/**
 * Bare graphql-yoga. `lean`: without yoga's body-size stream, which the gateway also skips when
 * Content-Length already bounds the body; yoga's defaults are the ceiling the issue names.
 */
async function bareYoga(lean: boolean): Promise<Listener> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }' }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    ...(lean ? { maxRequestBodySize: false } : {}),
  });
  const server = createServer((req, res) => void yoga(req, res));
  const url = await listen(server);
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type CacheChoice = 'own' | 'yoga' | 'none';

async function gateway(sandbox: Sandbox, choice: CacheChoice): Promise<Listener & { gateway: Gateway }> {
  const client = generousClient(sandbox);
  const plugins: Plugin[] = choice === 'yoga' ? [useResponseCache({ session: () => null, ttl: 120_000 }) as Plugin] : [];
  const started = await createGateway({
    api: client,
    cache: createLoaderCache(),
    port: 0,
    resultCache: choice === 'own' ? new ResultCache({ maxBytes: 64 * 1_048_576 }) : undefined,
    plugins,
  });
  return {
    url: started.url,
    gateway: started,
    close: async () => {
      await started.close();
      await client.close();
    },
  };
}

interface Row {
  name: string;
  result: CannonResult;
}

async function measure(listener: Listener, body: string): Promise<CannonResult> {
  const check = await fetch(`${listener.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await check.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`the benchmark's query failed: ${JSON.stringify(answer.errors)}`);
  await cannon({ url: `${listener.url}/graphql`, body, connections: CONNECTIONS, durationSeconds: WARM_UP_S });
  return cannon({ url: `${listener.url}/graphql`, body, connections: CONNECTIONS, durationSeconds: DURATION_S });
}

export async function benchWarmReads(): Promise<Table[]> {
  const sandbox = await startSandbox({ rateLimits: false, processes: 50 });
  const rows: Row[] = [];
  try {
    const { userId, processIds } = inboxOf50Tasks(sandbox);
    const tasks = sandbox.control.tasksOf(userId).length;
    const typename = JSON.stringify({ query: '{ __typename }' });
    // Printed once: autocannon sends the same JSON body for every request.
    const inbox = JSON.stringify({ query: print(InboxDocument), variables: { userId, ...INBOX_VARIABLES } });
    const detail = JSON.stringify({ query: print(ProcessDetailDocument), variables: { processId: processIds[0] } });

    const measureCeiling = async (name: string, lean = false) => {
      const ceiling = await bareYoga(lean);
      try {
        rows.push({ name, result: await measure(ceiling, typename) });
      } finally {
        await ceiling.close();
      }
    };
    await measureCeiling('ceiling: bare graphql-yoga, { __typename } (first)');
    await measureCeiling(LEAN_CEILING, true);
    const scenarios: [string, CacheChoice, string][] = [
      ['gateway, { __typename }, own result cache', 'own', typename],
      ['warm inbox, loader cache only (before)', 'none', inbox],
      ["warm inbox, graphql-yoga's response cache", 'yoga', inbox],
      ['warm inbox, own result cache', 'own', inbox],
      ['warm process detail, loader cache only (before)', 'none', detail],
      ["warm process detail, graphql-yoga's response cache", 'yoga', detail],
      ['warm process detail, own result cache', 'own', detail],
    ];
    for (const [name, choice, body] of scenarios) {
      const server = await gateway(sandbox, choice);
      try {
        rows.push({ name, result: await measure(server, body) });
      } finally {
        await server.close();
      }
    }
    // Measured first and last: the machine is shared, so the ceiling is the mean of both.
    await measureCeiling('ceiling: bare graphql-yoga, { __typename } (last)');
    const ceilings = rows.filter((row) => row.name.startsWith('ceiling'));
    const ceilingRate = ceilings.reduce((sum, row) => sum + row.result.requestsPerSecond, 0) / ceilings.length;
    const leanRate = rows.find((row) => row.name === LEAN_CEILING)?.result.requestsPerSecond ?? Number.NaN;
    return [
      {
        title: `Warm reads against the ceiling (${CONNECTIONS} connections, ${DURATION_S} s each after ${WARM_UP_S} s of warm-up, load from a second process)`,
        columns: [
          'scenario',
          'requests',
          'req/s',
          'vs ceiling',
          'vs lean yoga',
          'p50 ms',
          'p99 ms',
          'failures',
          `target (>= ${TARGET_RATIO}, p99 <= ${TARGET_P99_MS} ms)`,
        ],
        rows: rows.map(({ name, result }) => [
          name,
          count(result.requests),
          fixed(result.requestsPerSecond),
          `${fixed(result.requestsPerSecond / ceilingRate, 2)}×`,
          `${fixed(result.requestsPerSecond / leanRate, 2)}×`,
          fixed(result.p50),
          fixed(result.p99),
          count(result.failures),
          !name.includes('own result cache') || name.includes('__typename')
            ? '—'
            : result.requestsPerSecond / ceilingRate >= TARGET_RATIO && result.p99 <= TARGET_P99_MS
              ? 'met'
              : 'missed',
        ]),
        notes: [
          `Inbox: the example Inbox operation (src/operations/Inbox.graphql, first: 50) with status: null: every task of one user, ${tasks} tasks over 10 processes (one pending in each), each with process { status name initiator createdAt }.`,
          'Process detail: the example ProcessDetail operation (nodes, tasks, CC items and form variables) of a process with 5 nodes.',
          `"vs ceiling" divides by the mean of the two ceiling rows (${fixed(ceilingRate)} req/s): yoga with its defaults, as the issue names it; the target is against it.`,
          `"vs lean yoga" divides by bare yoga without its body-size stream (${fixed(leanRate)} req/s), a stricter bound: the gateway skips that stream when Content-Length already bounds the body.`,
          "graphql-yoga's response cache (@graphql-yoga/plugin-response-cache, in-memory, one session) replaces the own result cache in its rows; it is dropped by entity id and TTL, not by what an answer read.",
          'autocannon runs in a child Node process; gateway, sandbox (idle once warm) and the ceiling run in this one, on 127.0.0.1.',
        ],
      },
    ];
  } finally {
    await sandbox.close();
  }
}
