import { canReadEverything, maySeeProcess, maySeeTasksOf } from '../auth/visibility.js';
import { detailIn } from '../domain/listed-task.js';
import type { ApproverTask } from '../domain/process.js';
import { PROCESS_READ_ID_TYPE } from '../loaders/loaders.js';
import { APPROVER_STATUS_FILTERABLE } from '../upstream/codes.js';
import { walkPages, START } from '../loaders/page-walk.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { builder } from './builder.js';
import { decodeCursor, encodeCursor, pageSize, queryScope, toConnection } from './connection.js';
import type { GraphQLContext } from './context.js';
import { COST, pageOf } from './cost.js';
import { ApproverTaskStatusEnum, TaskSourceEnum, TaskTypeEnum, UserIdTypeEnum } from './enums.js';
import { badUserInput, forbidden } from './errors.js';
import { I18nTextRef } from './i18n-text.js';
import { PersonRef } from './person.js';
import { ProcessLinksRef } from './process-links.js';
import { processAt, ProcessRef } from './process.js';

export const ApproverTaskRef = builder.objectRef<ApproverTask>('ApproverTask');

/** A listed task's fields, status and source included, come from the process detail, loaded only when asked for. */
async function detailOf(task: ApproverTask, context: GraphQLContext): Promise<ApproverTask> {
  if (task.source !== 'APPROVERS_LIST') return task;
  const process = await context.loaders.process.load(task.processId);
  return process ? detailIn(process, task) : task;
}

const fromDetail =
  <K extends keyof ApproverTask>(field: K) =>
  async (task: ApproverTask, _args: object, context: GraphQLContext): Promise<ApproverTask[K]> =>
    (await detailOf(task, context))[field];

const GLOBAL_ID_SEPARATOR = ':';

/** The local part of an ApproverTask global id: `processId:approverId`. */
function splitTaskId(id: string): { processId: string; approverId: string } {
  const at = id.indexOf(GLOBAL_ID_SEPARATOR);
  if (at <= 0 || at === id.length - 1) throw badUserInput('not an ApproverTask id');
  return { processId: id.slice(0, at), approverId: id.slice(at + 1) };
}

/** A task by its ids, from its process's detail (node(id:) and federation's _entities); null when the process or task is unknown. */
export async function loadApproverTask(processId: string, approverId: string, context: GraphQLContext): Promise<ApproverTask | null> {
  const process = await context.loaders.process.load(processId);
  return process?.approverTasks.find((task) => task.approverId === approverId) ?? null;
}

builder.node(ApproverTaskRef, {
  description:
    "One approver's task on one node, as its process's detail shows it whichever way it was reached (a user's approvers list, a process, an event, `node`): one id, one set of values. An approvers-list item reads its fields from the detail, `status` and `source` included, loaded only when one of them is selected; the list's own status is on the edge (`ApproverTaskEdge.listStatus`).",
  id: { resolve: (task) => `${task.processId}${GLOBAL_ID_SEPARATOR}${task.approverId}` },
  runScopesOnType: true,
  authScopes: async (task, context) => {
    if (canReadEverything(context.caller)) return true;
    // Approvers-list items come only from Query.approverTasks, which lets a caller read its own list only.
    if (task.source === 'APPROVERS_LIST') return true;
    // Other tasks come from their process's detail, already loaded by this request.
    const process = await context.loaders.process.load(task.processId);
    return process !== null && maySeeProcess(context.caller, process, PROCESS_READ_ID_TYPE);
  },
  loadOne: (id, context) => {
    const { processId, approverId } = splitTaskId(id);
    return loadApproverTask(processId, approverId, context);
  },
  fields: (t) => ({
    approverId: t.exposeID('approverId'),
    processId: t.exposeID('processId'),
    status: t.field({ type: ApproverTaskStatusEnum, complexity: COST.detailField, resolve: fromDetail('status') }),
    source: t.field({
      type: TaskSourceEnum,
      description: "Which of the detail's lists holds the task; `APPROVERS_LIST` only for a task the detail does not list (a copy, an initiator's item).",
      complexity: COST.detailField,
      resolve: fromDetail('source'),
    }),
    type: t.field({ type: TaskTypeEnum, nullable: true, complexity: COST.detailField, resolve: fromDetail('type') }),
    assignee: t.field({ type: PersonRef, nullable: true, description: 'Null for tasks held by the system.', complexity: COST.detailField, resolve: fromDetail('assignee') }),
    operatorName: t.field({
      type: I18nTextRef,
      nullable: true,
      description: 'Display name Feishu gives, also for system tasks.',
      complexity: COST.detailField, resolve: fromDetail('operatorName'),
    }),
    nodeDefinitionId: t.string({ nullable: true, complexity: COST.detailField, resolve: fromDetail('nodeDefinitionId') }),
    nodeName: t.field({ type: I18nTextRef, nullable: true, complexity: COST.detailField, resolve: fromDetail('nodeName') }),
    links: t.field({ type: ProcessLinksRef, nullable: true, complexity: COST.detailField, resolve: fromDetail('links') }),
    createdAt: t.field({ type: 'DateTime', nullable: true, complexity: COST.detailField, resolve: fromDetail('createdAt') }),
    completedAt: t.field({ type: 'DateTime', nullable: true, complexity: COST.detailField, resolve: fromDetail('completedAt') }),
    opinion: t.string({ nullable: true, complexity: COST.detailField, resolve: fromDetail('opinion') }),
    process: t.field({ type: ProcessRef, complexity: COST.processDetail, resolve: (task, _args, context, info) => processAt(task.processId, context, info) }),
  }),
});

const ApproverTaskConnection = builder.connectionObject(
  { type: ApproverTaskRef, name: 'ApproverTaskConnection' },
  {
    name: 'ApproverTaskEdge',
    fields: (t) => ({
      // The listing's view lives on the edge, which caches keep per list: the node's values are the detail's.
      listStatus: t.field({
        type: ApproverTaskStatusEnum,
        description: "The task's status as the approvers list reported it (what the `status` argument filters on), read with the list at no extra cost.",
        // Every edge is built from a listed item (toConnection): only the GraphQL `node` may fail to resolve.
        resolve: (edge) => edge.node!.status,
      }),
    }),
  },
);

builder.queryField('approverTasks', (t) =>
  t.field({
    type: ApproverTaskConnection,
    description:
      "A user's tasks from Feishu's approvers list, in Feishu's order. `first: N` asks Feishu for pages of N; pages after `after` keep the size of the first page.",
    args: {
      userId: t.arg.id({ required: true }),
      userIdType: t.arg({ type: UserIdTypeEnum, defaultValue: 'OPEN_ID' }),
      status: t.arg({ type: ApproverTaskStatusEnum, description: `Passed to Feishu, filters on the list's status (\`listStatus\`); one of ${APPROVER_STATUS_FILTERABLE.join(', ')}.` }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    complexity: (args) => ({ field: COST.taskPage, multiplier: pageOf(args.first) }),
    // Decided from the arguments alone: another user's list costs no call to Feishu.
    authScopes: (_root, args, context) => maySeeTasksOf(context.caller, String(args.userId), args.userIdType ?? 'OPEN_ID'),
    unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.tasksOf),
    resolve: async (_root, args, context) => {
      const userIdType = args.userIdType ?? 'OPEN_ID';
      const status = args.status ?? undefined;
      if (status && !APPROVER_STATUS_FILTERABLE.includes(status)) {
        throw badUserInput(`Feishu cannot filter tasks by ${status}; use one of ${APPROVER_STATUS_FILTERABLE.join(', ')}`);
      }
      const first = pageSize(args.first);
      const scope = queryScope('approverTasks', args.userId, userIdType, status ?? null);
      const cursor = args.after ? decodeCursor(scope, args.after) : { position: START, pageSize: first };
      const upstreamPageSize = cursor.pageSize ?? first;
      const walk = await walkPages({
        segments: 1,
        from: cursor.position,
        first,
        fetchPage: async (_segment, pageToken) => {
          const page = await context.loaders.approverTaskPage.load({ userId: args.userId, userIdType, status, pageSize: upstreamPageSize, pageToken });
          return { items: page.tasks, hasMore: page.hasMore, pageToken: page.pageToken };
        },
      });
      return toConnection(walk, (position) => encodeCursor(scope, position, upstreamPageSize), (task) => task, args.after != null);
    },
  }),
);
