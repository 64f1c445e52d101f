/**
 * The N+1 check as numbers: one inbox query over a user's 50 tasks on 10 processes, counted at the
 * sandbox, against the naive count of one task-list call plus one detail call per task.
 */
import { idleUsers, processesWithTasks } from '../test/helpers/sandbox-fixtures.js';
import { startGatewayHarness, type GatewayHarness } from '../test/helpers/gateway-harness.js';
import { passThroughCache } from './pass-through-cache.js';
import { TasksWithProcessDocument } from './documents.js';
import { count, ratio, type Table } from './table.js';

const PROCESSES = 10;
const TASKS_EACH = 5;
const TASKS = PROCESSES * TASKS_EACH;

interface Row {
  scenario: string;
  edges: number;
  errors: number;
  calls: Partial<Record<string, number>>;
}

async function queryCounted(harness: GatewayHarness, scenario: string, userId: string): Promise<Row> {
  harness.sandbox.control.resetCounts();
  const { data, errors } = await harness.query(TasksWithProcessDocument, { userId, first: TASKS });
  return { scenario, edges: data?.approverTasks.edges.length ?? 0, errors: errors?.length ?? 0, calls: harness.calls() };
}

/** One sandbox with a user owning exactly the 50 tasks, read through the given gateway. */
async function withFixture<T>(cached: boolean, use: (harness: GatewayHarness, userId: string) => Promise<T>): Promise<T> {
  const harness = await startGatewayHarness(cached ? {} : { gateway: { cache: passThroughCache() } });
  try {
    const [userId, initiator] = idleUsers(harness.sandbox, 2) as [string, string];
    processesWithTasks(harness.sandbox, userId, initiator, PROCESSES, TASKS_EACH);
    return await use(harness, userId);
  } finally {
    await harness.close();
  }
}

export async function benchNPlusOne(): Promise<Table[]> {
  const uncached = await withFixture(false, (harness, userId) => queryCounted(harness, 'no cache (DataLoader within the request)', userId));
  const cached = await withFixture(true, async (harness, userId) => [
    await queryCounted(harness, 'cache, cold', userId),
    await queryCounted(harness, 'cache, warm (same query again)', userId),
  ]);
  const naive = 1 + TASKS;
  const total = (row: Row) => Object.values(row.calls).reduce((sum: number, calls) => sum + (calls ?? 0), 0);
  return [
    {
      title: `N+1 check: one inbox query, ${TASKS} tasks over ${PROCESSES} processes`,
      columns: ['scenario', 'tasks returned', 'errors', 'listApprovers', 'getProcess', 'upstream calls', 'vs naive'],
      rows: [
        ['naive (1 + one detail per task)', count(TASKS), '0', '1', count(TASKS), count(naive), ratio(naive, naive)],
        ...[uncached, ...cached].map((row) => [
          row.scenario,
          count(row.edges),
          count(row.errors),
          count(row.calls['listApprovers'] ?? 0),
          count(row.calls['getProcess'] ?? 0),
          count(total(row)),
          ratio(total(row), naive),
        ]),
      ],
      notes: ['Counted by the sandbox (real HTTP from the real client), token calls excluded.'],
    },
  ];
}
