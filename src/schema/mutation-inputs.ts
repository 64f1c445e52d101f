/**
 * The mutations' input types, shaped to fit src/actions/validate-input.ts, which checks them and
 * turns them into commands. GraphQL checks types and required fields; everything else is checked there.
 */
import type { InputFieldBuilder } from '@pothos/core';
import { ADD_APPROVER_POSITIONS, APPROVAL_MODES, type AddApproverPosition, type ApprovalMode } from '../domain/actions.js';
import { builder } from './builder.js';
import { UserIdTypeEnum } from './enums.js';
import { FormValueInputRef } from './mutation-form-inputs.js';

const POSITIONS: Readonly<Record<AddApproverPosition, string>> = {
  BEFORE: 'Before the current approvers (Feishu extra_type 0).',
  PARALLEL: 'Beside the current approvers, all of whom must approve (extra_type 1).',
  AFTER: 'After the current approvers (extra_type 2).',
};

const AddApproverPositionEnum = builder.enumType('AddApproverPosition', {
  description: 'Where add-sign puts the new approvers.',
  values: Object.fromEntries(ADD_APPROVER_POSITIONS.map((value) => [value, { description: POSITIONS[value] }])) as Record<
    AddApproverPosition,
    { description: string }
  >,
});

const MODES: Readonly<Record<ApprovalMode, string>> = {
  ANY: 'One approval among the added approvers suffices (OR-sign, approval_type 0).',
  ALL: 'Every added approver must approve (AND-sign, approval_type 1).',
};

const ApprovalModeEnum = builder.enumType('ApprovalMode', {
  description: 'How several added approvers decide.',
  values: Object.fromEntries(APPROVAL_MODES.map((value) => [value, { description: MODES[value] }])) as Record<ApprovalMode, { description: string }>,
});

type InputFields = InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>;

/** Who acts and under which key: the same four fields on every mutation input. */
const commonFields = (t: InputFields) => ({
  actorId: t.id({ description: 'The acting Feishu user, in the id type actorIdType. Give this or asSystem: true.' }),
  actorIdType: t.field({
    type: UserIdTypeEnum,
    description: 'How actorId and every other user id of this input are read. Default OPEN_ID; with asSystem, ids are open_ids.',
  }),
  asSystem: t.boolean({ description: 'Act as the system instead of a user.' }),
  idempotencyKey: t.string({
    description:
      'Retries with the same key get the first answer and send Feishu nothing more. Wins over the Idempotency-Key header.',
  }),
});

// The other inputs are declared one by one, alike in form on purpose: each lists the fields of its own
// Feishu action with their limits, and the fields they all share are `commonFields`.
export const ApproveTaskInputRef = builder.inputType('ApproveTaskInput', {
  fields: (t) => ({
    processId: t.id({ required: true }),
    approverId: t.id({ required: true, description: 'The task to approve (ApproverTask.approverId).' }),
    reason: t.string({ description: 'At most 1000 characters.' }),
    formValues: t.field({ type: [FormValueInputRef], description: 'Form fields to fill in while approving.' }),
    ...commonFields(t),
  }),
});

export const RejectTaskInputRef = builder.inputType('RejectTaskInput', {
  fields: (t) => ({
    processId: t.id({ required: true }),
    approverId: t.id({ required: true, description: 'The task to reject (ApproverTask.approverId).' }),
    reason: t.string({ required: true, description: 'Required by Feishu: 1 to 1000 characters.' }),
    ...commonFields(t),
  }),
});

export const TransferTasksInputRef = builder.inputType('TransferTasksInput', {
  fields: (t) => ({
    processId: t.id({ required: true }),
    approverIds: t.idList({ required: true, description: '1 to 20 distinct task ids.' }),
    toUserId: t.id({ required: true, description: 'The user who takes the tasks over.' }),
    remark: t.string(),
    ...commonFields(t),
  }),
});

export const AddApproversInputRef = builder.inputType('AddApproversInput', {
  description: 'Feishu add-sign (extra): give the node (nodeId) or a task on it (approverId).',
  fields: (t) => ({
    processId: t.id({ required: true }),
    nodeId: t.id({ description: 'The node instance; wins over approverId.' }),
    approverId: t.id({ description: 'A task on the node.' }),
    position: t.field({ type: AddApproverPositionEnum, required: true }),
    approvalMode: t.field({ type: ApprovalModeEnum, description: 'Default: ALL for PARALLEL (the only mode Feishu allows there), else Feishu’s.' }),
    userIds: t.idList({ required: true, description: '1 to 20 distinct users to add.' }),
    remark: t.string(),
    ...commonFields(t),
  }),
});

/** Withdraw and revoke take the same fields (Feishu gives them one body); only the name and description differ. */
function endProcessInput(name: string, description: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      processId: t.id({ required: true }),
      reason: t.string({ description: 'At most 500 characters.' }),
      ...commonFields(t),
    }),
  });
}

export const WithdrawProcessInputRef = endProcessInput(
  'WithdrawProcessInput',
  'Withdraws a process in progress (by its initiator or a process admin).',
);

export const RevokeProcessInputRef = endProcessInput('RevokeProcessInput', 'Revokes a completed process (by a process admin or the system).');
