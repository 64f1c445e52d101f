/**
 * The simulator at scale: generating a 10,000-process tenant (time, heap) and answering the three
 * read endpoints the gateway leans on, through the real client, against a 300-process tenant.
 */
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import type { FeishuClient } from '../src/upstream/client.js';
import { generousClient } from './generous-client.js';
import { settledHeapUsed } from './heap.js';
import { summarize, type LatencySummary } from './stats.js';
import { count, fixed, megabytes, ratio, type Table } from './table.js';

const SMALL = 300;
const LARGE = 10_000;
const CALLS = 200;
const WARM_UP_CALLS = 20;
const DAY = 86_400_000;

type Operation = 'list' | 'get' | 'approvers';
const OPERATIONS: Readonly<Record<Operation, string>> = {
  list: 'listProcesses (30-day window, page of 100)',
  get: 'getProcess',
  approvers: 'listApprovers (page of 50)',
};

interface TenantResult {
  processes: number;
  startupMs: number;
  heapBytes: number;
  latency: Record<Operation, LatencySummary>;
}

function call(
  client: FeishuClient,
  sandbox: Sandbox,
  processIds: readonly string[],
  operation: Operation,
  index: number,
): Promise<unknown> {
  switch (operation) {
    case 'list':
      return client.listProcesses({ modifiedFrom: new Date(Date.now() - 30 * DAY), modifiedTo: new Date(), pageSize: 100 });
    case 'get':
      // A stride through the tenant, so that calls are spread over old and new processes alike.
      return client.getProcess(processIds[(index * 7_919) % processIds.length] as string);
    case 'approvers':
      return client.listApproverTasks({ userId: sandbox.sampleUserIds[index % sandbox.sampleUserIds.length] as string, pageSize: 50 });
  }
}

async function latencies(client: FeishuClient, sandbox: Sandbox, operation: Operation): Promise<LatencySummary> {
  const processIds = sandbox.control.processIds();
  for (let index = 0; index < WARM_UP_CALLS; index++) await call(client, sandbox, processIds, operation, index);
  const measured: number[] = [];
  for (let index = 0; index < CALLS; index++) {
    const started = performance.now();
    await call(client, sandbox, processIds, operation, index);
    measured.push(performance.now() - started);
  }
  return summarize(measured);
}

async function measureTenant(processes: number): Promise<TenantResult> {
  const before = settledHeapUsed();
  const started = performance.now();
  const sandbox = await startSandbox({ processes, rateLimits: false });
  const startupMs = performance.now() - started;
  const heapBytes = settledHeapUsed() - before;
  const client = generousClient(sandbox);
  try {
    const latency = {} as Record<Operation, LatencySummary>;
    for (const operation of Object.keys(OPERATIONS) as Operation[]) latency[operation] = await latencies(client, sandbox, operation);
    return { processes, startupMs, heapBytes, latency };
  } finally {
    await client.close();
    await sandbox.close();
  }
}

export async function benchSandboxScale(): Promise<Table[]> {
  const small = await measureTenant(SMALL);
  const large = await measureTenant(LARGE);
  const tenantRow = (result: TenantResult) => [
    count(result.processes),
    fixed(result.startupMs, 0),
    megabytes(result.heapBytes),
    count(result.heapBytes / result.processes),
  ];
  return [
    {
      title: 'Simulator start-up (tenant generation)',
      columns: ['processes', 'start-up ms', 'heap used after generation', 'heap bytes/process'],
      rows: [
        tenantRow(small),
        tenantRow(large),
        [
          `ratio ${count(LARGE)}/${SMALL}`,
          ratio(large.startupMs, small.startupMs),
          ratio(large.heapBytes, small.heapBytes),
          ratio(large.heapBytes / LARGE, small.heapBytes / SMALL),
        ],
      ],
      notes: ['Heap measured after forced garbage collection, before and after startSandbox.'],
    },
    {
      title: `Simulator read latency through the real client (${CALLS} sequential calls each, after ${WARM_UP_CALLS} warm-up calls)`,
      columns: [
        'endpoint',
        `p50 ms (${SMALL})`,
        `p95 ms (${SMALL})`,
        `p50 ms (${count(LARGE)})`,
        `p95 ms (${count(LARGE)})`,
        `p50 ratio ${count(LARGE)}/${SMALL}`,
      ],
      rows: (Object.keys(OPERATIONS) as Operation[]).map((operation) => [
        OPERATIONS[operation],
        fixed(small.latency[operation].p50, 2),
        fixed(small.latency[operation].p95, 2),
        fixed(large.latency[operation].p50, 2),
        fixed(large.latency[operation].p95, 2),
        ratio(large.latency[operation].p50, small.latency[operation].p50),
      ]),
      notes: ['Sandbox without rate limits, client with budgets no call reaches; HTTP on 127.0.0.1.'],
    },
  ];
}
