/**
 * The six write mutations (Feishu actions.md §6-10). Each union lists the failures of its endpoint:
 * Feishu's documented codes plus EMPLOYEE_NOT_FOUND, since every action names users Feishu may not
 * resolve (1160001).
 */
import {
  toAddApproversCommand,
  toApproveCommand,
  toEndProcessCommand,
  toRejectCommand,
  toTransferCommand,
} from '../actions/validate-input.js';
import { builder } from './builder.js';
import { defineActionMutation } from './mutation-action.js';
import {
  AddApproversInputRef,
  ApproveTaskInputRef,
  RejectTaskInputRef,
  RevokeProcessInputRef,
  TransferTasksInputRef,
  WithdrawProcessInputRef,
} from './mutation-inputs.js';

builder.mutationType({});

// Six declarations alike on purpose: `defineActionMutation` holds what the mutations share, and each call
// states only what is its own (name, input, the failures of its endpoint, the command and the call).

/** Approve and reject share Feishu's endpoint and so its failures. */
const DECIDE_ERRORS = ['TASK_ALREADY_PROCESSED', 'NO_PERMISSION', 'FORM_SUBMISSION_FAILED', 'STATUS_ALREADY_CHANGED', 'EMPLOYEE_NOT_FOUND'] as const;

defineActionMutation({
  name: 'approveTask',
  description: 'Approves (or submits, for a form task) one task, optionally writing form fields.',
  input: ApproveTaskInputRef,
  errors: DECIDE_ERRORS,
  toCommand: (input, self) => toApproveCommand(input, self),
  send: (api, command) => api.approveTask(command),
});

defineActionMutation({
  name: 'rejectTask',
  description: 'Rejects one task, which ends the process as REJECTED.',
  input: RejectTaskInputRef,
  errors: DECIDE_ERRORS,
  toCommand: (input, self) => toRejectCommand(input, self),
  send: (api, command) => api.rejectTask(command),
});

defineActionMutation({
  name: 'transferTasks',
  description: 'Hands one or more tasks of a process in progress over to another user.',
  input: TransferTasksInputRef,
  // Feishu also refuses to transfer a task already handled (the simulator answers 1161001).
  errors: ['NODE_NOT_SUPPORTED', 'PROCESS_NOT_IN_PROGRESS', 'TASK_BUSY', 'NO_PERMISSION', 'DUPLICATE_APPROVER', 'EMPLOYEE_NOT_FOUND', 'TASK_ALREADY_PROCESSED'],
  toCommand: (input, self) => toTransferCommand(input, self),
  send: (api, command) => api.transferTasks(command),
});

defineActionMutation({
  name: 'addApprovers',
  description: 'Feishu add-sign (extra): adds approvers before, beside or after those of a node in progress.',
  input: AddApproversInputRef,
  errors: ['PROCESS_NOT_IN_PROGRESS', 'TASK_BUSY', 'NO_PERMISSION', 'NODE_NOT_SUPPORTED', 'EMPLOYEE_NOT_FOUND', 'NODE_ALREADY_FINISHED', 'DUPLICATE_APPROVER'],
  toCommand: (input, self) => toAddApproversCommand(input, self),
  send: (api, command) => api.addApprovers(command),
});

defineActionMutation({
  name: 'withdrawProcess',
  description: 'Withdraws a process in progress; it ends as WITHDRAWN.',
  input: WithdrawProcessInputRef,
  errors: ['NO_PERMISSION', 'STATUS_ALREADY_CHANGED', 'PROCESS_NOT_IN_PROGRESS', 'EMPLOYEE_NOT_FOUND'],
  toCommand: (input, self) => toEndProcessCommand(input, self),
  send: (api, command) => api.withdrawProcess(command),
});

defineActionMutation({
  name: 'revokeProcess',
  description: 'Revokes a completed process: REVOKING, then REVOKED once Feishu is done.',
  input: RevokeProcessInputRef,
  errors: ['NO_PERMISSION', 'CANNOT_REVOKE', 'EMPLOYEE_NOT_FOUND'],
  adminOnly: true,
  toCommand: (input, self) => toEndProcessCommand(input, self),
  send: (api, command) => api.revokeProcess(command),
});
