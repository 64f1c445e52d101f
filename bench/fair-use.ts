/**
 * Fair use under Feishu's real budgets (the sandbox enforces them and would answer 429): 1,000
 * simulated users open their inbox within one minute while one abusive client hammers the process
 * detail budget with fully aliased queries of processes nobody else reads. Measured with fair shares
 * (each caller at most half of a budget, half kept from background work) against a baseline without
 * them (one caller may take a whole budget), in the same run; every other protection is on in both.
 *
 * Time-scaled: 60 s of traffic in 60 / TIME_SCALE s, every budget window and the call deadline divided
 * by TIME_SCALE, so each budget is as tight relative to the traffic as Feishu's is in real time.
 * A second table times refusals of abusive documents and /healthz meanwhile.
 */
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { SignJWT } from 'jose';
import { createAuthenticator } from '../src/auth/authenticator.js';
import { sha256Hex } from '../src/config-callers.js';
import { InboxDocument } from '../src/generated/graphql.js';
import { createLoaderCache } from '../src/loaders/loader-cache.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createGateway, ROUTES } from '../src/server/gateway.js';
import { ENDPOINTS, type Endpoint } from '../src/upstream/api.js';
import { FEISHU_BUDGETS, type Budget } from '../src/upstream/budgets.js';
import { createFeishuClient } from '../src/upstream/client.js';
import { DEFAULT_FAIR_SHARES, type FairShares } from '../src/upstream/fair-shares.js';
import { LoopbackHttp } from './loopback-http.js';
import { summarize } from './stats.js';
import { count, fixed, percent, type Table } from './table.js';

const TIME_SCALE = 6;
const MINUTE_MS = 60_000 / TIME_SCALE;
const USERS = 1_000;
/** Distinct people behind the 1,000 users (the sandbox's directory is small): their task lists are cached per person. */
const PEOPLE = 50;
/** Processes the people hold tasks on: what their inboxes need from the detail budget (under half of it). */
const INBOX_PROCESSES = 40;
const ABUSER_CONCURRENCY = 8;
const ALIASES = 15;
const SECRET = 'fair-use-benchmark-secret-0123456789abcdef';
const ABUSER_KEY = 'abusive-client-key-0123456789abcdef';

// What a frontend sends (the product's Inbox operation: 20 tasks in progress), printed once.
const INBOX = print(InboxDocument);

const scaled: Record<Endpoint, Budget> = Object.fromEntries(
  ENDPOINTS.map((endpoint) => [
    endpoint,
    { limit: FEISHU_BUDGETS[endpoint].limit, windowMs: Math.round(FEISHU_BUDGETS[endpoint].windowMs / TIME_SCALE) },
  ]),
) as Record<Endpoint, Budget>;

interface Scenario {
  name: string;
  shares: FairShares;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'without fair shares (baseline)', shares: { callerShare: 1, interactiveReserve: 0 } },
  { name: 'fair shares (defaults: 50% per caller, 50% reserve)', shares: DEFAULT_FAIR_SHARES },
];

interface Measured {
  scenario: Scenario;
  full: number;
  outcomes: Map<string, number>;
  latenciesMs: number[];
  abuserFields: number;
  getProcess: number;
  feishu429s: number;
}

function outcomeOf(status: number, text: string): string {
  if (status !== 200) return `HTTP ${status}`;
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.length ? String(body.errors[0]?.extensions?.code ?? 'error') : 'full';
}

async function measure(scenario: Scenario): Promise<Measured> {
  const sandbox = await startSandbox({ rateLimits: scaled, processes: 600 });
  // People with no task in progress yet: their inboxes (status IN_PROGRESS) show only the processes made here.
  const people = sandbox.control
    .users()
    .map((user) => user.openId)
    .filter((openId) => !sandbox.control.tasksOf(openId).some((task) => task.approver_status === 1))
    .slice(0, PEOPLE);
  if (people.length < PEOPLE) throw new Error(`the sandbox has only ${people.length} people without a task in progress`);
  const inboxProcesses = Array.from({ length: INBOX_PROCESSES }, (_, i) =>
    sandbox.control.createProcess({
      emitEvents: false,
      nodes: [
        { mode: 'OR', approvers: people.filter((_, p) => p % INBOX_PROCESSES === i || (p + 7) % INBOX_PROCESSES === i), state: 'pending' },
      ],
    }),
  );
  const abusive = sandbox.control.processIds().filter((id) => !inboxProcesses.includes(id));
  const client = createFeishuClient({
    baseUrl: sandbox.url,
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    budgets: scaled,
    shares: scenario.shares,
    defaultDeadlineMs: Math.round(10_000 / TIME_SCALE),
  });
  const gateway = await createGateway({
    api: client,
    cache: createLoaderCache(),
    port: 0,
    auth: createAuthenticator({
      apiKeys: [{ name: 'abuser', keySha256: sha256Hex(ABUSER_KEY), scopes: ['process:read'] }],
      jwt: { secret: SECRET, userClaim: 'feishu_open_id' },
    }),
  });
  const http = new LoopbackHttp(gateway.url, 64);
  const key = new TextEncoder().encode(SECRET);
  const tokens = await Promise.all(
    Array.from({ length: USERS }, (_, i) =>
      new SignJWT({ feishu_open_id: people[i % PEOPLE], scope: 'process:read' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(`user-${i}`)
        .setExpirationTime('10m')
        .sign(key),
    ),
  );
  try {
    sandbox.control.resetCounts();
    const started = performance.now();
    const stopAt = started + MINUTE_MS;
    let abuserFields = 0;
    let next = 0;
    const abuse = async () => {
      while (performance.now() < stopAt) {
        const ids = Array.from({ length: ALIASES }, () => abusive[next++ % abusive.length]);
        const query = `{ ${ids.map((id, i) => `p${i}: process(processId: "${id}") { status }`).join(' ')} }`;
        const answer = await http.post(ROUTES.graphql, JSON.stringify({ query }), {
          'content-type': 'application/json',
          'x-api-key': ABUSER_KEY,
        });
        const body = JSON.parse(answer.text) as { data?: Record<string, unknown> | null };
        abuserFields += Object.values(body.data ?? {}).filter((value) => value !== null).length;
      }
    };
    const outcomes = new Map<string, number>();
    const latenciesMs: number[] = [];
    const user = async (i: number) => {
      await sleep(Math.max(0, started + (i * MINUTE_MS) / USERS - performance.now()));
      const sent = performance.now();
      const answer = await http.post(ROUTES.graphql, JSON.stringify({ query: INBOX, variables: { userId: people[i % PEOPLE] } }), {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[i]}`,
      });
      latenciesMs.push(performance.now() - sent);
      const outcome = outcomeOf(answer.status, answer.text);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    };
    await Promise.all([...Array.from({ length: ABUSER_CONCURRENCY }, abuse), ...Array.from({ length: USERS }, (_, i) => user(i))]);
    return {
      scenario,
      full: outcomes.get('full') ?? 0,
      outcomes,
      latenciesMs,
      abuserFields,
      getProcess: sandbox.control.callCounts().getProcess,
      feishu429s: sandbox.control.requests().filter((entry) => entry.status === 429).length,
    };
  } finally {
    await http.close();
    await gateway.close();
    await client.close();
    await sandbox.close();
  }
}

/** One POST on its own connection; resolves with its status and how long it took. */
function timedPost(base: string, query: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${base}${ROUTES.graphql}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables: { userId: 'u' } }));
  });
}

async function healthMs(base: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${base}${ROUTES.health}`)).arrayBuffer();
  return performance.now() - started;
}

const CYCLE = `query Cycle($userId: ID!) { approverTasks(userId: $userId) { edges { node { process { approverTasks { process { approverTasks { process { approverTasks { process { processId } } } } } } } } } } }`;
const REFUSALS: readonly [string, string][] = [
  ['{ __typename } (baseline, served)', '{ __typename }'],
  ['nested approverTasks → process cycle (QUERY_TOO_COSTLY)', CYCLE],
  ['1.45 M tokens in 2.9 MB (TOO_MANY_TOKENS)', `{ ${'a '.repeat(1_450_000)}}`],
];

async function measureRefusals(): Promise<Table> {
  const sandbox = await startSandbox({ rateLimits: false, processes: 20 });
  const client = createFeishuClient({ baseUrl: sandbox.url, appId: sandbox.appId, appSecret: sandbox.appSecret });
  const gateway = await createGateway({ api: client, port: 0 });
  const rows: string[][] = [];
  try {
    for (const [name, query] of REFUSALS) {
      const answers: number[] = [];
      const probes: number[] = [];
      let status = 0;
      for (let i = 0; i < 20; i++) {
        let done = false;
        const answer = timedPost(gateway.url, query).finally(() => (done = true));
        while (!done) probes.push(await healthMs(gateway.url));
        const { status: answered, ms } = await answer;
        status = answered;
        answers.push(ms);
      }
      const latency = summarize(answers);
      const health = summarize(probes);
      rows.push([name, String(status), fixed(latency.p50), fixed(latency.max), count(probes.length), fixed(health.p50), fixed(health.max)]);
    }
    rows.push([
      'upstream calls during all of the above',
      '—',
      '—',
      '—',
      '—',
      '—',
      count(Object.values(sandbox.control.callCounts()).reduce((sum, calls) => sum + calls, 0)),
    ]);
  } finally {
    await gateway.close();
    await client.close();
    await sandbox.close();
  }
  return {
    title: 'Refusals of abusive documents, and /healthz while they are refused (20 of each, one at a time)',
    columns: ['document', 'status', 'p50 ms', 'max ms', '/healthz probes', '/healthz p50 ms', '/healthz max ms'],
    rows,
    notes: [
      'Each document POSTed over its own loopback connection while /healthz is asked again and again until the answer arrives.',
      'The last row counts calls at the sandbox (token included): refusals cost Feishu nothing.',
    ],
  };
}

export async function benchFairUse(): Promise<Table[]> {
  const results: Measured[] = [];
  for (const scenario of SCENARIOS) results.push(await measure(scenario));
  const rows = results.map((result) => {
    const latency = summarize(result.latenciesMs);
    const others = [...result.outcomes].filter(([outcome]) => outcome !== 'full').map(([outcome, n]) => `${outcome} ${n}`);
    return [
      result.scenario.name,
      count(USERS),
      percent(result.full, USERS),
      others.join(', ') || 'none',
      fixed(latency.p50),
      fixed(latency.p95),
      count(result.abuserFields),
      count(result.getProcess),
      count(result.feishu429s),
    ];
  });
  return [
    {
      title: `1,000 users open their inbox within a minute while one client hammers getProcess (time-scaled ×${TIME_SCALE}: ${MINUTE_MS / 1000} s)`,
      columns: [
        'scenario',
        'users',
        'answered in full',
        'other outcomes',
        'p50 ms',
        'p95 ms',
        'abuser fields served',
        'getProcess calls',
        'Feishu 429s',
      ],
      rows,
      notes: [
        `Budgets: Feishu's (getProcess 100/min, listApprovers 10/s …) with every window divided by ${TIME_SCALE}, in the sandbox (429 beyond) and the gateway alike; call deadline 10 s / ${TIME_SCALE}.`,
        `Users: JWT callers spread evenly over the minute, ${PEOPLE} distinct people holding tasks on ${INBOX_PROCESSES} processes; inbox = approverTasks(first: 20) with each task's process.`,
        `Abuser: an API key, ${ABUSER_CONCURRENCY} concurrent queries of ${ALIASES} aliased process fields each (the alias limit) for the whole minute, cycling through the tenant's other processes (one it already got is then served from cache: "abuser fields served" counts those too).`,
        'Both scenarios keep the static limits and per-operation budgets; only the fair shares differ.',
      ],
    },
    await measureRefusals(),
  ];
}
