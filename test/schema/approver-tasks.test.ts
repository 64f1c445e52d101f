import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { idleUsers, processesWithTasks } from '../helpers/sandbox-fixtures.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();

const TASKS = graphql(`
  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {
    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {
      edges { cursor ...ListedTask }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

function approverRequests() {
  return harness()
    .sandbox.control.requests()
    .filter((request) => request.endpoint === 'listApprovers')
    .map((request) => request.query);
}

let user: string;
let initiator: string;

beforeAll(() => {
  [user, initiator] = idleUsers(harness().sandbox, 2) as [string, string];
  processesWithTasks(harness().sandbox, user, initiator, 6, 4);
});

describe('Query.approverTasks', () => {
  it('walks all 24 tasks with first: 7, asking Feishu for pages of 7, in Feishu’s order', async () => {
    const expected = harness().sandbox.control.tasksOf(user).map((task) => task.approver_id);
    expect(expected).toHaveLength(24);
    const before = approverRequests().length;

    const seen: (string | undefined)[] = [];
    let after: string | undefined;
    for (let page = 1; ; page += 1) {
      const { data, errors } = await harness().query(TASKS, { userId: user, first: 7, after });
      expect(errors).toBeUndefined();
      const connection = data!.approverTasks;
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 1);
      seen.push(...connection.edges.map((edge) => edge.node?.approverId));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? undefined;
      expect(page).toBeLessThan(10);
    }

    expect(seen).toEqual(expected);
    const requests = approverRequests().slice(before);
    expect(requests).toHaveLength(4);
    expect(requests.every((query) => query['page_size']?.[0] === '7')).toBe(true);
    expect(requests.map((query) => query['user_id']?.[0])).toEqual([user, user, user, user]);
  });

  it('passes the status filter to Feishu and returns only tasks the list reports with that status', async () => {
    const before = approverRequests().length;
    const { data } = await harness().query(TASKS, { userId: user, status: 'IN_PROGRESS', first: 50 });
    expect(data?.approverTasks.edges).toHaveLength(6);
    expect(data?.approverTasks.edges.every((edge) => edge.listStatus === 'IN_PROGRESS')).toBe(true);
    expect(approverRequests().slice(before)).toEqual([expect.objectContaining({ approver_status: ['1'], page_size: ['50'] })]);
  });

  it('refuses a status Feishu cannot filter by, and a page size outside 1..100', async () => {
    const withdrawn = await harness().query(TASKS, { userId: user, status: 'WITHDRAWN' });
    expect(withdrawn.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const tooMany = await harness().query(TASKS, { userId: user, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('reads an approvers-list item as its process detail shows it, status and source included', async () => {
    const { data } = await harness().query(
      graphql(`query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { listStatus node { source status assignee { id } nodeDefinitionId type } } } }`),
      { userId: user },
    );
    expect(data?.approverTasks.edges[0]).toEqual({
      listStatus: 'IN_PROGRESS',
      node: { source: 'TODO', status: 'IN_PROGRESS', assignee: { id: user }, nodeDefinitionId: 'approval_step_3', type: 'APPROVAL' },
    });
  });

  it('answers a null node beside the list’s status when the task’s process cannot be read', async () => {
    const [owner, starter] = idleUsers(harness().sandbox, 2) as [string, string];
    processesWithTasks(harness().sandbox, owner, starter, 1, 1);
    harness().sandbox.control.injectFault({ endpoint: 'getProcess', status: 500, times: 1 });
    const { data, errors } = await harness().query(
      graphql(`query ListedTaskUnreadable($userId: ID!) { approverTasks(userId: $userId, first: 10) { edges { listStatus node { approverId status } } } }`),
      { userId: owner },
    );
    expect(data?.approverTasks.edges).toEqual([{ listStatus: 'IN_PROGRESS', node: null }]);
    expect(errors?.map((error) => error.path)).toEqual([['approverTasks', 'edges', 0, 'node', 'status']]);
  });

  it('gives tasks and processes global ids that node(id) resolves', async () => {
    const { data } = await harness().query(TASKS, { userId: user, first: 1 });
    const task = data!.approverTasks.edges[0]!.node;
    const processGlobalId = Buffer.from(`Process:${task!.processId}`).toString('base64');
    const nodes = await harness().query(
      graphql(`query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }`),
      { task: task!.id, process: processGlobalId },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data).toEqual({ task: { approverId: task!.approverId, processId: task!.processId }, process: { processId: task!.processId } });
  });

  it('refuses an id it did not issue as bad input', async () => {
    const { data, errors } = await harness().query(`{ node(id: "garbage!!") { id } }`);
    expect(data).toEqual({ node: null });
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
