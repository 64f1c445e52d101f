/**
 * Apollo Federation v2 entities, for the subgraph schema (subgraphSchema in index.ts, served at
 * /graphql/subgraph). Keys are Feishu's own ids, the ones other services hold: `processId` for a
 * Process, `processId approverId` for an ApproverTask (Feishu reads a task only through its process).
 * The global `id` is this gateway's encoding of the same ids, so it is no key of its own.
 *
 * `_entities` resolves through the request's loaders, like `node(id:)`: one read per distinct
 * process, shared with everything else the operation reads. What the caller may see is decided by
 * the types' own scopes (runScopesOnType), so a representation the caller may not see resolves to
 * null with FORBIDDEN, exactly as `node(id:)` does.
 */
import type { GraphQLFieldExtensions, GraphQLSchema } from 'graphql';
import { ApproverTaskRef, loadApproverTask } from './approver-task.js';
import { builder } from './builder.js';
import { loadsEach } from './cost.js';
import { badUserInput } from './errors.js';
import { loadProcess, ProcessRef } from './process.js';

/** A representation is another subgraph's data, passed through `_Any` unchecked: a key must be a non-blank string. */
function keyValue(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw badUserInput(`an entity representation's ${field} must be a non-empty string`);
  return value;
}

// Async, so a refused representation rejects its own entry: @apollo/subgraph calls resolveReference
// inside a map, where a synchronous throw would fail every representation of the request.
builder.asEntity(ProcessRef, {
  key: builder.selection<{ processId: string }>('processId'),
  resolveReference: async ({ processId }, context) => loadProcess(keyValue(processId, 'processId'), context),
});

builder.asEntity(ApproverTaskRef, {
  key: builder.selection<{ processId: string; approverId: string }>('processId approverId'),
  resolveReference: async ({ processId, approverId }, context) => loadApproverTask(keyValue(processId, 'processId'), keyValue(approverId, 'approverId'), context),
});

/**
 * `_entities` is added by the federation plugin outside Pothos, so it carries no weight for the cost
 * limit: each representation may need a process detail, as each id of `nodes(ids:)` does.
 */
export function weighEntities(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (!entities) throw new Error('the subgraph schema has no _entities field');
  const complexity = (args: { representations?: readonly unknown[] }) => loadsEach(args.representations?.length ?? 0);
  (entities as { extensions: GraphQLFieldExtensions<unknown, unknown> }).extensions = { ...entities.extensions, complexity };
  return schema;
}
