import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../../generated/index.js';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutate, mutateWithHeaders, MUTATION_HARNESS, node, putsFor, readProcess, todoOf } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

afterEach(() => harness().sandbox.control.clearFaults());

let keys = 0;
const freshKey = () => `key-${process.pid}-${++keys}`;

function pendingTask() {
  const { initiator, a } = castOf(harness());
  const processId = createProcess(harness(), initiator, node('OR', a));
  return { processId, input: { processId, approverId: todoOf(harness(), processId, a), actorId: a.openId } };
}

describe('one PUT per idempotency key', () => {
  it('sends no second PUT after a 500 once the request went out, and replays that answer to a retry', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const input = { processId, actorId: initiator.openId, idempotencyKey: freshKey() };
    harness().sandbox.control.injectFault({ endpoint: 'withdrawProcess', status: 500, code: 1160500, times: 1 });

    const first = await mutate(harness(), 'withdrawProcess', input);
    expect(first).toMatchObject({ __typename: 'UpstreamUnavailableError', code: 'UPSTREAM_UNAVAILABLE', feishuCode: 1160500 });
    expect(putsFor(harness(), processId)).toHaveLength(1);

    const retry = await mutate(harness(), 'withdrawProcess', input);
    expect(retry).toEqual(first);
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });

  it('replays the first success to a retry carrying the key in the input', async () => {
    const { processId, input } = pendingTask();
    const keyed = { ...input, idempotencyKey: freshKey() };
    const first = await mutate(harness(), 'approveTask', keyed);
    const second = await mutate(harness(), 'approveTask', keyed);
    expect(first).toMatchObject({ __typename: 'ApproveTaskSuccess', process: { status: 'COMPLETED' } });
    expect(second).toEqual(first);
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });

  it('replays to a retry carrying the key in the Idempotency-Key header; a key in the input wins over it', async () => {
    const { processId, input } = pendingTask();
    const headers = { 'idempotency-key': freshKey() };
    const first = await mutateWithHeaders(harness(), 'approveTask', input, headers);
    const second = await mutateWithHeaders(harness(), 'approveTask', input, headers);
    expect(first.data?.result.__typename).toBe('ApproveTaskSuccess');
    expect(second).toEqual(first);
    expect(putsFor(harness(), processId)).toHaveLength(1);

    const otherKey = await mutateWithHeaders(harness(), 'approveTask', { ...input, idempotencyKey: freshKey() }, headers);
    expect(otherKey.data?.result.__typename).toBe('TaskAlreadyProcessedError');
    expect(putsFor(harness(), processId)).toHaveLength(2);
  });

  it('lets two concurrent identical requests (a double click) share one PUT, and both succeed', async () => {
    const { processId, input } = pendingTask();
    harness().sandbox.control.injectFault({ endpoint: 'updateApprover', latencyMs: 100, times: 1 });
    const keyed = { ...input, idempotencyKey: freshKey() };
    const [one, two] = await Promise.all([mutate(harness(), 'approveTask', keyed), mutate(harness(), 'approveTask', keyed)]);
    expect(one.__typename).toBe('ApproveTaskSuccess');
    expect(two.__typename).toBe('ApproveTaskSuccess');
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });

  it('refuses the same key with another input, or for another action, without sending', async () => {
    const { processId, input } = pendingTask();
    const key = freshKey();
    await mutate(harness(), 'approveTask', { ...input, idempotencyKey: key });
    const otherInput = await mutate(harness(), 'approveTask', { ...input, reason: 'changed my mind', idempotencyKey: key });
    expect(otherInput).toMatchObject({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED', feishuCode: null });
    const otherAction = await mutate(harness(), 'withdrawProcess', { processId, asSystem: true, idempotencyKey: key });
    expect(otherAction.__typename).toBe('IdempotencyKeyReusedError');
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });

  it('answers RateLimitedError with retryAfter when Feishu throttles, and keeps no answer, so a later retry runs', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const input = { processId, actorId: initiator.openId, idempotencyKey: freshKey() };
    // Feishu refuses a throttled request before acting, so the client may try again once: both are refused.
    harness().sandbox.control.injectFault({ endpoint: 'withdrawProcess', status: 429, times: 2 });
    const throttled = await mutate(harness(), 'withdrawProcess', input);
    expect(throttled).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED', feishuCode: 99991400, retryAfter: 1 });

    const later = await mutate(harness(), 'withdrawProcess', input);
    expect(later).toMatchObject({ __typename: 'WithdrawProcessSuccess', process: { status: 'WITHDRAWN' } });
  });
});

describe('caches after a mutation', () => {
  it('shows the new state in the payload and the next read, with exactly one new getProcess call', async () => {
    const { processId, input } = pendingTask();
    expect((await readProcess(harness(), processId))?.status).toBe('IN_PROGRESS');
    expect((await readProcess(harness(), processId))?.status).toBe('IN_PROGRESS');
    harness().sandbox.control.resetCounts();

    const result = await mutate(harness(), 'approveTask', input);
    expect(result.process?.status).toBe('COMPLETED');
    expect((await readProcess(harness(), processId))?.status).toBe('COMPLETED');
    expect(harness().calls()).toEqual({ updateApprover: 1, getProcess: 1 });
  });

  it('reads the process again between two mutations of one request', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a), node('OR', b));
    const first = todoOf(harness(), processId, a);
    const { data, errors } = await harness().query(
      graphql(`
        mutation TwoMutationsOneRequest($approve: ApproveTaskInput!, $withdraw: WithdrawProcessInput!) {
          one: approveTask(input: $approve) { ... on ApproveTaskSuccess { process { status } } }
          two: withdrawProcess(input: $withdraw) { ... on WithdrawProcessSuccess { process { status } } }
        }
      `),
      { approve: { processId, approverId: first, actorId: a.openId }, withdraw: { processId, actorId: initiator.openId } },
    );
    expect(errors).toBeUndefined();
    expect(data?.one).toMatchObject({ process: { status: 'IN_PROGRESS' } });
    expect(data?.two).toMatchObject({ process: { status: 'WITHDRAWN' } });
  });
});
