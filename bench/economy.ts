/**
 * Upstream economy: get-process calls per change with 1, 2 and 4 replicas on one Redis, each replica
 * reading the changed process until it shows the change. With the shared second level (the
 * gateway as deployed) against the same replicas without it (each replica reads Feishu itself).
 */
import { startSandbox, type Sandbox, type SandboxUser } from '../src/sandbox/index.js';
import { REDIS_URL, redisAnswers } from '../test/helpers/redis.js';
import { graphql } from '../test/generated/index.js';
import { dataOf } from '../test/helpers/typed-operations.js';
import { detailReads, pushCommentEvent, startFleet } from './fleet-events.js';
import { count, fixed, type Table } from './table.js';

const REPLICAS = [1, 2, 4];
const CHANGES = 5;
/** After every replica shows the change: time for late refreshes to be counted. */
const SETTLE_MS = 700;

const READ = graphql(`
  query ProcessComments($id: ID!) {
    process(processId: $id) {
      processId
      comments {
        message
      }
    }
  }
`);

async function callsPerChange(sandbox: Sandbox, replicas: number, sharedCache: boolean): Promise<{ changes: number; calls: number }> {
  const fleet = await startFleet(sandbox, replicas, { redis: true, sharedCache });
  const [commentor] = sandbox.control.users() as [SandboxUser];
  let calls = 0;
  try {
    for (let change = 0; change < CHANGES; change++) {
      const processId = sandbox.control.createProcess({ emitEvents: false });
      for (const app of fleet.replicas) await dataOf(app.gateway.graphqlUrl, READ, { id: processId });
      const message = `change ${change}`;
      sandbox.control.addComment(processId, commentor.openId, message);
      const since = Date.now();
      await pushCommentEvent(fleet.replicas[change % replicas]!, sandbox, processId);
      for (const app of fleet.replicas) {
        for (let tries = 0; ; tries++) {
          const answer = await dataOf(app.gateway.graphqlUrl, READ, { id: processId });
          if (answer.process?.comments.some((comment) => comment.message === message)) break;
          if (tries > 500) throw new Error('a replica never showed the change');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      calls += detailReads(sandbox, processId, since);
    }
    return { changes: CHANGES, calls };
  } finally {
    await fleet.close();
  }
}

export async function benchEconomy(): Promise<Table[]> {
  if (!(await redisAnswers(REDIS_URL)))
    return [{ title: 'Upstream economy', columns: ['skipped'], rows: [[`Redis not reachable at ${REDIS_URL}`]] }];
  const sandbox = await startSandbox({ rateLimits: false, processes: 20 });
  try {
    const rows: string[][] = [];
    for (const replicas of REPLICAS) {
      const without = await callsPerChange(sandbox, replicas, false);
      const shared = await callsPerChange(sandbox, replicas, true);
      rows.push([
        String(replicas),
        count(shared.changes),
        fixed(without.calls / without.changes, 2),
        fixed(shared.calls / shared.changes, 2),
        shared.calls === shared.changes ? 'met' : `missed by ${fixed(shared.calls / shared.changes - 1, 2)}`,
      ]);
    }
    return [
      {
        title: `Upstream economy: get-process calls per change (${CHANGES} changes per row, every replica reads the changed process until it shows the change)`,
        columns: ['replicas', 'changes', 'calls/change without the shared level', 'calls/change with it', 'target (1 each)'],
        rows,
        notes: [
          'A change: a comment added in the sandbox, then its event pushed to one replica (round robin), as Feishu does.',
          'Counted at the sandbox for the changed process only, from the push until every replica showed the change plus 700 ms.',
          'Both columns run the same replicas on one Redis; "without" turns the shared second level off (startApp sharedCache: false).',
        ],
      },
    ];
  } finally {
    await sandbox.close();
  }
}
