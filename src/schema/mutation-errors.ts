/**
 * The typed failures of the write mutations: `interface Error` and one object type per
 * ActionErrorCode, each backed by the ActionFailure the action runner reports (or replays).
 */
import type { ActionFailure } from '../actions/action-error.js';
import { ACTION_ERROR_CODES, type ActionErrorCode } from '../domain/actions.js';
import { actionErrorCodes } from '../upstream/codes.js';
import { builder } from './builder.js';

/** TASK_ALREADY_PROCESSED -> TaskAlreadyProcessedError */
export function errorTypeName(code: ActionErrorCode): string {
  const words = code.toLowerCase().split('_');
  return `${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}Error`;
}

const MEANINGS: Readonly<Record<ActionErrorCode, string>> = {
  INVALID_INPUT: 'The input was refused: by the gateway before anything was sent (then `field` names the culprit), or by Feishu.',
  TASK_ALREADY_PROCESSED: 'The task was already handled; read the process for its current state.',
  STATUS_ALREADY_CHANGED: 'The approval status changed meanwhile; read the process again before deciding.',
  NO_PERMISSION:
    "The actor may not do this: not the task's approver, not the initiator or a process admin, or the app lacks the scope.",
  PROCESS_NOT_IN_PROGRESS: 'The process is no longer in progress.',
  PROCESS_NOT_FOUND: 'Feishu does not know the process (or the task within it).',
  CANNOT_REVOKE: 'The process cannot be revoked: it is not completed, or a business rule refused (see message).',
  DUPLICATE_APPROVER: 'A user named is already a handler of the node.',
  NODE_NOT_SUPPORTED: 'The node does not support this action (only approval and form nodes do).',
  NODE_ALREADY_FINISHED: 'The node, or the approval, already finished.',
  EMPLOYEE_NOT_FOUND: 'A user id could not be resolved; check the id and actorIdType.',
  FORM_SUBMISSION_FAILED: 'Feishu could not submit the form with this approval; check formValues.',
  TASK_BUSY: 'The task is being processed by another request; retry later.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used for another action or input; nothing was sent.',
  RATE_LIMITED: 'Feishu’s rate limit for this endpoint was reached and Feishu did not act; retry after `retryAfter` seconds.',
  UPSTREAM_UNAVAILABLE:
    'Feishu failed or could not be reached, and the action may or may not have happened: read the process before acting again. A retry with the same idempotency key returns this same answer.',
  FORBIDDEN:
    "The caller may not act so, and nothing was sent: acting as its own user needs the task:act scope; another actorId, asSystem and revokeProcess need process:admin.",
  OPERATION_BUDGET_EXCEEDED:
    'This operation already made as many calls of this kind to Feishu as one operation may, and nothing was sent for this one: send it again in another operation.',
};

/** The Feishu codes that mean `code`, taken from the one code table so the docs cannot drift from it. */
function feishuCodesOf(code: ActionErrorCode): number[] {
  return actionErrorCodes.codes().filter((feishuCode) => actionErrorCodes.nameOf(feishuCode) === code);
}

function describe(code: ActionErrorCode): string {
  const codes = feishuCodesOf(code);
  return codes.length > 0 ? `${MEANINGS[code]} Feishu codes: ${codes.join(', ')}.` : MEANINGS[code];
}

const ErrorRef = builder.interfaceRef<ActionFailure>('Error').implement({
  description:
    'A failed mutation, as a typed result. `code` names the failure (TASK_ALREADY_PROCESSED for TaskAlreadyProcessedError); feishuCode and logId are set when Feishu answered.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
    feishuCode: t.exposeInt('feishuCode', { nullable: true, description: 'Feishu’s error code, when Feishu answered.' }),
    logId: t.exposeString('logId', { nullable: true, description: 'Feishu’s log id (X-Tt-Logid), for Feishu support.' }),
  }),
  resolveType: (failure) => errorTypeName(failure.code),
});

function errorType(code: ActionErrorCode) {
  return builder.objectRef<ActionFailure>(errorTypeName(code)).implement({
    description: describe(code),
    interfaces: [ErrorRef],
    fields: (t) => ({
      ...(code === 'INVALID_INPUT' && {
        field: t.exposeString('field', { nullable: true, description: 'The input field at fault, when the gateway refused it.' }),
      }),
      ...(code === 'RATE_LIMITED' && {
        retryAfter: t.int({
          nullable: true,
          description: 'Seconds to wait before retrying.',
          resolve: (failure) => (failure.retryAfter === undefined ? null : Math.ceil(failure.retryAfter)),
        }),
      }),
    }),
  });
}

export const ERROR_TYPES = Object.fromEntries(ACTION_ERROR_CODES.map((code) => [code, errorType(code)])) as Record<
  ActionErrorCode,
  ReturnType<typeof errorType>
>;
