import type { FieldVariable } from '../domain/field-value.js';
import type { Process } from '../domain/process.js';
import { maySeeProcess } from '../auth/visibility.js';
import { PROCESS_READ_ID_TYPE } from '../loaders/loaders.js';
import { ApproverTaskRef } from './approver-task.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { builder } from './builder.js';
import { CcTaskRef } from './cc-task.js';
import { COST, LOADED_LIST_ITEMS } from './cost.js';
import { ProcessStatusEnum, ProcessKindEnum } from './enums.js';
import { badUserInput, forbidden } from './errors.js';
import { FieldVariableRef } from './field-variable.js';
import { I18nTextRef } from './i18n-text.js';
import { PersonRef } from './person.js';
import { ProcessAbstractRef } from './process-abstract.js';
import { ProcessCommentRef } from './process-comment.js';
import { ProcessLinksRef } from './process-links.js';
import { groupNodes, ProcessNodeRef } from './process-node.js';

/** Loaded through the request's loaders: fields may return a processId and get the Process. A blank id is refused unasked. */
export const ProcessRef = builder.loadableNodeRef<Process | null, string, string, string, Process>('Process', {
  id: { resolve: (process) => process.processId },
  load: (processIds, context) =>
    Promise.all(
      processIds.map((processId) =>
        processId.trim() === '' ? badUserInput('processId must not be empty') : context.loaders.process.load(processId).catch((error: unknown) => error as Error),
      ),
    ),
});

function onlyKeys(variables: FieldVariable[], keys: readonly string[] | null | undefined): FieldVariable[] {
  if (!keys) return variables;
  const wanted = new Set(keys);
  return variables.filter((variable) => wanted.has(variable.apiName));
}

ProcessRef.implement({
  description: 'A Feishu People process instance (GET /corehr/v2/processes/:process_id).',
  // Checked once per process wherever it appears (a root field, a task, an event, originalProcess), from
  // the detail this field had to load anyway: a process that does not concern the caller reads as null.
  runScopesOnType: true,
  authScopes: (process, context) => maySeeProcess(context.caller, process, PROCESS_READ_ID_TYPE),
  fields: (t) => ({
    processId: t.exposeID('processId'),
    status: t.expose('status', { type: ProcessStatusEnum }),
    kind: t.expose('kind', { type: ProcessKindEnum, nullable: true }),
    name: t.field({
      type: I18nTextRef,
      nullable: true,
      description: 'The instance name, falling back to the process definition name.',
      resolve: (process) => process.processName ?? process.flowDefinitionName,
    }),
    processName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => process.processName }),
    flowTemplateId: t.exposeString('flowTemplateId', { nullable: true, description: 'Business type id, e.g. leave.' }),
    flowTemplateName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => process.flowTemplateName }),
    flowDefinitionId: t.exposeString('flowDefinitionId', { nullable: true }),
    flowDefinitionName: t.field({ type: I18nTextRef, nullable: true, resolve: (process) => process.flowDefinitionName }),
    initiator: t.field({ type: PersonRef, nullable: true, description: 'Null when the system initiated it.', resolve: (process) => process.initiator }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    startLinks: t.field({ type: ProcessLinksRef, nullable: true, resolve: (process) => process.startLinks }),
    abstracts: t.field({ type: [ProcessAbstractRef], resolve: (process) => process.abstracts }),
    comments: t.field({ type: [ProcessCommentRef], resolve: (process) => process.comments }),
    originalProcessId: t.exposeID('originalProcessId', { nullable: true }),
    originalProcess: t.field({
      type: ProcessRef,
      nullable: true,
      description: 'The process this one corrects or revokes.',
      complexity: COST.processDetail,
      resolve: (process) => process.originalProcessId ?? null,
    }),
    isLastCompletedCorrectProcess: t.exposeBoolean('isLastCompletedCorrectProcess', { nullable: true }),
    nodes: t.field({
      type: [ProcessNodeRef],
      description: 'Derived from the task items, grouped by node definition in order of first appearance.',
      resolve: (process) => groupNodes(process),
    }),
    approverTasks: t.field({
      type: [ApproverTaskRef],
      description: 'Todos, done list, system todos and system done list, in that order.',
      resolve: (process) => process.approverTasks,
    }),
    ccTasks: t.field({ type: [CcTaskRef], resolve: (process) => process.ccTasks }),
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
    resolve: (_root, { processId }) => processId,
  }),
);
