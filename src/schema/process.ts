import { ImplementableObjectRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { FieldVariable } from '../domain/field-value.js';
import type { Process } from '../domain/process.js';
import { groupNodes } from '../domain/process-nodes.js';
import { maySeeProcess } from '../auth/visibility.js';
import { PROCESS_READ_ID_TYPE } from '../loaders/loaders.js';
import { ApproverTaskRef } from './approver-task.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { builder } from './builder.js';
import { CcTaskRef } from './cc-task.js';
import type { GraphQLContext } from './context.js';
import { COST, LOADED_LIST_ITEMS } from './cost.js';
import { ProcessStatusEnum, ProcessKindEnum } from './enums.js';
import { badUserInput, forbidden } from './errors.js';
import { FieldVariableRef } from './field-variable.js';
import { I18nTextRef } from './i18n-text.js';
import { PersonRef } from './person.js';
import { ProcessAbstractRef } from './process-abstract.js';
import { ProcessCommentRef } from './process-comment.js';
import { ProcessLinksRef } from './process-links.js';
import { ProcessNodeRef } from './process-node.js';
import { selectsOnly } from './selection.js';

/**
 * A process whose detail was not read because the operation selects nothing but its ids there. It
 * reveals only the processId its parent already showed (a task's, an event's, a listed id), so it
 * needs no visibility check of its own.
 */
export interface ProcessReference {
  processId: string;
  detailNotLoaded: true;
}

type ProcessSource = Process | ProcessReference;

function isReference(source: ProcessSource): source is ProcessReference {
  return 'detailNotLoaded' in source;
}

/** Fields answered without the detail. */
const ID_FIELDS: ReadonlySet<string> = new Set(['processId', 'id', '__typename']);

/**
 * The one way a Process is read for a field (and a federated reference): through the request's loaders (`context.loaders.process`,
 * the only per-request memo of processes, so a mutation has one memo to forget). A blank id is refused
 * unasked.
 */
export async function loadProcess(processId: string, context: GraphQLContext): Promise<Process | null> {
  if (processId.trim() === '') throw badUserInput('processId must not be empty');
  return context.loaders.process.load(processId);
}

/**
 * What a field returning a Process (reached through a list, a task, an event) resolves to: the loaded
 * detail, or a reference when nothing at `path` below the field needs the detail (e.g. ['edges', 'node']
 * for a connection).
 */
export function processAt(
  processId: string,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): ProcessReference | Promise<Process | null> {
  return selectsOnly(info, ID_FIELDS, path) ? { processId, detailNotLoaded: true } : loadProcess(processId, context);
}

/** The detail behind a field; a reference never reaches a detail field (processAt sees the whole selection). */
function detail(source: ProcessSource): Process {
  if (isReference(source)) throw new Error(`process ${source.processId}: a detail field was resolved on a reference that skipped the detail`);
  return source;
}

/**
 * What a field returning a Process gives: the detail (null when Feishu does not know the process),
 * still loading or already at hand, or a reference; its fields always see the settled detail or reference.
 */
export const ProcessRef = new ImplementableObjectRef<typeof builder.$inferSchemaTypes, ProcessSource | Promise<Process | null> | null, ProcessSource>(builder, 'Process');

function onlyKeys(variables: FieldVariable[], keys: readonly string[] | null | undefined): FieldVariable[] {
  if (!keys) return variables;
  const wanted = new Set(keys);
  return variables.filter((variable) => wanted.has(variable.apiName));
}

builder.node(ProcessRef, {
  description: 'A Feishu People process instance (GET /corehr/v2/processes/:process_id).',
  id: { resolve: (process) => process.processId },
  // Not the relay plugin's cached loadMany: the request's loaders already memoize processes. Each id
  // fails alone: graphql-js reads an Error in a node's slot as that node's error (the rest still resolve).
  loadManyWithoutCache: (processIds, context) =>
    Promise.all(processIds.map((processId) => loadProcess(processId, context).catch((error: unknown) => error as null))),
  // Checked once per process wherever it appears (a root field, a task, an event, originalProcess), from
  // the detail this field had to load anyway: a process that does not concern the caller reads as null.
  runScopesOnType: true,
  authScopes: (process, context) => isReference(process) || maySeeProcess(context.caller, process, PROCESS_READ_ID_TYPE),
  fields: (t) => ({
    processId: t.exposeID('processId'),
    status: t.field({ type: ProcessStatusEnum, resolve: (process) => detail(process).status }),
    kind: t.field({ type: ProcessKindEnum, nullable: true, resolve: (process) => detail(process).kind }),
    name: t.field({
      type: I18nTextRef,
      nullable: true,
      description: 'The instance name, falling back to the process definition name.',
      resolve: (process) => detail(process).processName ?? detail(process).flowDefinitionName,
    }),
    processName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => detail(process).processName }),
    flowTemplateId: t.string({ nullable: true, description: 'Business type id, e.g. leave.', resolve: (process) => detail(process).flowTemplateId }),
    flowTemplateName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => detail(process).flowTemplateName }),
    flowDefinitionId: t.string({ nullable: true, resolve: (process) => detail(process).flowDefinitionId }),
    flowDefinitionName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => detail(process).flowDefinitionName }),
    initiator: t.field({ type: PersonRef, nullable: true, description: 'Null when the system initiated it.', resolve: (process) => detail(process).initiator }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (process) => detail(process).createdAt }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (process) => detail(process).completedAt }),
    startLinks: t.field({ type: ProcessLinksRef, nullable: true, resolve: (process) => detail(process).startLinks }),
    abstracts: t.field({ type: [ProcessAbstractRef], resolve: (process) => detail(process).abstracts }),
    comments: t.field({ type: [ProcessCommentRef], resolve: (process) => detail(process).comments }),
    originalProcessId: t.id({ nullable: true, resolve: (process) => detail(process).originalProcessId }),
    originalProcess: t.field({
      type: ProcessRef,
      nullable: true,
      description: 'The process this one corrects or revokes.',
      complexity: COST.processDetail,
      resolve: (process, _args, context, info) => {
        const { originalProcessId } = detail(process);
        return originalProcessId === undefined ? null : processAt(originalProcessId, context, info);
      },
    }),
    isLastCompletedCorrectProcess: t.boolean({ nullable: true, resolve: (process) => detail(process).isLastCompletedCorrectProcess }),
    nodes: t.field({
      type: [ProcessNodeRef],
      description: 'Derived from the task items, grouped by node definition in order of first appearance.',
      resolve: (process) => groupNodes(detail(process)),
    }),
    approverTasks: t.field({
      type: [ApproverTaskRef],
      description: 'Todos, done list, system todos and system done list, in that order.',
      resolve: (process) => detail(process).approverTasks,
    }),
    ccTasks: t.field({ type: [CcTaskRef], resolve: (process) => detail(process).ccTasks }),
    // Form and flow variables are declared apart, alike in form: they are read through different loaders at
    // different costs, and `keys` only filters form data here while flow data also sends it to Feishu.
    formVariables: t.field({
      type: [FieldVariableRef],
      nullable: true,
      description: 'Form data; `keys` keeps only those variables. Null (with an error) when Feishu cannot be read.',
      complexity: { field: COST.formData, multiplier: LOADED_LIST_ITEMS },
      args: { keys: t.arg.stringList() },
      resolve: async (process, { keys }, context) => onlyKeys(await context.loaders.formVariables.load(process.processId), keys),
    }),
    flowVariables: t.field({
      type: [FieldVariableRef],
      nullable: true,
      description: 'Process (flow) data; `keys` asks Feishu for those variables only. Null (with an error) when Feishu cannot be read.',
      complexity: { field: COST.flowData, multiplier: LOADED_LIST_ITEMS },
      args: { keys: t.arg.stringList() },
      resolve: async (process, { keys }, context) =>
        onlyKeys(await context.loaders.flowVariables.load({ processId: process.processId, keys: keys ?? undefined }), keys),
    }),
  }),
});

builder.queryField('process', (t) =>
  t.field({
    type: ProcessRef,
    nullable: true,
    description: 'A process by its Feishu processId; null when Feishu does not know it, or (FORBIDDEN) when it does not concern a caller without process:read.',
    args: { processId: t.arg.id({ required: true }) },
    complexity: COST.processDetail,
    authScopes: { processRead: true, ownUser: true },
    unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser),
    resolve: (_root, { processId }, context) => loadProcess(processId, context),
  }),
);
