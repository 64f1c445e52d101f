import { describe, expect, it } from 'vitest';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutate, mutateWithHeaders, MUTATION_HARNESS, node, todoOf, type MutationInput, type MutationName } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

function putCount(): number {
  return harness().sandbox.control.requests().filter((request) => request.method === 'PUT').length;
}

/** A process with a pending task of `a`, and inputs that would pass were it not for the one change each case makes. */
function fixture() {
  const { initiator, a, b } = castOf(harness());
  const processId = createProcess(harness(), initiator, node('OR', a));
  const approverId = todoOf(harness(), processId, a);
  const actor = { actorId: a.openId };
  return {
    approve: { processId, approverId, ...actor },
    reject: { processId, approverId, ...actor, reason: 'no' },
    transfer: { processId, approverIds: [approverId], toUserId: b.openId, ...actor },
    addSign: { processId, approverId, position: 'AFTER' as const, userIds: [b.openId], ...actor },
    end: { processId, actorId: initiator.openId },
  };
}

type Fixture = ReturnType<typeof fixture>;

const CASES: [string, MutationName, (f: Fixture) => MutationInput<MutationName>, string][] = [
  ['a blank process id', 'approveTask', (f) => ({ ...f.approve, processId: '  ' }), 'processId'],
  ['nobody acting', 'approveTask', (f) => ({ ...f.approve, actorId: undefined }), 'actorId'],
  ['a user and the system acting at once', 'approveTask', (f) => ({ ...f.approve, asSystem: true }), 'actorId'],
  ['an approval reason over 1000 characters', 'approveTask', (f) => ({ ...f.approve, reason: 'x'.repeat(1001) }), 'reason'],
  ['a number form value that is no number', 'approveTask', (f) => ({ ...f.approve, formValues: [{ apiName: 'days', value: { number: 'two' } }] }), 'formValues[0].value'],
  [
    'a file over 50 MiB',
    'approveTask',
    (f) => ({ ...f.approve, formValues: [{ apiName: 'proof', value: { file: { openFileId: 'f1', length: 52_428_801 } } }] }),
    'formValues[0].value.length',
  ],
  ['a blank rejection reason', 'rejectTask', (f) => ({ ...f.reject, reason: '   ' }), 'reason'],
  ['no task to transfer', 'transferTasks', (f) => ({ ...f.transfer, approverIds: [] }), 'approverIds'],
  ['21 tasks to transfer', 'transferTasks', (f) => ({ ...f.transfer, approverIds: Array.from({ length: 21 }, (_, i) => `t${i}`) }), 'approverIds'],
  ['the same task twice', 'transferTasks', (f) => ({ ...f.transfer, approverIds: [...f.transfer.approverIds, ...f.transfer.approverIds] }), 'approverIds'],
  ['add-sign with neither node nor task', 'addApprovers', (f) => ({ ...f.addSign, approverId: undefined }), 'nodeId'],
  ['a parallel add-sign where any one approval suffices', 'addApprovers', (f) => ({ ...f.addSign, position: 'PARALLEL', approvalMode: 'ANY' }), 'approvalMode'],
  ['add-sign of nobody', 'addApprovers', (f) => ({ ...f.addSign, userIds: [] }), 'userIds'],
  ['a withdrawal reason over 500 characters', 'withdrawProcess', (f) => ({ ...f.end, reason: 'x'.repeat(501) }), 'reason'],
  ['a revocation reason over 500 characters', 'revokeProcess', (f) => ({ ...f.end, reason: 'x'.repeat(501) }), 'reason'],
  ['a blank idempotency key', 'withdrawProcess', (f) => ({ ...f.end, idempotencyKey: ' ' }), 'idempotencyKey'],
  ['an idempotency key over 255 characters', 'withdrawProcess', (f) => ({ ...f.end, idempotencyKey: 'k'.repeat(256) }), 'idempotencyKey'],
];

describe('inputs refused before anything is sent to Feishu', () => {
  it.each(CASES)('%s (%s) answers InvalidInputError naming the field, and no PUT', async (_case, mutation, change, field) => {
    const input = change(fixture());
    const before = putCount();
    const result = await mutate(harness(), mutation, input);
    expect(result).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field, feishuCode: null, logId: null });
    expect(result.message).toContain(field);
    expect(putCount()).toBe(before);
  });

  it('a form value with two kinds set is refused by GraphQL itself (@oneOf), and no PUT', async () => {
    const input = { ...fixture().approve, formValues: [{ apiName: 'days', value: { number: '2', text: 'two' } }] };
    const before = putCount();
    const { data, errors } = await harness().query(
      /* GraphQL */ `mutation ($input: ApproveTaskInput!) { approveTask(input: $input) { __typename } }`,
      { input },
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/exactly one key must be specified for OneOf type "FieldValueInput"/i);
    expect(putCount()).toBe(before);
  });

  it('a blank Idempotency-Key header is refused too', async () => {
    const before = putCount();
    const { data } = await mutateWithHeaders(harness(), 'withdrawProcess', fixture().end, { 'idempotency-key': '   ' });
    expect(data?.result).toMatchObject({ __typename: 'InvalidInputError', field: 'idempotencyKey' });
    expect(putCount()).toBe(before);
  });
});
