import type { MutationAudit } from '../actions/audit.js';
import type { ActionRunnerDeps } from '../actions/run-action.js';
import type { Caller } from '../auth/caller.js';
import type { TaskListsChange } from '../domain/task-lists.js';
import type { EventStreams } from '../events/event-stream.js';
import type { LoaderCache } from '../loaders/loader-cache.js';
import type { Loaders } from '../loaders/loaders.js';
import type { ProcessWatchers } from '../loaders/process-watchers.js';
import type { Logger } from '../logger.js';
import type { ReadRecorder } from '../loaders/loader-cache.js';
import type { ProcessApi } from '../upstream/api.js';

/** What every resolver receives; built fresh for each request (and each subscription event). */
export interface GraphQLContext {
  /** Who is calling, resolved once per request, SSE stream or WebSocket connection (anonymous with auth off). */
  caller: Caller;
  /** Whose fair share of Feishu's budgets this operation spends: the caller, or its address when anonymous. */
  callerKey: string;
  /** Writes one audit line per mutation attempt. */
  audit(entry: MutationAudit): void;
  /** The request's logger: every line carries its request id. */
  logger: Logger;
  loaders: Loaders;
  /** Hears what the loaders served this request (what its answer depends on, for the result cache). */
  reads: ReadRecorder;
  /** For writes (mutations call Feishu directly, then invalidate); this operation's, within its budget. */
  api: ProcessApi;
  /** The API with a budget of its own, for work a long-lived operation does per event (each event is an operation). */
  freshApi(): ProcessApi;
  /** What live subscriptions watch, so a changed process is read again only when someone could read it. */
  watchers: ProcessWatchers;
  cache: LoaderCache;
  /** Idempotency and invalidation for the write actions. */
  actions: ActionRunnerDeps;
  /** The event streams subscriptions read (the event log, filtered and owned by this gateway). */
  events: EventStreams;
  /** What every replica is told changed (processes, users' task lists): drives `approverTasksChanged`. */
  changes: ChangeFeed;
  /** The request's `Idempotency-Key` header, used when an input names no key. */
  idempotencyKeyHeader?: string;
}

export interface ChangeFeed {
  /** Returns the unsubscribe function; `onEnd` runs if the feed ends first (the gateway closing). */
  subscribe(listener: (change: TaskListsChange) => void, onEnd?: () => void): () => void;
}
