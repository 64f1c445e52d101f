/**
 * One write mutation from its parts: the input is validated into a command, the command runs through
 * the action runner (idempotency, one PUT, invalidation), and the outcome becomes a `<Name>Result`
 * union of `<Name>Success { process }` and the error types the endpoint can produce.
 */
import type { InputObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { ActionError, invalidInput, type ActionFailure } from '../actions/action-error.js';
import { runAction } from '../actions/run-action.js';
import type { ActorInput, CallerIdentity } from '../actions/validate-input.js';
import { refusalToAct, scopeNeededToAct } from '../auth/acting.js';
import type { Caller } from '../auth/caller.js';
import type { ActionErrorCode, Actor } from '../domain/actions.js';
import type { ProcessApi } from '../upstream/api.js';
import { builder } from './builder.js';
import { COST } from './cost.js';
import type { GraphQLContext } from './context.js';
import { ERROR_TYPES, errorTypeName } from './mutation-errors.js';
import { processAt, ProcessRef } from './process.js';

type Types = typeof builder.$inferSchemaTypes;

interface ActionSuccess {
  processId: string;
}

type ActionResult = ActionSuccess | ActionFailure;

const isFailure = (result: ActionResult): result is ActionFailure => 'code' in result;

/** Failures open to every mutation, whatever its endpoint: callers' rights, local checks, replays, budgets (Feishu's and the operation's), outages, unknown ids. */
const COMMON_ERRORS: readonly ActionErrorCode[] = [
  'FORBIDDEN',
  'INVALID_INPUT',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'PROCESS_NOT_FOUND',
  'OPERATION_BUDGET_EXCEEDED',
];

const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

type ActionInput = ActorInput & { processId: string; idempotencyKey?: string | null };
type ActionCommand = { processId: string; actor: Actor };

export interface ActionMutationSpec<Input extends ActionInput, Command extends ActionCommand> {
  /** The Mutation field; its types are named after it (approveTask: ApproveTaskSuccess, ApproveTaskResult). */
  name: string;
  description: string;
  input: InputObjectRef<Types, Input>;
  /** What Feishu documents (or is seen to answer) for the endpoint, besides COMMON_ERRORS. */
  errors: readonly ActionErrorCode[];
  /** Only process:admin may do it, whoever acts (revoking). */
  adminOnly?: boolean;
  /** `self` is the caller's own user: the actor when the input names none. */
  toCommand(input: Input, self: CallerIdentity | undefined): Command;
  send(api: ProcessApi, command: Command): Promise<void>;
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The input's key wins over the header's; a blank or oversized key is refused rather than ignored. */
function idempotencyKeyOf(fromInput: string | null | undefined, fromHeader: string | undefined): string | undefined {
  const key = fromInput ?? fromHeader;
  if (key === undefined) return undefined;
  if (key.trim() === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidInput('idempotencyKey', `1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, not blank`);
  }
  return key;
}

/**
 * After a write nothing this request memoized can be trusted (the process, its forms, task lists),
 * so a later field or mutation of the same request reads through the (invalidated) cache again.
 */
function forgetRequestMemo(context: GraphQLContext): void {
  for (const loader of Object.values(context.loaders)) loader.clearAll();
}

/** One caller's idempotency key never meets another's: the same key from two callers is two keys. */
function callerScopedKey(caller: Caller, key: string): string {
  return `${caller.kind}:${caller.name}:${key}`;
}

function selfOf(caller: Caller): CallerIdentity | undefined {
  return caller.user && { userId: caller.user.id, userIdType: caller.user.idType };
}

function audit(context: GraphQLContext, action: string, processId: string | undefined, actor: Actor | undefined, result: ActionResult): void {
  context.audit({
    caller: context.caller.name,
    callerKind: context.caller.kind,
    action,
    processId,
    actor,
    outcome: isFailure(result) ? result.code : 'SUCCESS',
    ...(isFailure(result) && { feishuCode: result.feishuCode, logId: result.logId }),
  });
}

async function perform<Input extends ActionInput, Command extends ActionCommand>(
  spec: ActionMutationSpec<Input, Command>,
  input: Input,
  context: GraphQLContext,
): Promise<ActionResult> {
  let command: Command | undefined;
  let result: ActionResult;
  try {
    const idempotencyKey = idempotencyKeyOf(input.idempotencyKey, context.idempotencyKeyHeader);
    const built = spec.toCommand(input, selfOf(context.caller));
    command = built;
    const processId = await runAction(context.actions, {
      action: spec.name,
      processId: built.processId,
      command: built,
      idempotencyKey: idempotencyKey === undefined ? undefined : callerScopedKey(context.caller, idempotencyKey),
      send: () => spec.send(context.api, built),
    });
    result = { processId };
  } catch (error) {
    if (!(error instanceof ActionError)) {
      context.audit({ caller: context.caller.name, callerKind: context.caller.kind, action: spec.name, processId: input.processId, actor: command?.actor, outcome: 'UNEXPECTED_ERROR' });
      throw error;
    }
    result = error.failure;
  } finally {
    forgetRequestMemo(context);
  }
  audit(context, spec.name, command?.processId ?? input.processId, command?.actor, result);
  return result;
}

/** A code the endpoint was not expected to answer still reaches the client, as a coded GraphQL error. */
function outsideResult(name: string, failure: ActionFailure): GraphQLError {
  return new GraphQLError(`${name}: ${failure.message}`, {
    extensions: { code: failure.code, feishuCode: failure.feishuCode, logId: failure.logId },
  });
}

export function defineActionMutation<Input extends ActionInput, Command extends ActionCommand>(
  spec: ActionMutationSpec<Input, Command>,
): void {
  const typeName = capitalized(spec.name);
  const SuccessRef = builder.objectRef<ActionSuccess>(`${typeName}Success`).implement({
    description: `${spec.name} was done by Feishu.`,
    fields: (t) => ({
      processId: t.exposeID('processId'),
      process: t.field({
        type: ProcessRef,
        nullable: true,
        description: 'The process read after the action, so it shows its effect.',
        complexity: COST.processDetail,
        resolve: (success, _args, context, info) => processAt(success.processId, context, info),
      }),
    }),
  });
  const codes = new Set([...spec.errors, ...COMMON_ERRORS]);
  const ResultRef = builder.unionType(`${typeName}Result`, {
    description: `${typeName}Success, or why ${spec.name} failed.`,
    types: [SuccessRef, ...[...codes].map((code) => ERROR_TYPES[code])],
    resolveType: (result) => (isFailure(result) ? errorTypeName(result.code) : SuccessRef.name),
  });
  builder.mutationField(spec.name, (t) =>
    t.field({
      type: ResultRef,
      description: spec.description,
      args: { input: t.arg({ type: spec.input, required: true }) },
      // Who may act as whom is decided from the input before anything runs; a refusal is a ForbiddenError result.
      authScopes: (_root, args, context) =>
        scopeNeededToAct(context.caller, { ...(args as { input: Input }).input, adminOnly: spec.adminOnly }) === 'process:admin'
          ? { processAdmin: true }
          : { taskAct: true },
      unauthorizedResolver: (_root, args, context) => {
        const { input } = args as { input: Input };
        const message = refusalToAct(context.caller, { ...input, adminOnly: spec.adminOnly }, spec.name) ?? `${spec.name} is not allowed to this caller`;
        const failure: ActionFailure = { code: 'FORBIDDEN', message };
        audit(context, spec.name, input.processId, undefined, failure);
        return failure;
      },
      resolve: async (_root, args, context) => {
        // spec.input fixes the argument's shape; Pothos cannot infer it while Input is generic.
        const { input } = args as { input: Input };
        const result = await perform(spec, input, context);
        if (isFailure(result) && !codes.has(result.code)) throw outsideResult(spec.name, result);
        return result;
      },
    }),
  );
}
