import { GraphQLInterfaceType, GraphQLUnionType } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { schema } from '../../../src/schema/index.js';
import type { SandboxEndpoint } from '../../../src/sandbox/index.js';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutate, mutationDocument, MUTATION_HARNESS, node, putsFor, todoOf, type MutationInput, type MutationName } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

afterEach(() => harness().sandbox.control.clearFaults());

const COMMON = ['ForbiddenError', 'IdempotencyKeyReusedError', 'InvalidInputError', 'OperationBudgetExceededError', 'ProcessNotFoundError', 'RateLimitedError', 'UpstreamUnavailableError'];

describe('result unions', () => {
  it.each([
    ['ApproveTaskResult', ['ApproveTaskSuccess', 'EmployeeNotFoundError', 'FormSubmissionFailedError', 'NoPermissionError', 'StatusAlreadyChangedError', 'TaskAlreadyProcessedError']],
    ['RejectTaskResult', ['RejectTaskSuccess', 'EmployeeNotFoundError', 'FormSubmissionFailedError', 'NoPermissionError', 'StatusAlreadyChangedError', 'TaskAlreadyProcessedError']],
    [
      'TransferTasksResult',
      ['TransferTasksSuccess', 'DuplicateApproverError', 'EmployeeNotFoundError', 'NoPermissionError', 'NodeNotSupportedError', 'ProcessNotInProgressError', 'TaskAlreadyProcessedError', 'TaskBusyError'],
    ],
    [
      'AddApproversResult',
      ['AddApproversSuccess', 'DuplicateApproverError', 'EmployeeNotFoundError', 'NoPermissionError', 'NodeAlreadyFinishedError', 'NodeNotSupportedError', 'ProcessNotInProgressError', 'TaskBusyError'],
    ],
    ['WithdrawProcessResult', ['WithdrawProcessSuccess', 'EmployeeNotFoundError', 'NoPermissionError', 'ProcessNotInProgressError', 'StatusAlreadyChangedError']],
    ['RevokeProcessResult', ['RevokeProcessSuccess', 'CannotRevokeError', 'EmployeeNotFoundError', 'NoPermissionError']],
  ])('%s offers its success, its endpoint’s failures and the common ones', (name, members) => {
    const union = schema.getType(name);
    expect(union).toBeInstanceOf(GraphQLUnionType);
    const names = (union as GraphQLUnionType).getTypes().map((type) => type.name);
    expect([...names].sort()).toEqual([...members, ...COMMON].sort());
    const errorInterface = schema.getType('Error') as GraphQLInterfaceType;
    for (const type of (union as GraphQLUnionType).getTypes().filter((member) => !member.name.endsWith('Success'))) {
      expect(type.getInterfaces()).toContain(errorInterface);
    }
  });
});

describe('failures the state machine produces', () => {
  it('approving the same task twice answers TaskAlreadyProcessedError with Feishu’s code and log id', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a), node('OR', b));
    const input = { processId, approverId: todoOf(harness(), processId, a), actorId: a.openId };
    expect((await mutate(harness(), 'approveTask', input)).__typename).toBe('ApproveTaskSuccess');
    const again = await mutate(harness(), 'approveTask', input);
    expect(again).toMatchObject({ __typename: 'TaskAlreadyProcessedError', code: 'TASK_ALREADY_PROCESSED', feishuCode: 1161001 });
    expect(again.logId).toEqual(expect.any(String));
    expect(again.logId).not.toBe('');
  });

  it('someone who does not hold the task gets NoPermissionError', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const result = await mutate(harness(), 'approveTask', { processId, approverId: todoOf(harness(), processId, a), actorId: b.openId });
    expect(result).toMatchObject({ __typename: 'NoPermissionError', code: 'NO_PERMISSION', feishuCode: 1161003 });
  });

  it('withdrawing a completed process answers ProcessNotInProgressError', async () => {
    const { admin } = castOf(harness());
    const processId = harness().sandbox.control.createProcess({ status: 'COMPLETED', emitEvents: false });
    const result = await mutate(harness(), 'withdrawProcess', { processId, actorId: admin.openId });
    expect(result).toMatchObject({ __typename: 'ProcessNotInProgressError', code: 'PROCESS_NOT_IN_PROGRESS', feishuCode: 1161006 });
  });

  it('revoking a process in progress answers CannotRevokeError', async () => {
    const { initiator, a, admin } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const result = await mutate(harness(), 'revokeProcess', { processId, actorId: admin.openId });
    expect(result).toMatchObject({ __typename: 'CannotRevokeError', code: 'CANNOT_REVOKE', feishuCode: 1161007 });
  });

  it('transferring to someone already on the node answers DuplicateApproverError', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('AND', a, b));
    const result = await mutate(harness(), 'transferTasks', {
      processId,
      approverIds: [todoOf(harness(), processId, a)],
      toUserId: b.openId,
      actorId: a.openId,
    });
    expect(result).toMatchObject({ __typename: 'DuplicateApproverError', code: 'DUPLICATE_APPROVER', feishuCode: 1160245 });
  });

  it('adding an approver already on the node answers DuplicateApproverError', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('AND', a, b));
    const approverId = todoOf(harness(), processId, a);
    const result = await mutate(harness(), 'addApprovers', { processId, approverId, position: 'AFTER', userIds: [b.openId], actorId: a.openId });
    expect(result).toMatchObject({ __typename: 'DuplicateApproverError', feishuCode: 1160114 });
  });

  it('adding approvers to a finished process answers ProcessNotInProgressError', async () => {
    const { initiator, a, b } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    await mutate(harness(), 'approveTask', { processId, approverId, actorId: a.openId });
    const result = await mutate(harness(), 'addApprovers', { processId, approverId, position: 'AFTER', userIds: [b.openId], asSystem: true });
    expect(result).toMatchObject({ __typename: 'ProcessNotInProgressError', feishuCode: 1160015 });
  });

  it('an unknown user answers EmployeeNotFoundError, as transferee and as actor', async () => {
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const approverId = todoOf(harness(), processId, a);
    const transferee = await mutate(harness(), 'transferTasks', { processId, approverIds: [approverId], toUserId: 'ou_nobody', actorId: a.openId });
    expect(transferee).toMatchObject({ __typename: 'EmployeeNotFoundError', code: 'EMPLOYEE_NOT_FOUND', feishuCode: 1160117 });
    const actor = await mutate(harness(), 'approveTask', { processId, approverId, actorId: 'ou_nobody' });
    expect(actor).toMatchObject({ __typename: 'EmployeeNotFoundError', feishuCode: 1160001 });
  });

  it('an unknown process answers ProcessNotFoundError', async () => {
    const { admin } = castOf(harness());
    const result = await mutate(harness(), 'withdrawProcess', { processId: '7000000000000000001', actorId: admin.openId });
    expect(result).toMatchObject({ __typename: 'ProcessNotFoundError', code: 'PROCESS_NOT_FOUND', feishuCode: 1160100 });
  });
});

type Row = [feishuCode: number, httpStatus: number, typename: string, code: string];

/**
 * actions.md, every documented code of the five endpoints, written out row by row (not derived from the
 * gateway's own code table, which would agree with a wrong mapping): a code and the error it must give.
 */
const DOCUMENTED: Record<'updateApprover' | 'addApprovers' | 'transferTasks' | 'withdrawProcess' | 'revokeProcess', Row[]> = {
  updateApprover: [
    [1161001, 400, 'TaskAlreadyProcessedError', 'TASK_ALREADY_PROCESSED'],
    [1161002, 400, 'InvalidInputError', 'INVALID_INPUT'],
    [1161003, 403, 'NoPermissionError', 'NO_PERMISSION'],
    [1161004, 400, 'FormSubmissionFailedError', 'FORM_SUBMISSION_FAILED'],
    [1161005, 400, 'StatusAlreadyChangedError', 'STATUS_ALREADY_CHANGED'],
  ],
  addApprovers: [
    [1160500, 500, 'UpstreamUnavailableError', 'UPSTREAM_UNAVAILABLE'],
    [1160101, 400, 'InvalidInputError', 'INVALID_INPUT'],
    [1160015, 400, 'ProcessNotInProgressError', 'PROCESS_NOT_IN_PROGRESS'],
    [1161103, 400, 'TaskBusyError', 'TASK_BUSY'],
    [1161003, 400, 'NoPermissionError', 'NO_PERMISSION'],
    [1160256, 400, 'NodeNotSupportedError', 'NODE_NOT_SUPPORTED'],
    [1160001, 400, 'EmployeeNotFoundError', 'EMPLOYEE_NOT_FOUND'],
    [1160115, 400, 'NodeNotSupportedError', 'NODE_NOT_SUPPORTED'],
    [1160016, 400, 'NodeAlreadyFinishedError', 'NODE_ALREADY_FINISHED'],
    [1160129, 400, 'NodeAlreadyFinishedError', 'NODE_ALREADY_FINISHED'],
    [1160114, 400, 'DuplicateApproverError', 'DUPLICATE_APPROVER'],
  ],
  transferTasks: [
    [1160500, 500, 'UpstreamUnavailableError', 'UPSTREAM_UNAVAILABLE'],
    [1160234, 400, 'NodeNotSupportedError', 'NODE_NOT_SUPPORTED'],
    [1160101, 400, 'InvalidInputError', 'INVALID_INPUT'],
    [1160221, 400, 'ProcessNotInProgressError', 'PROCESS_NOT_IN_PROGRESS'],
    [1161103, 400, 'TaskBusyError', 'TASK_BUSY'],
    [1161003, 400, 'NoPermissionError', 'NO_PERMISSION'],
    [1160245, 400, 'DuplicateApproverError', 'DUPLICATE_APPROVER'],
    [1160117, 400, 'EmployeeNotFoundError', 'EMPLOYEE_NOT_FOUND'],
    [1160025, 500, 'UpstreamUnavailableError', 'UPSTREAM_UNAVAILABLE'],
  ],
  withdrawProcess: [
    [1160101, 400, 'InvalidInputError', 'INVALID_INPUT'],
    [1161003, 403, 'NoPermissionError', 'NO_PERMISSION'],
    [1161005, 400, 'StatusAlreadyChangedError', 'STATUS_ALREADY_CHANGED'],
    [1161006, 400, 'ProcessNotInProgressError', 'PROCESS_NOT_IN_PROGRESS'],
  ],
  revokeProcess: [
    [1160101, 400, 'InvalidInputError', 'INVALID_INPUT'],
    [1161003, 403, 'NoPermissionError', 'NO_PERMISSION'],
    [1160100, 400, 'ProcessNotFoundError', 'PROCESS_NOT_FOUND'],
    [1161007, 400, 'CannotRevokeError', 'CANNOT_REVOKE'],
    [1161008, 400, 'CannotRevokeError', 'CANNOT_REVOKE'],
  ],
};

/** A valid input for each mutation on a fresh process, so only the injected answer can fail it. */
function validInput(mutation: MutationName): { processId: string; input: MutationInput<MutationName> } {
  const { initiator, a, b, admin } = castOf(harness());
  const processId = createProcess(harness(), initiator, node('OR', a));
  const approverId = todoOf(harness(), processId, a);
  const inputs: { [N in MutationName]: MutationInput<N> } = {
    approveTask: { processId, approverId, actorId: a.openId },
    rejectTask: { processId, approverId, actorId: a.openId, reason: 'no' },
    transferTasks: { processId, approverIds: [approverId], toUserId: b.openId, actorId: a.openId },
    addApprovers: { processId, approverId, position: 'AFTER', userIds: [b.openId], actorId: a.openId },
    withdrawProcess: { processId, actorId: initiator.openId },
    revokeProcess: { processId, actorId: admin.openId },
  };
  return { processId, input: inputs[mutation] };
}

/** The endpoint each mutation calls (approve and reject share one). */
const ENDPOINT_OF: Record<MutationName, keyof typeof DOCUMENTED> = {
  approveTask: 'updateApprover',
  rejectTask: 'updateApprover',
  addApprovers: 'addApprovers',
  transferTasks: 'transferTasks',
  withdrawProcess: 'withdrawProcess',
  revokeProcess: 'revokeProcess',
};

const CASES = Object.entries(ENDPOINT_OF).flatMap(([mutation, endpoint]) =>
  DOCUMENTED[endpoint].map((row): [MutationName, SandboxEndpoint, ...Row] => [mutation as MutationName, endpoint, ...row]),
);

describe('every documented Feishu code of the five endpoints', () => {
  it.each(CASES)('%s: %s answering %i (HTTP %i) gives %s', async (mutation, endpoint, feishuCode, status, typename, code) => {
    const { processId, input } = validInput(mutation);
    harness().sandbox.control.injectFault({ endpoint, status, code: feishuCode, times: 1 });
    const result = await mutate(harness(), mutation, input);
    expect(result).toMatchObject({ __typename: typename, code, feishuCode });
    expect(result.logId).toMatch(/\S/);
    expect(result.message).toContain(String(feishuCode));
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });
});

describe('a code outside the mutation’s result union', () => {
  it('still reaches the client, as a coded GraphQL error with Feishu’s code and log id', async () => {
    const { processId, input } = validInput('withdrawProcess');
    harness().sandbox.control.injectFault({ endpoint: 'withdrawProcess', code: 1160245, times: 1 });
    const { data, errors } = await harness().query(mutationDocument('withdrawProcess'), { input });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE_APPROVER', feishuCode: 1160245, logId: expect.stringMatching(/\S/) });
    expect(putsFor(harness(), processId)).toHaveLength(1);
  });
});
