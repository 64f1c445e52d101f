/**
 * Freshness under load: while a warm inbox is hammered (autocannon in a second process, 20
 * connections), tasks in it are approved, through the gateway's own mutation or behind its back
 * (Feishu then pushes events to the webhook). From the moment the approval was answered, every
 * replica's inbox is read until it shows the task approved: the delay per change and replica.
 * One replica in memory, then two on Redis (hammered on A, changes through B, pushes to B).
 */
import type { App } from '../src/app.js';
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import { REDIS_URL, redisAnswers } from '../test/helpers/redis.js';
import { cannon } from './autocannon.js';
import { graphql, startFleet } from './fleet-events.js';
import { count, fixed, type Table } from './table.js';
import { INBOX_QUERY, inboxOf50Tasks } from './warm-reads.js';

const CONNECTIONS = 20;
const CHANGES = 6;
const TARGET_MS = 1_000;

interface Inbox {
  approverTasks: { edges: { node: { approverId: string; status: string; process: { processId: string } } }[] };
}

interface Measured {
  scenario: string;
  delaysMs: number[];
  requestsPerSecond: number;
  failures: number;
}

/** The user's pending task in the process, as the sandbox holds it. */
function pendingTask(sandbox: Sandbox, processId: string): string {
  const approverId = sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
  if (!approverId) throw new Error(`process ${processId} waits for nobody`);
  return approverId;
}

async function untilApproved(app: App, userId: string, approverId: string): Promise<void> {
  for (let tries = 0; tries < 2_000; tries++) {
    const inbox = await graphql<Inbox>(app, INBOX_QUERY, { userId });
    if (inbox.approverTasks.edges.some((edge) => edge.node.approverId === approverId && edge.node.status === 'APPROVED')) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the approval never showed');
}

async function measure(scenario: string, replicaCount: number, redis: boolean): Promise<Measured> {
  const sandbox = await startSandbox({ rateLimits: false, processes: 50 });
  const fleet = await startFleet(sandbox, replicaCount, { redis });
  try {
    const [hammered] = fleet.replicas as [App];
    const acting = fleet.replicas[fleet.replicas.length - 1] as App;
    sandbox.setWebhookUrl(`${acting.gateway.url}/webhook/feishu`);
    const { userId, processIds } = inboxOf50Tasks(sandbox);
    for (const app of fleet.replicas) await graphql(app, INBOX_QUERY, { userId });

    const body = JSON.stringify({ query: INBOX_QUERY, variables: { userId } });
    const hammering = cannon({ url: hammered.gateway.graphqlUrl, body, connections: CONNECTIONS, durationSeconds: 12 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const delaysMs: number[] = [];
    for (let change = 0; change < CHANGES; change++) {
      const processId = processIds[change] as string;
      const approverId = pendingTask(sandbox, processId);
      if (change % 2 === 0) {
        await graphql(
          acting,
          'mutation ($p: ID!, $t: ID!, $u: ID!) { approveTask(input: { processId: $p, approverId: $t, actorId: $u }) { __typename } }',
          {
            p: processId,
            t: approverId,
            u: userId,
          },
        );
      } else {
        // Behind the gateway's back: only Feishu's events tell it.
        await acting.client.approveTask({ processId, approverId, actor: { kind: 'user', userId, userIdType: 'OPEN_ID' } });
      }
      const answered = performance.now();
      await Promise.all(
        fleet.replicas.map(async (app) => {
          await untilApproved(app, userId, approverId);
          delaysMs.push(performance.now() - answered);
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const load = await hammering;
    return { scenario, delaysMs, requestsPerSecond: load.requestsPerSecond, failures: load.failures };
  } finally {
    await fleet.close();
    await sandbox.close();
  }
}

export async function benchFreshness(): Promise<Table[]> {
  const results = [await measure('one replica, in memory', 1, false)];
  if (await redisAnswers(REDIS_URL)) results.push(await measure('two replicas on Redis (hammered A, changes through B)', 2, true));
  return [
    {
      title: `Freshness under load (warm inbox hammered with ${CONNECTIONS} connections; ${CHANGES} approvals, alternately own mutations and events)`,
      columns: [
        'scenario',
        'inbox req/s meanwhile',
        'failures',
        'answers checked',
        'median delay ms',
        'worst delay ms',
        `target (<= ${TARGET_MS} ms)`,
      ],
      rows: results.map((result) => {
        const sorted = [...result.delaysMs].sort((x, y) => x - y);
        const worst = sorted[sorted.length - 1] ?? Number.NaN;
        return [
          result.scenario,
          fixed(result.requestsPerSecond),
          count(result.failures),
          count(sorted.length),
          fixed(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
          fixed(worst),
          worst <= TARGET_MS ? 'met' : `missed by ${fixed(worst - TARGET_MS)} ms`,
        ];
      }),
      notes: [
        "Delay: from the approval being answered (the mutation, or Feishu's answer to a direct call) until that replica's inbox shows the task APPROVED, polled every 5 ms.",
        'Events path: the sandbox pushes its events to the webhook of the replica that acted (B with two replicas); the other replica hears the change through Redis.',
      ],
    },
  ];
}
