/**
 * The gateway-wide cache behind every request's loaders: one size-bounded LRU with a TTL per kind of
 * entry, coalescing of identical in-flight upstream calls across requests, and invalidation by
 * process id. It knows nothing of Feishu: loaders describe what each entry is about (EntryTags).
 */
import { LRUCache } from 'lru-cache';
import { ChangeClock, DependencyIndex, indexedTags, type CacheChange, type EntryTags } from './dependency-index.js';

export const CACHE_KINDS = ['process', 'form', 'flow', 'taskPage', 'processPage'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

/** Kinds with their own TTL: the cache kinds, and the answer "no such process". */
export type TtlKind = CacheKind | 'missingProcess';

/**
 * TTLs are a safety net; freshness comes from invalidation (events and mutations). Scarce budgets
 * (flow data 10/min, process list 20/min) get the longer lives.
 */
export const DEFAULT_TTL_MS: Readonly<Record<TtlKind, number>> = {
  process: 120_000,
  missingProcess: 30_000,
  form: 600_000,
  flow: 600_000,
  taskPage: 60_000,
  processPage: 60_000,
};

export interface LoaderCacheOptions {
  /** Entries held at most, all kinds together. @default 10000 */
  maxEntries?: number;
  /** Milliseconds each kind of entry lives; never infinite. @default DEFAULT_TTL_MS */
  ttlMs?: Partial<Record<TtlKind, number>>;
  /** Clock in milliseconds, for tests that move time. @default performance.now */
  now?: () => number;
  /** Shared with other replicas under this cache (requests with a `sharedScope`). @default none */
  shared?: SharedCache;
  /**
   * Told the operators of a process read after it was invalidated: users who may just have gained a
   * task there, whose task lists other replicas should drop too (they never read that detail).
   */
  onOperatorsLearned?: (users: readonly string[]) => void;
}

export { userKey, type CacheChange, type EntryTags } from './dependency-index.js';

/** The one way to tell the cache something changed; a Redis broadcast can drive it on every replica. */
export interface CacheInvalidation {
  invalidateProcess(processId: string): void;
  /** Drops the task lists of these users (user keys), and every list kept under another id type. */
  invalidateUsers(users: readonly string[]): void;
  apply(change: CacheChange): void;
}

/**
 * A change as this cache applied it, for what else is dropped by changes (the result cache, and later
 * live queries): the change, plus the owners of task lists this cache tied to the process.
 */
export interface AppliedChange extends CacheChange {
  listsOf?: readonly string[];
}

/** Told what each fetch served, so an answer built from them knows what it read and how long it may live. */
export interface ReadRecorder {
  read(tags: EntryTags, ttlMs: number): void;
}

/**
 * A second level shared by replicas (Redis), under this cache. Entries live in scopes that changes
 * invalidate as a whole (a process, a user's task lists). Every call is bounded and never throws: an
 * unavailable second level reads as a miss and drops writes.
 */
export interface SharedCache {
  /**
   * The entry, or the scope's version to write a fresh load under (none when the second level could
   * not be asked). `refreshed`: the replica that claimed the change reads this entry again, so wait
   * briefly for its copy rather than read Feishu too.
   */
  read(scope: string, field: string, refreshed: boolean): Promise<SharedRead>;
  /** Stores a load unless the scope changed since `version` was read; `refreshed` ends this replica's refresh lease. */
  write(scope: string, field: string, value: unknown, ttlMs: number, version: string, refreshed: boolean): Promise<void>;
}

export type SharedRead = { found: true; value: unknown; ttlMs: number } | { found: false; version?: string };

export interface CacheRequest<T> {
  kind: CacheKind;
  /** Unique within the kind. */
  key: string;
  /** The process the entry concerns when known before loading (lets invalidation stop sharing a stale load). */
  processId?: string;
  /** Shares the entry with other replicas through the second level, in this scope (invalidated as a whole). */
  sharedScope?: string;
  /** The replica that claims a change of the scope reads this entry again at once (the process detail). */
  refreshedOnChange?: boolean;
  load(): Promise<T>;
  describe(value: T): EntryTags & { ttl?: TtlKind };
}

export interface KindStats {
  hits: number;
  misses: number;
  coalesced: number;
  /** Entries dropped because what they hold changed (events, actions, other replicas), not for space or age. */
  invalidated: number;
}

export interface CacheStats {
  entries: number;
  byKind: Record<CacheKind, KindStats>;
  invalidations: number;
  /** Misses answered by the second level (another replica's load), and misses it could not answer. */
  shared: { hits: number; misses: number };
}

export interface LoaderCache extends CacheInvalidation {
  /** `reads` is told the tags and remaining life of what was served. */
  fetch<T>(request: CacheRequest<T>, reads?: ReadRecorder): Promise<T>;
  /** Hears every change this cache applies (from any source), after it applied it; returns the unsubscribe function. */
  onChange(listener: (change: AppliedChange) => void): () => void;
  /** Users (user keys) whose cached task lists or detail tie them to the process, as it stands before a change. */
  usersOf(processId: string): string[];
  /** Whether any entry (detail, form or flow data, a task list naming it) concerns the process. */
  holds(processId: string): boolean;
  stats(): CacheStats;
}

interface Entry {
  value: unknown;
  tags: EntryTags;
}

interface Flight {
  promise: Promise<unknown>;
  /** When the load started (the change clock): a result about a process invalidated since is not stored. */
  startedAt: number;
}

const PENDING_LIMIT = 10_000;

export function createLoaderCache(options: LoaderCacheOptions = {}): LoaderCache {
  const ttl = { ...DEFAULT_TTL_MS, ...options.ttlMs };
  for (const [kind, ms] of Object.entries(ttl)) {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new Error(`cache TTL for ${kind} must be a positive number of ms`);
  }
  const { shared } = options;
  const index = new DependencyIndex();
  const lru = new LRUCache<string, Entry>({
    max: options.maxEntries ?? 10_000,
    ttlResolution: 0,
    dispose: (_entry, key) => index.remove(key),
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
  const inflight = new Map<string, Flight>();
  /** Flights by the process they load, so invalidating one stops sharing its load without visiting every flight. */
  const inflightOf = new Map<string, Set<string>>();
  const clock = new ChangeClock();
  /** Processes invalidated since their detail was last loaded: the next detail names their new operators. */
  const pendingOperators = new LRUCache<string, true>({ max: PENDING_LIMIT });
  const stats = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { hits: 0, misses: 0, coalesced: 0, invalidated: 0 }])) as Record<
    CacheKind,
    KindStats
  >;
  const sharedStats = { hits: 0, misses: 0 };
  const listeners = new Set<(change: AppliedChange) => void>();
  let invalidations = 0;

  const drop = (keys: Iterable<string>) => {
    for (const key of keys) if (lru.delete(key)) stats[key.slice(0, key.indexOf(':')) as CacheKind].invalidated += 1;
  };
  const changed = (change: AppliedChange) => {
    for (const listener of listeners) listener(change);
  };

  const dropListsOfOperators = (users: readonly string[]) => {
    if (users.length === 0) return;
    drop(index.staleWithUsers(users));
    changed({ users });
  };

  const invalidateProcess = (processId: string): void => {
    invalidations += 1;
    const listsOf = index.usersOf(processId);
    drop(index.staleWithProcess(processId));
    pendingOperators.set(processId, true);
    clock.tick([processId]);
    for (const key of inflightOf.get(processId) ?? []) inflight.delete(key);
    inflightOf.delete(processId);
    changed(listsOf.length > 0 ? { processId, listsOf } : { processId });
  };

  /** Whether the value was kept (not about a process invalidated while it loaded). */
  const store = (cacheKey: string, value: unknown, flight: Flight, tags: EntryTags, ttlMs: number, fromUpstream: boolean): boolean => {
    if (clock.changedSince(tags.processIds, flight.startedAt)) return false;
    lru.set(cacheKey, { value, tags }, { ttl: ttlMs });
    index.add(cacheKey, indexedTags(tags));
    for (const id of tags.processIds) {
      if (tags.operators && pendingOperators.delete(id)) {
        drop(index.staleWithUsers(tags.operators));
        changed({ users: tags.operators });
        // The replica that read Feishu tells the others; one that got the detail from the second level hears it from that one.
        if (fromUpstream) options.onOperatorsLearned?.(tags.operators);
      }
    }
    return true;
  };

  const load = async <T>(cacheKey: string, request: CacheRequest<T>, flight: Flight, reads: ReadRecorder | undefined): Promise<T> => {
    // The entry's key in the cache is its field in the shared scope too.
    const sharedRead =
      shared && request.sharedScope !== undefined
        ? await shared.read(request.sharedScope, cacheKey, request.refreshedOnChange === true)
        : undefined;
    if (sharedRead?.found) {
      sharedStats.hits += 1;
      const value = sharedRead.value as T;
      const { ttl: ttlKind = request.kind, ...tags } = request.describe(value);
      const ttlMs = Math.min(ttl[ttlKind], sharedRead.ttlMs);
      store(cacheKey, value, flight, tags, ttlMs, false);
      reads?.read(tags, ttlMs);
      return value;
    }
    if (sharedRead) sharedStats.misses += 1;
    const value = await request.load();
    const { ttl: ttlKind = request.kind, ...tags } = request.describe(value);
    const kept = store(cacheKey, value, flight, tags, ttl[ttlKind], true);
    if (kept && sharedRead?.version !== undefined && shared && request.sharedScope !== undefined) {
      void shared.write(request.sharedScope, cacheKey, value, ttl[ttlKind], sharedRead.version, request.refreshedOnChange === true);
    }
    reads?.read(tags, ttl[ttlKind]);
    return value;
  };

  return {
    fetch<T>(request: CacheRequest<T>, reads?: ReadRecorder): Promise<T> {
      const cacheKey = `${request.kind}:${request.key}`;
      const kindStats = stats[request.kind];
      const entry = lru.get(cacheKey);
      if (entry) {
        kindStats.hits += 1;
        reads?.read(entry.tags, lru.getRemainingTTL(cacheKey));
        return Promise.resolve(entry.value as T);
      }
      const running = inflight.get(cacheKey);
      if (running) {
        kindStats.coalesced += 1;
        const joined = running.promise as Promise<T>;
        if (!reads) return joined;
        return joined.then((value) => {
          const { ttl: ttlKind = request.kind, ...tags } = request.describe(value);
          reads.read(tags, ttl[ttlKind]);
          return value;
        });
      }
      kindStats.misses += 1;
      const { processId } = request;
      const flight: Flight = { promise: Promise.resolve(), startedAt: clock.now() };
      const loading = load(cacheKey, request, flight, reads);
      // Requests that join the flight record their own reads (above); the flight itself carries none.
      flight.promise = loading.finally(() => {
        if (inflight.get(cacheKey) !== flight) return;
        inflight.delete(cacheKey);
        if (processId === undefined) return;
        const keys = inflightOf.get(processId);
        keys?.delete(cacheKey);
        if (keys?.size === 0) inflightOf.delete(processId);
      });
      inflight.set(cacheKey, flight);
      if (processId !== undefined) {
        let keys = inflightOf.get(processId);
        if (!keys) inflightOf.set(processId, (keys = new Set()));
        keys.add(cacheKey);
      }
      return flight.promise as Promise<T>;
    },

    invalidateUsers: dropListsOfOperators,
    invalidateProcess,
    // Plain functions, not methods: a listener may be handed `cache.apply` unbound.
    apply(change: CacheChange): void {
      if (change.processId !== undefined) invalidateProcess(change.processId);
      if (change.users) dropListsOfOperators(change.users);
    },
    usersOf: (processId) => index.usersOf(processId),
    holds: (processId) => index.holds(processId),

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    stats(): CacheStats {
      const byKind = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { ...stats[kind] }])) as Record<CacheKind, KindStats>;
      return { entries: lru.size, byKind, invalidations, shared: { ...sharedStats } };
    },
  };
}
