/**
 * Per-request DataLoaders over the shared LoaderCache: within a request each entity is asked for
 * once; across requests the cache answers or joins the call already in flight.
 */
import DataLoader from 'dataloader';
import type { FieldVariable } from '../domain/field-value.js';
import type { ApproverTaskPage, Process, ProcessIdPage, UserIdType } from '../domain/process.js';
import type { CallOptions, ListApproverTasksQuery, ListProcessesQuery, ProcessApi } from '../upstream/api.js';
import { userKey, type CacheRequest, type LoaderCache, type ReadRecorder } from './loader-cache.js';

/** The id type the gateway reads process details with (Feishu's default for that endpoint). */
export const PROCESS_READ_ID_TYPE: UserIdType = 'OPEN_ID';

export interface FlowVariablesKey {
  processId: string;
  /** Omitted or empty: every flow variable. */
  keys?: readonly string[];
}

export interface Loaders {
  /** Null when Feishu does not know the process. */
  process: DataLoader<string, Process | null>;
  formVariables: DataLoader<string, FieldVariable[]>;
  flowVariables: DataLoader<FlowVariablesKey, FieldVariable[], string>;
  approverTaskPage: DataLoader<ListApproverTasksQuery, ApproverTaskPage, string>;
  processIdPage: DataLoader<ListProcessesQuery, ProcessIdPage, string>;
}

/** Users whose task lists mention the process: initiator, assignees, CC recipients. */
function operatorsOf(process: Process): string[] {
  const ids = new Set<string>();
  if (process.initiator) ids.add(process.initiator.id);
  for (const task of process.approverTasks) if (task.assignee) ids.add(task.assignee.id);
  for (const cc of process.ccTasks) if (cc.recipient) ids.add(cc.recipient.id);
  return [...ids].map((id) => userKey(PROCESS_READ_ID_TYPE, id));
}

function flowKeySet(keys: readonly string[] | undefined): string[] {
  return [...new Set(keys ?? [])].sort();
}

function flowCacheKey(key: FlowVariablesKey): string {
  return JSON.stringify([key.processId, flowKeySet(key.keys)]);
}

function taskPageCacheKey(query: ListApproverTasksQuery): string {
  return JSON.stringify([query.userIdType ?? 'OPEN_ID', query.userId, query.status ?? null, query.pageSize, query.pageToken ?? null]);
}

function processPageCacheKey(query: ListProcessesQuery): string {
  return JSON.stringify([
    query.modifiedFrom.getTime(),
    query.modifiedTo.getTime(),
    query.pageSize,
    query.pageToken ?? null,
    [...(query.statuses ?? [])].sort(),
    query.flowDefinitionId ?? null,
  ]);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A batch function for upstreams without batch endpoints: one cached fetch per key, errors per key. */
function perKey<K, V>(request: (key: K) => CacheRequest<V>, cache: LoaderCache, reads: ReadRecorder | undefined) {
  return (keys: readonly K[]): Promise<(V | Error)[]> => Promise.all(keys.map((key) => cache.fetch(request(key), reads).catch(asError)));
}

/** Where replicas share what is known of a process (detail, form and flow data): dropped together when it changes. */
export function processScope(processId: string): string {
  return `process:${processId}`;
}

/**
 * Where replicas share a user's task lists (by user key); only under open ids, the id type details
 * name people by: lists under another id type cannot be matched to a change, so they stay local.
 */
export function taskListScope(user: string): string | undefined {
  return user.startsWith(`${PROCESS_READ_ID_TYPE}:`) ? `tasks:${user}` : undefined;
}

/** The cache entry of one process detail; `options` bound the call (e.g. a background refresh's deadline). */
export function processRequest(api: ProcessApi, processId: string, options?: CallOptions): CacheRequest<Process | null> {
  return {
    kind: 'process',
    key: processId,
    processId,
    sharedScope: processScope(processId),
    refreshedOnChange: true,
    load: () => api.getProcess(processId, options),
    describe: (process) =>
      process ? { processIds: [processId], operators: operatorsOf(process) } : { processIds: [processId], ttl: 'missingProcess' },
  };
}

/** `reads` hears what every fetch of these loaders served (the request's result-cache dependencies). */
export function createLoaders(api: ProcessApi, cache: LoaderCache, reads?: ReadRecorder): Loaders {
  return {
    process: new DataLoader(perKey<string, Process | null>((processId) => processRequest(api, processId), cache, reads)),
    formVariables: new DataLoader(
      perKey<string, FieldVariable[]>(
        (processId) => ({
          kind: 'form',
          key: processId,
          processId,
          sharedScope: processScope(processId),
          load: () => api.getFormVariables(processId),
          describe: () => ({ processIds: [processId] }),
        }),
        cache,
        reads,
      ),
    ),
    flowVariables: new DataLoader(
      perKey<FlowVariablesKey, FieldVariable[]>(
        (key) => ({
          kind: 'flow',
          key: flowCacheKey(key),
          processId: key.processId,
          sharedScope: processScope(key.processId),
          load: () => api.getFlowVariables(key.processId, flowKeySet(key.keys)),
          describe: () => ({ processIds: [key.processId] }),
        }),
        cache,
        reads,
      ),
      { cacheKeyFn: flowCacheKey },
    ),
    approverTaskPage: new DataLoader(
      perKey<ListApproverTasksQuery, ApproverTaskPage>(
        (query) => ({
          kind: 'taskPage',
          key: taskPageCacheKey(query),
          sharedScope: taskListScope(userKey(query.userIdType ?? 'OPEN_ID', query.userId)),
          load: () => api.listApproverTasks(query),
          describe: (page) => ({
            processIds: [...new Set(page.tasks.map((task) => task.processId))],
            user: userKey(query.userIdType ?? 'OPEN_ID', query.userId),
          }),
        }),
        cache,
        reads,
      ),
      { cacheKeyFn: taskPageCacheKey },
    ),
    processIdPage: new DataLoader(
      perKey<ListProcessesQuery, ProcessIdPage>(
        (query) => ({
          kind: 'processPage',
          key: processPageCacheKey(query),
          load: () => api.listProcesses(query),
          describe: (page) => ({ processIds: page.processIds }),
        }),
        cache,
        reads,
      ),
      { cacheKeyFn: processPageCacheKey },
    ),
  };
}
