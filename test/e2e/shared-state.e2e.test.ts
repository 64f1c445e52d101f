/**
 * What replicas share through Redis besides events: one call budget per Feishu app, and one memory of
 * idempotency keys. Two `startApp` replicas on one Redis and one simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxUser } from '../../src/sandbox/types.js';
import { randomPrefix, REDIS_URL } from '../helpers/redis.js';
import { closeFleet } from './support/fleet.js';

const prefix = randomPrefix('shared-state');
const FLOW_BUDGET = 3;
let sandbox: Sandbox;
let a: App;
let b: App;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, processes: 20 });
  // One anonymous client calls both: its fair share is the whole budget here, so the budget itself is what is shared.
  const config = loadConfig({ PORT: '0', REDIS_URL, LOG_LEVEL: 'silent', GATEWAY_CALLER_SHARE_PERCENT: '100' });
  const budgets = { getFlowData: { limit: FLOW_BUDGET, windowMs: 60_000 } };
  a = await startApp({ config, logger: silentLogger, sandbox, redisKeyPrefix: prefix, budgets });
  b = await startApp({ config, logger: silentLogger, sandbox, redisKeyPrefix: prefix, budgets });
});

afterAll(() => closeFleet([a, b], sandbox, prefix));

async function graphql(app: App, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(app.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('replicas sharing Redis', () => {
  it('spend one Feishu budget between them: flow data calls across both never exceed it', async () => {
    const processIds = sandbox.control.processIds().slice(0, 8);
    sandbox.control.resetCounts();
    const answers = await Promise.all(
      processIds.map((processId, i) =>
        graphql(i % 2 === 0 ? a : b, 'query ($p: ID!) { process(processId: $p) { flowVariables { apiName } } }', { p: processId }),
      ),
    );
    expect(sandbox.control.callCounts().getFlowData).toBe(FLOW_BUDGET);
    const limited = answers.filter((answer) => answer.errors?.some((error) => error.extensions?.['code'] === 'RATE_LIMITED'));
    expect(limited).toHaveLength(processIds.length - FLOW_BUDGET);
  });

  it('remember an idempotency key on every replica: a retry sent to the other one makes no second PUT', async () => {
    const users = sandbox.control.users();
    const [initiator, approver] = [users[2] as SandboxUser, users[3] as SandboxUser];
    const processId = sandbox.control.createProcess({
      initiator: initiator.openId,
      emitEvents: false,
      nodes: [{ mode: 'OR', approvers: [approver.openId], state: 'pending' }],
    });
    const approverId = sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
    const approve =
      'mutation ($p: ID!, $t: ID!, $u: ID!) { approveTask(input: { processId: $p, approverId: $t, actorId: $u }) { __typename } }';
    const variables = { p: processId, t: approverId, u: approver.openId };
    sandbox.control.resetCounts();

    const first = await graphql(a, approve, variables, { 'idempotency-key': `approve-${processId}` });
    const retry = await graphql(b, approve, variables, { 'idempotency-key': `approve-${processId}` });
    expect(first.data).toEqual({ approveTask: { __typename: 'ApproveTaskSuccess' } });
    expect(retry).toEqual(first);
    expect(sandbox.control.callCounts().updateApprover).toBe(1);
  });
});
