/**
 * The upstream budget of one operation: aliases, `nodes(ids:)`, list windows, flow data and aliased
 * mutations never make more calls to Feishu (counted at the sandbox) than the operation may; the
 * fields beyond get OPERATION_BUDGET_EXCEEDED while the rest is served, and another caller's ordinary
 * query right after still gets its data. An empty processId costs nothing and is BAD_USER_INPUT.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticator.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/config-limits.js';
import { FEISHU_BUDGETS } from '../../src/upstream/budgets.js';
import { DEFAULT_OPERATION_BUDGET } from '../../src/upstream/operation-budget.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const KEYS = { abuser: 'key-of-the-abusive-client-0123456789', ordinary: 'key-of-an-ordinary-client-0123456789' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const harness = useGatewayHarness({
  // Feishu's real budgets, at the sandbox and in the client: a call too many would be a 429.
  sandbox: { rateLimits: true, processes: 200 },
  client: { budgets: FEISHU_BUDGETS },
  gateway: {
    auth: createAuthenticator({
      apiKeys: [
        { name: 'abuser', keySha256: sha256(KEYS.abuser), scopes: ['process:read', 'process:admin'] },
        { name: 'ordinary', keySha256: sha256(KEYS.ordinary), scopes: ['process:read'] },
      ],
    }),
    // Static limits loosened, so the operation budget alone is what stops these documents.
    limits: { query: { ...DEFAULT_QUERY_LIMITS, maxAliases: 1_000, maxCost: 1_000_000 } },
  },
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

async function as(who: keyof typeof KEYS, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await harness().gateway.yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${KEYS[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const codes = (answer: Answer) => (answer.errors ?? []).map((error) => error.extensions?.['code']);
const count = (values: unknown[], value: unknown) => values.filter((each) => each === value).length;
const feishu429s = () =>
  harness()
    .sandbox.control.requests()
    .filter((request) => request.status === 429).length;

describe('the upstream budget of one operation', () => {
  it('150 aliased process fields make at most 25 getProcess calls; the rest are OPERATION_BUDGET_EXCEEDED; another caller still gets data', async () => {
    const ids = harness().sandbox.control.processIds().slice(0, 150);
    harness().sandbox.control.resetCounts();
    const answer = await as('abuser', `{ ${ids.map((id, i) => `p${i}: process(processId: "${id}") { processId status }`).join(' ')} }`);
    expect(harness().calls().getProcess).toBe(DEFAULT_OPERATION_BUDGET.getProcess);
    const served = Object.values(answer.data ?? {}).filter((value) => value !== null);
    expect(served).toHaveLength(DEFAULT_OPERATION_BUDGET.getProcess);
    expect(count(codes(answer), 'OPERATION_BUDGET_EXCEEDED')).toBe(150 - DEFAULT_OPERATION_BUDGET.getProcess);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ endpoint: 'getProcess', limit: DEFAULT_OPERATION_BUDGET.getProcess });
    expect(await harness().gateway.metrics.render()).toMatch(
      /^feishu_gateway_operation_budget_refusals_total\{endpoint="getProcess"\} 125$/m,
    );

    const other = ids[149] as string;
    const ordinary = await as('ordinary', 'query ($p: ID!) { process(processId: $p) { processId status } }', { p: other });
    expect(ordinary.errors).toBeUndefined();
    expect(ordinary.data?.['process']).toMatchObject({ processId: other });
    expect(feishu429s()).toBe(0);
  });

  it('nodes(ids:) with 150 ids makes at most 25 getProcess calls', async () => {
    const ids = harness().sandbox.control.processIds().slice(50, 200);
    harness().sandbox.control.resetCounts();
    const globalIds = ids.map((id) => Buffer.from(`Process:${id}`).toString('base64'));
    const answer = await as('abuser', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Process { status } } }', { ids: globalIds });
    expect(harness().calls().getProcess).toBe(DEFAULT_OPERATION_BUDGET.getProcess);
    // Processes an earlier test read come from the cache and spend nothing.
    const served = (answer.data?.['nodes'] as unknown[]).filter((node) => node !== null);
    expect(served.length).toBeGreaterThanOrEqual(DEFAULT_OPERATION_BUDGET.getProcess);
    expect(count(codes(answer), 'OPERATION_BUDGET_EXCEEDED')).toBe(150 - served.length);
  });

  it('three aliased year-long process lists make at most 3 list calls; flow data on a page of 20 at most 2', async () => {
    harness().sandbox.control.resetCounts();
    const year = (i: number) =>
      `l${i}: processes(filter: { modifiedAfter: "${2020 + i}-01-01T00:00:00Z", modifiedBefore: "${2020 + i}-12-31T00:00:00Z" }, first: 1) { edges { cursor } pageInfo { hasNextPage endCursor } }`;
    const lists = await as('abuser', `{ ${[0, 1, 2].map(year).join(' ')} }`);
    expect(harness().calls().listProcesses).toBeLessThanOrEqual(DEFAULT_OPERATION_BUDGET.listProcesses);
    // Each list stops where the budget ran out: refused if it could read nothing, else a shorter page that resumes there.
    const pages = Object.values((lists.data ?? {}) as Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string } } | null>);
    expect(pages).toHaveLength(3);
    for (const page of pages) if (page) expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: expect.any(String) });
    expect(count(codes(lists), 'OPERATION_BUDGET_EXCEEDED')).toBe(pages.filter((page) => page === null).length);

    const ids = harness().sandbox.control.processIds().slice(0, 20);
    harness().sandbox.control.resetCounts();
    const flows = await as(
      'abuser',
      `{ ${ids.map((id, i) => `p${i}: process(processId: "${id}") { flowVariables { apiName } }`).join(' ')} }`,
    );
    expect(harness().calls().getFlowData).toBe(DEFAULT_OPERATION_BUDGET.getFlowData);
    expect(count(codes(flows), 'OPERATION_BUDGET_EXCEEDED')).toBe(20 - DEFAULT_OPERATION_BUDGET.getFlowData);
    expect(feishu429s()).toBe(0);
  });

  it('25 aliased addApprovers send at most 3 PUTs; the others answer OperationBudgetExceededError', async () => {
    const users = harness()
      .sandbox.control.users()
      .map((user) => user.openId);
    const processId = harness().sandbox.control.createProcess({
      emitEvents: false,
      nodes: [{ mode: 'OR', approvers: [users[0] as string], state: 'pending' }],
    });
    const approverId = harness().sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
    harness().sandbox.control.resetCounts();
    const mutation = `mutation { ${Array.from(
      { length: 25 },
      (_, i) =>
        `a${i}: addApprovers(input: { processId: "${processId}", approverId: "${approverId}", position: AFTER, userIds: ["${users[i + 1]}"], asSystem: true }) { __typename ... on Error { code } }`,
    ).join(' ')} }`;
    const answer = await as('abuser', mutation);
    expect(harness().calls().addApprovers).toBeLessThanOrEqual(DEFAULT_OPERATION_BUDGET.addApprovers);
    const results = Object.values(answer.data ?? {}) as { __typename: string; code?: string }[];
    expect(results).toHaveLength(25);
    expect(results.filter((result) => result.code === 'OPERATION_BUDGET_EXCEEDED')).toHaveLength(
      25 - DEFAULT_OPERATION_BUDGET.addApprovers,
    );
    expect(feishu429s()).toBe(0);
  });

  it('an empty processId is BAD_USER_INPUT with no call to Feishu, as a root field and as a global id', async () => {
    harness().sandbox.control.resetCounts();
    const root = await as('ordinary', '{ process(processId: "") { status } }');
    const node = await as('ordinary', `{ node(id: "${Buffer.from('Process:').toString('base64')}") { id } }`);
    expect(codes(root)).toEqual(['BAD_USER_INPUT']);
    expect(codes(node)).toEqual(['BAD_USER_INPUT']);
    expect(harness().calls()).toEqual({});
  });
});
