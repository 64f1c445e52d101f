import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { ProcessStatusDocument } from '../helpers/documents.js';
import { idleUsers, processesWithTasks } from '../helpers/sandbox-fixtures.js';
import { startGatewayHarness, useGatewayHarness } from '../helpers/gateway-harness.js';

const INBOX = graphql(`
  query CountedInbox($userId: ID!) {
    approverTasks(userId: $userId, first: 100) {
      edges {
        node {
          approverId
          process {
            status
            name {
              zhCn
            }
          }
        }
      }
    }
  }
`);

describe('upstream calls equal the distinct entities a query needs', () => {
  const harness = useGatewayHarness();
  let user: string;
  let processIds: string[];

  beforeAll(() => {
    const [owner, initiator] = idleUsers(harness().sandbox, 2) as [string, string];
    user = owner;
    processIds = processesWithTasks(harness().sandbox, user, initiator, 10, 5);
  });

  it('50 tasks over 10 processes: 1 approvers call and 10 process calls; the same query again: none', async () => {
    harness().sandbox.control.resetCounts();
    const cold = await harness().query(INBOX, { userId: user });
    expect(cold.errors).toBeUndefined();
    expect(cold.data?.approverTasks.edges).toHaveLength(50);
    expect(harness().calls()).toEqual({ listApprovers: 1, getProcess: 10 });

    harness().sandbox.control.resetCounts();
    const warm = await harness().query(INBOX, { userId: user });
    expect(warm).toEqual(cold);
    expect(harness().calls()).toEqual({});
  });

  it("an inbox's listStatus costs no detail; its tasks' status and source (the detail's) one detail per distinct process", async () => {
    const [owner, initiator] = idleUsers(harness().sandbox, 2) as [string, string];
    processesWithTasks(harness().sandbox, owner, initiator, 10, 5);
    // Two reads alike in form, each after its own reset, so that each one's upstream calls are counted alone.
    harness().sandbox.control.resetCounts();
    const listed = await harness().query(
      graphql(`
        query InboxListStatus($u: ID!) {
          approverTasks(userId: $u, first: 100) {
            edges {
              ...ListedTask
            }
          }
        }
      `),
      { u: owner },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.approverTasks.edges).toHaveLength(50);
    expect(harness().calls()).toEqual({ listApprovers: 1 });

    harness().sandbox.control.resetCounts();
    const read = await harness().query(
      graphql(`
        query InboxStatusSource($u: ID!) {
          approverTasks(userId: $u, first: 100) {
            edges {
              node {
                status
                source
              }
            }
          }
        }
      `),
      { u: owner },
    );
    expect(read.errors).toBeUndefined();
    const views = read.data?.approverTasks.edges.map((edge) => `${edge.node?.source}/${edge.node?.status}`) ?? [];
    expect(views.filter((view) => view === 'TODO/IN_PROGRESS')).toHaveLength(10);
    expect(views.filter((view) => view === 'DONE/APPROVED')).toHaveLength(40);
    expect(harness().calls()).toEqual({ getProcess: 10 });
  });

  it('two requests asking for one process at once share one upstream call', async () => {
    const processId = harness().sandbox.control.createProcess({});
    harness().sandbox.control.injectFault({ endpoint: 'getProcess', latencyMs: 300, times: 1 });
    harness().sandbox.control.resetCounts();
    const before = harness().gateway.cache.stats().byKind.process.coalesced;
    const [first, second] = await Promise.all([
      harness().query(ProcessStatusDocument, { processId }),
      harness().query(ProcessStatusDocument, { processId }),
    ]);
    expect(first).toEqual({ data: { process: { processId, status: 'IN_PROGRESS' } } });
    expect(second).toEqual(first);
    expect(harness().calls()).toEqual({ getProcess: 1 });
    expect(harness().gateway.cache.stats().byKind.process.coalesced - before).toBe(1);
  });

  it('after invalidateProcess the next read makes one call, and the task lists naming the process are read again', async () => {
    const changed = processIds[0] as string;
    await harness().query(INBOX, { userId: user });
    harness().sandbox.control.resetCounts();

    harness().gateway.cache.invalidateProcess(changed);
    await harness().query(ProcessStatusDocument, { processId: changed });
    expect(harness().calls()).toEqual({ getProcess: 1 });

    harness().sandbox.control.resetCounts();
    await harness().query(INBOX, { userId: user });
    expect(harness().calls()).toEqual({ listApprovers: 1 });
  });

  it('asks for flow data once per process and key set', async () => {
    const processId = processIds[1] as string;
    harness().sandbox.control.resetCounts();
    const query = graphql(`
      query FlowKeySets($processId: ID!) {
        process(processId: $processId) {
          a: flowVariables(keys: ["x", "y"]) {
            apiName
          }
          b: flowVariables(keys: ["y", "x"]) {
            apiName
          }
          c: flowVariables(keys: ["z"]) {
            apiName
          }
        }
      }
    `);
    await harness().query(query, { processId });
    await harness().query(query, { processId });
    expect(harness().calls()).toEqual({ getFlowData: 2 });
  });
});

describe('cached entries expire', () => {
  it('after their TTL on the cache clock, and not before', async () => {
    let now = 1_000_000;
    const harness = await startGatewayHarness({ cache: { now: () => now, ttlMs: { process: 60_000 } } });
    try {
      const processId = harness.sandbox.control.createProcess({});
      harness.sandbox.control.resetCounts();
      await harness.query(ProcessStatusDocument, { processId });
      now += 59_000;
      await harness.query(ProcessStatusDocument, { processId });
      expect(harness.calls()).toEqual({ getProcess: 1 });
      now += 2_000;
      await harness.query(ProcessStatusDocument, { processId });
      expect(harness.calls()).toEqual({ getProcess: 2 });
    } finally {
      await harness.close();
    }
  });
});
