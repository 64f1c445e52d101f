/**
 * A Process reached through a list or a task is read from Feishu only when the
 * operation selects a field beyond its ids: counted at the sandbox, per endpoint.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_BUDGET } from '../../src/upstream/operation-budget.js';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

// A year is 13 list windows; the default operation budget (3) would page through them over several operations.
const harness = useGatewayHarness({
  sandbox: { processes: 40 },
  gateway: { limits: { operationBudget: { ...DEFAULT_OPERATION_BUDGET, listProcesses: 13 } } },
});

const DAY = 86_400_000;
const now = Date.now();
const everything = { modifiedAfter: new Date(now - 365 * DAY).toISOString(), modifiedBefore: new Date(now + DAY).toISOString() };

beforeEach(() => harness().sandbox.control.resetCounts());

/** The tenant's user with the most tasks (so an inbox names several processes). */
function busiestUser(): string {
  const { control } = harness().sandbox;
  return [...control.users()].sort((x, y) => control.tasksOf(y.openId).length - control.tasksOf(x.openId).length)[0]!.openId;
}

describe('lazy process details', () => {
  it('lists processes selecting only ids (processId, id, __typename, through fragments too) with no get-process call', async () => {
    const { data, errors } = await harness().query(
      graphql(`query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }
       fragment LazyIds on Process { id processId }`),
      { f: everything },
    );
    expect(errors).toBeUndefined();
    expect(data?.processes.edges.length).toBe(10);
    expect(data?.processes.edges.every((edge) => edge.node?.processId && edge.node?.id)).toBe(true);
    expect(harness().calls()['getProcess']).toBeUndefined();
  });

  it('reads each listed detail once a field beyond the ids is selected, also through a fragment', async () => {
    const { data, errors } = await harness().query(
      graphql(`query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }
       fragment LazyStatusFields on Process { status }`),
      { f: everything },
    );
    expect(errors).toBeUndefined();
    expect(data?.processes.edges.every((edge) => edge.node?.status)).toBe(true);
    // The list itself is cached by the test above; every detail is read once.
    expect(harness().calls()['getProcess']).toBe(12);
  });

  it("an inbox naming its tasks' processes by id reads the approvers list only", async () => {
    const user = busiestUser();
    const ids = await harness().query(
      graphql(`query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }`),
      { u: user },
    );
    expect(ids.errors).toBeUndefined();
    const listed = ids.data?.approverTasks.edges.map((edge) => edge.node?.process.processId) ?? [];
    expect(listed.length).toBeGreaterThan(1);
    expect(harness().calls()).toEqual({ listApprovers: 1 });

    harness().sandbox.control.resetCounts();
    const statuses = await harness().query(graphql(`query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }`), {
      u: user,
    });
    expect(statuses.errors).toBeUndefined();
    expect(harness().calls()['getProcess']).toBeGreaterThan(0);
  });
});
