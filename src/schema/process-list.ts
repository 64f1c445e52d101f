/**
 * Query.processes: Feishu lists process ids by modification window (< 31 days each). Any window
 * is split into upstream windows, walked in order, and hidden behind Relay cursors; every id becomes
 * a Process, read through the request's loaders only when more than its ids is selected.
 */
import { START, walkPages } from '../loaders/page-walk.js';
import { splitWindow } from '../loaders/time-windows.js';
import { builder } from './builder.js';
import { decodeCursor, encodeCursor, pageSize, queryScope, toConnection } from './connection.js';
import { COST, listWindowsOf, pageOf } from './cost.js';
import { ProcessStatusEnum } from './enums.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { badUserInput, forbidden } from './errors.js';
import { processAt, ProcessRef } from './process.js';

/** Upstream page size for the list: the largest Feishu allows, since the budget is 20 calls a minute. */
export const PROCESS_LIST_PAGE_SIZE = 100;

/** The widest window accepted (13 upstream windows), so one query cannot drain the list budget. */
export const MAX_FILTER_SPAN_DAYS = 366;

const ProcessFilter = builder.inputType('ProcessFilter', {
  fields: (t) => ({
    modifiedAfter: t.field({ type: 'DateTime', required: true, description: 'Inclusive start of the modification window.' }),
    modifiedBefore: t.field({
      type: 'DateTime',
      required: true,
      description: `Inclusive end; windows over Feishu's 31-day cap are split (at most ${MAX_FILTER_SPAN_DAYS} days).`,
    }),
    statuses: t.field({ type: [ProcessStatusEnum] }),
    flowDefinitionId: t.string(),
  }),
});

const ProcessConnection = builder.connectionObject({ type: ProcessRef, name: 'ProcessConnection' }, { name: 'ProcessEdge' });

builder.queryField('processes', (t) =>
  t.field({
    type: ProcessConnection,
    description:
      'Processes modified in a window, oldest window first; ids are listed by Feishu, and each detail is read only when a field beyond processId and id is selected. Needs the process:read scope: whether a listed process concerns a user is only known from its detail.',
    // Deciding per process would read every detail of the window first: the tenant-wide list is for readers only.
    authScopes: { processRead: true },
    unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.processes),
    args: {
      filter: t.arg({ type: ProcessFilter, required: true }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    // Each upstream window is at least one list call; each listed process a detail (ProcessEdge.node).
    complexity: (args) => ({ field: COST.listWindow * listWindowsOf(args.filter), multiplier: pageOf(args.first) }),
    resolve: async (_root, { filter, first: firstArg, after }, context, info) => {
      const { modifiedAfter, modifiedBefore } = filter;
      if (modifiedAfter.getTime() > modifiedBefore.getTime()) throw badUserInput('modifiedAfter must not be later than modifiedBefore');
      if (modifiedBefore.getTime() - modifiedAfter.getTime() > MAX_FILTER_SPAN_DAYS * 86_400_000) {
        throw badUserInput(`the window may span at most ${MAX_FILTER_SPAN_DAYS} days`);
      }
      const first = pageSize(firstArg);
      const statuses = filter.statuses ?? undefined;
      const flowDefinitionId = filter.flowDefinitionId ?? undefined;
      const windows = splitWindow(modifiedAfter, modifiedBefore);
      const scope = queryScope('processes', modifiedAfter.getTime(), modifiedBefore.getTime(), statuses ?? null, flowDefinitionId ?? null);
      const from = after ? decodeCursor(scope, after).position : START;
      const walk = await walkPages<string>({
        segments: windows.length,
        from,
        first,
        keyOf: (processId) => processId,
        fetchPage: async (segment, pageToken) => {
          const window = windows[segment] as (typeof windows)[number];
          const page = await context.loaders.processIdPage.load({
            modifiedFrom: window.from,
            modifiedTo: window.to,
            pageSize: PROCESS_LIST_PAGE_SIZE,
            pageToken,
            statuses,
            flowDefinitionId,
          });
          return { items: page.processIds, hasMore: page.hasMore, pageToken: page.pageToken };
        },
      });
      return toConnection(walk, (position) => encodeCursor(scope, position), (processId) => processAt(processId, context, info, ['edges', 'node']), after != null);
    },
  }),
);
