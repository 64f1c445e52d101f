/**
 * Freshness under load: while a warm inbox is hammered (autocannon in a second process, 20
 * connections), tasks in it are approved, through the gateway's own mutation or behind its back
 * (Feishu then pushes events to the webhook). From the moment the approval was answered, every
 * replica's inbox is read until it shows the task approved: the delay per change and replica.
 * One replica in memory, then two on Redis (hammered on A, changes through B, pushes to B).
 */
import { print } from 'graphql';
import type { App } from '../src/app.js';
import { ApproveTaskDocument, InboxDocument } from '../src/generated/graphql.js';
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import { REDIS_URL, redisAnswers } from '../test/helpers/redis.js';
import { dataOf } from '../test/helpers/typed-operations.js';
import { cannon } from './autocannon.js';
import { startFleet } from './fleet-events.js';
import { count, fixed, type Table } from './table.js';
import { INBOX_VARIABLES, inboxOf50Tasks } from './warm-reads.js';

const CONNECTIONS = 20;
const CHANGES = 6;
const TARGET_MS = 1_000;

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

/** The task's status in the replica's warm inbox (every task of the user, done ones too). */
async function statusIn(app: App, userId: string, approverId: string): Promise<string | undefined> {
  const inbox = await dataOf(app.gateway.graphqlUrl, InboxDocument, { userId, ...INBOX_VARIABLES });
  return inbox.approverTasks.edges.find((edge) => edge.node?.approverId === approverId)?.node?.status ?? undefined;
}

async function untilApproved(app: App, userId: string, approverId: string): Promise<void> {
  for (let tries = 0; tries < 2_000; tries++) {
    if ((await statusIn(app, userId, approverId)) === 'APPROVED') return;
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
    for (const app of fleet.replicas) await dataOf(app.gateway.graphqlUrl, InboxDocument, { userId, ...INBOX_VARIABLES });

    const body = JSON.stringify({ query: print(InboxDocument), variables: { userId, ...INBOX_VARIABLES } });
    const hammering = cannon({ url: hammered.gateway.graphqlUrl, body, connections: CONNECTIONS, durationSeconds: 12 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const delaysMs: number[] = [];
    for (let change = 0; change < CHANGES; change++) {
      const processId = processIds[change] as string;
      const approverId = pendingTask(sandbox, processId);
      // The approval shows as the task's new status: it must be pending first, on every replica.
      for (const app of fleet.replicas)
        if ((await statusIn(app, userId, approverId)) !== 'IN_PROGRESS') throw new Error(`task ${approverId} is not pending in the inbox`);
      if (change % 2 === 0) {
        const approved = await dataOf(acting.gateway.graphqlUrl, ApproveTaskDocument, { processId, approverId, actorId: userId });
        if (approved.approveTask.__typename !== 'ApproveTaskSuccess')
          throw new Error(`the approval answered ${approved.approveTask.__typename}`);
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
        "Delay: from the approval being answered (the mutation, or Feishu's answer to a direct call) until that replica's warm inbox (the example Inbox operation over all 50 tasks, `status: null`) shows the task APPROVED, polled every 5 ms; each task is checked pending on every replica first.",
        'Events path: the sandbox pushes its events to the webhook of the replica that acted (B with two replicas); the other replica hears the change through Redis.',
      ],
    },
  ];
}
