import { describe, expect, it } from 'vitest';
import { ActionError } from '../../src/actions/action-error.js';
import {
  INPUT_LIMITS,
  resolveActor,
  toAddApproversCommand,
  toApproveCommand,
  toEndProcessCommand,
  toRejectCommand,
  toTransferCommand,
} from '../../src/actions/validate-input.js';

function refusal(run: () => unknown): { code: string; field?: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    const failure = (error as ActionError).failure;
    return { code: failure.code, field: failure.field };
  }
  throw new Error('expected the input to be refused');
}

const base = { processId: 'p1', approverId: 'a1', actorId: 'ou_1' };

describe('resolveActor', () => {
  it('needs a user or the system, never neither', () => {
    expect(refusal(() => resolveActor({}))).toEqual({ code: 'INVALID_INPUT', field: 'actorId' });
  });

  it('refuses both a user and the system', () => {
    expect(refusal(() => resolveActor({ actorId: 'ou_1', asSystem: true }))).toEqual({ code: 'INVALID_INPUT', field: 'actorId' });
  });

  it('defaults the id type to OPEN_ID and takes the system when asked', () => {
    expect(resolveActor({ actorId: 'ou_1' })).toEqual({ kind: 'user', userId: 'ou_1', userIdType: 'OPEN_ID' });
    expect(resolveActor({ asSystem: true })).toEqual({ kind: 'system' });
  });

  it('keeps the id type for the ids a system action names', () => {
    expect(resolveActor({ asSystem: true, actorIdType: 'USER_ID' })).toEqual({ kind: 'system', userIdType: 'USER_ID' });
  });

  it('falls back to the authenticated caller when no actor is given', () => {
    expect(resolveActor({}, { userId: 'ou_me', userIdType: 'USER_ID' })).toEqual({ kind: 'user', userId: 'ou_me', userIdType: 'USER_ID' });
  });
});

describe('rejectTask input', () => {
  it('needs a non-empty reason', () => {
    expect(refusal(() => toRejectCommand({ ...base, reason: '   ' }))).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
  });

  it('allows at most 1000 characters of reason', () => {
    expect(toRejectCommand({ ...base, reason: 'x'.repeat(1000) }).reason).toHaveLength(1000);
    expect(refusal(() => toRejectCommand({ ...base, reason: 'x'.repeat(1001) }))).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
  });
});

describe('approveTask input', () => {
  // The expected domain value is spelt out, like the mapping tests' (test/upstream/map.unit.test.ts), rather
  // than built by a helper: it is what the test checks, and a shared builder could agree with a wrong mapping.
  it('turns typed form values into domain values, lists included', () => {
    const command = toApproveCommand({
      ...base,
      formValues: [
        { apiName: 'remark', value: { text: 'ok' } },
        { apiName: 'people', value: { list: [{ employmentId: 'e1' }, { employmentId: 'e2' }] } },
        { apiName: 'start', value: { date: '2024-06-17' } },
      ],
    });
    expect(command.formValues).toEqual([
      { apiName: 'remark', value: { kind: 'text', text: 'ok' } },
      {
        apiName: 'people',
        value: {
          kind: 'list',
          items: [
            { kind: 'employment', employmentId: 'e1' },
            { kind: 'employment', employmentId: 'e2' },
          ],
        },
      },
      { apiName: 'start', value: { kind: 'date', date: '2024-06-17' } },
    ]);
  });

  it('refuses a form value with no kind or two kinds set', () => {
    expect(refusal(() => toApproveCommand({ ...base, formValues: [{ apiName: 'x', value: {} }] })).field).toBe('formValues[0].value');
    expect(refusal(() => toApproveCommand({ ...base, formValues: [{ apiName: 'x', value: { text: 'a', bool: true } }] })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('refuses a number that is not a decimal string', () => {
    expect(refusal(() => toApproveCommand({ ...base, formValues: [{ apiName: 'x', value: { number: '1e3' } }] })).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('transferTasks input', () => {
  it('takes 1 to 20 distinct task ids', () => {
    const input = { processId: 'p1', toUserId: 'ou_2', actorId: 'ou_1' };
    expect(refusal(() => toTransferCommand({ ...input, approverIds: [] }))).toEqual({ code: 'INVALID_INPUT', field: 'approverIds' });
    const twentyOne = Array.from({ length: 21 }, (_, i) => `a${i}`);
    expect(refusal(() => toTransferCommand({ ...input, approverIds: twentyOne })).field).toBe('approverIds');
    expect(refusal(() => toTransferCommand({ ...input, approverIds: ['a', 'a'] })).field).toBe('approverIds');
    expect(toTransferCommand({ ...input, approverIds: twentyOne.slice(0, 20) }).approverIds).toHaveLength(20);
  });
});

describe('addApprovers input', () => {
  const input = { processId: 'p1', approverId: 'a1', actorId: 'ou_1', userIds: ['ou_9'] };

  it('needs a node or a task to add to', () => {
    expect(refusal(() => toAddApproversCommand({ ...input, approverId: null, position: 'AFTER' })).field).toBe('nodeId');
  });

  it('enforces that parallel add-sign needs all to approve, defaulting to it', () => {
    expect(refusal(() => toAddApproversCommand({ ...input, position: 'PARALLEL', approvalMode: 'ANY' }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'approvalMode',
    });
    expect(toAddApproversCommand({ ...input, position: 'PARALLEL' }).approvalMode).toBe('ALL');
    expect(toAddApproversCommand({ ...input, position: 'BEFORE', approvalMode: 'ANY' }).approvalMode).toBe('ANY');
  });

  it('takes 1 to 20 users', () => {
    const many = Array.from({ length: 21 }, (_, i) => `ou_${i}`);
    expect(refusal(() => toAddApproversCommand({ ...input, position: 'AFTER', userIds: many })).field).toBe('userIds');
  });
});

describe('withdraw and revoke input', () => {
  it('allows at most 500 characters of reason', () => {
    expect(refusal(() => toEndProcessCommand({ processId: 'p1', asSystem: true, reason: 'x'.repeat(501) })).field).toBe('reason');
    expect(toEndProcessCommand({ processId: 'p1', asSystem: true, reason: 'fine' })).toEqual({
      processId: 'p1',
      actor: { kind: 'system' },
      reason: 'fine',
    });
  });
});

describe('bounded inputs', () => {
  const user = { actorId: 'ou_1' };
  it('refuses ids, remarks, texts and form values beyond their bounds, naming the field', () => {
    expect(refusal(() => toApproveCommand({ ...base, processId: 'p'.repeat(INPUT_LIMITS.idLength + 1) })).field).toBe('processId');
    expect(
      refusal(() =>
        toTransferCommand({ processId: 'p1', approverIds: ['a1'], toUserId: 'ou_2', ...user, remark: 'x'.repeat(INPUT_LIMITS.remark + 1) }),
      ).field,
    ).toBe('remark');
    expect(
      refusal(() =>
        toAddApproversCommand({
          processId: 'p1',
          nodeId: 'n1',
          position: 'AFTER',
          userIds: ['ou_2'],
          ...user,
          remark: 'x'.repeat(INPUT_LIMITS.remark + 1),
        }),
      ).field,
    ).toBe('remark');
    const text = (value: string) => [{ apiName: 'note', value: { text: value } }];
    expect(refusal(() => toApproveCommand({ ...base, formValues: text('x'.repeat(INPUT_LIMITS.text + 1)) })).field).toBe(
      'formValues[0].value',
    );
    const many = Array.from({ length: INPUT_LIMITS.formValues + 1 }, (_, i) => ({ apiName: `f${i}`, value: { bool: true } }));
    expect(refusal(() => toApproveCommand({ ...base, formValues: many })).field).toBe('formValues');
    const longList = [{ apiName: 'l', value: { list: Array.from({ length: INPUT_LIMITS.listItems + 1 }, () => ({ bool: true })) } }];
    expect(refusal(() => toApproveCommand({ ...base, formValues: longList })).field).toBe('formValues[0].value');
    expect(refusal(() => toApproveCommand({ ...base, formValues: [{ apiName: 'n', value: { number: '1'.repeat(101) } }] })).field).toBe(
      'formValues[0].value',
    );
  });

  it('takes inputs at their bounds', () => {
    const values = Array.from({ length: INPUT_LIMITS.formValues }, (_, i) => ({
      apiName: `f${i}`,
      value: { text: 'x'.repeat(INPUT_LIMITS.text) },
    }));
    expect(toApproveCommand({ ...base, formValues: values }).formValues).toHaveLength(INPUT_LIMITS.formValues);
    expect(
      toTransferCommand({
        processId: 'p'.repeat(INPUT_LIMITS.idLength),
        approverIds: ['a1'],
        toUserId: 'ou_2',
        ...user,
        remark: 'x'.repeat(INPUT_LIMITS.remark),
      }).remark,
    ).toHaveLength(INPUT_LIMITS.remark);
  });
});
