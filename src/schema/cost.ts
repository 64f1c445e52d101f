/**
 * What each field costs in the static cost limit (README, "Limits and fair use"), weighted by what it
 * asks of Feishu: a field that may need a process detail, form or flow data, a task page or a list
 * window costs what its budget is worth; a field answered from data already loaded costs 1 (objects
 * and lists) or nothing (scalars). Lists multiply what is selected below them: by the page asked for
 * (`first`, ids given), or by LOADED_LIST_ITEMS for lists within loaded data (a process's tasks).
 * Read by @pothos/plugin-complexity from each field's `complexity`; the limit is checked before any
 * resolver runs (server/use-cost-limit.ts).
 */
import { getNamedType, getNullableType, isLeafType, isListType, type GraphQLField } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection.js';

export const COST = {
  /** An object answered from loaded data. */
  loadedObject: 1,
  /** A field that may need a process detail (getProcess: 100 a minute). */
  processDetail: 25,
  /** A field of an approvers-list task borrowed from its process detail (one detail serves them all). */
  detailField: 2,
  /** Form data (100 a minute). */
  formData: 25,
  /** Flow data (10 a minute). */
  flowData: 100,
  /** One page of a user's task list (10 a second). */
  taskPage: 5,
  /** One upstream window of the process list (20 a minute). */
  listWindow: 50,
} as const;

/** Items assumed in a list of loaded data (a process's tasks, nodes, CC items, variables). */
export const LOADED_LIST_ITEMS = 10;

/** Items of a list or record value within a form or flow value. */
export const NESTED_VALUES_COST = { field: 1, multiplier: 3 } as const;

const DAY_MS = 86_400_000;
/** Feishu's list windows are cut at 30 days (loaders/time-windows.ts); more than a year is refused anyway. */
const WINDOW_DAYS = 30;
const MAX_WINDOWS = 13;

/** The default for fields without a weight of their own: scalars nothing, objects 1, loaded lists times LOADED_LIST_ITEMS. */
export function loadedFieldCost<Context>(_args: unknown, _context: Context, field: GraphQLField<unknown, Context>): { field: number; multiplier: number } {
  if (isLeafType(getNamedType(field.type))) return { field: 0, multiplier: 1 };
  return { field: COST.loadedObject, multiplier: isListType(getNullableType(field.type)) ? LOADED_LIST_ITEMS : 1 };
}

/** A page of `first` items (Relay connections): the connection multiplies, its `edges` do not again. */
export function pageOf(first: number | null | undefined): number {
  return Math.max(0, first ?? DEFAULT_PAGE_SIZE);
}

/** A field that loads each of `count` ids given (`nodes(ids:)`, federation's `_entities`): a detail per id, and each selected below it. */
export function loadsEach(count: number): { field: number; multiplier: number } {
  return { field: COST.processDetail * count, multiplier: count };
}

/** Upstream windows a `processes` filter is cut into (at least 1, at most what the field accepts). */
export function listWindowsOf(filter: { modifiedAfter?: Date | null; modifiedBefore?: Date | null } | null | undefined): number {
  const from = filter?.modifiedAfter?.getTime();
  const to = filter?.modifiedBefore?.getTime();
  if (from === undefined || to === undefined || !(to > from)) return 1;
  return Math.min(MAX_WINDOWS, Math.max(1, Math.ceil((to - from) / (WINDOW_DAYS * DAY_MS))));
}
