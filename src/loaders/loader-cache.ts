/**
 * The gateway-wide cache behind every request's loaders: one size-bounded LRU with a TTL per kind of
 * entry, coalescing of identical in-flight upstream calls across requests, and invalidation by
 * process id. It knows nothing of Feishu: loaders describe what each entry is about (EntryTags).
 */
import { LRUCache } from 'lru-cache';

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
  /**
   * Told the operators of a process read after it was invalidated: users who may just have gained a
   * task there, whose task lists other replicas should drop too (they never read that detail).
   */
  onOperatorsLearned?: (users: readonly string[]) => void;
}

/**
 * What changed, as replicas tell each other: a process (its entries, and the task lists that mention
 * it), and users whose task lists are stale (new operators, found when the process is read again).
 */
export interface CacheChange {
  processId?: string;
  /** User keys (see `userKey`). */
  users?: readonly string[];
}

/** The one way to tell the cache something changed; a Redis broadcast can drive it on every replica. */
export interface CacheInvalidation {
  invalidateProcess(processId: string): void;
  /** Drops the task lists of these users (user keys), and every list kept under another id type. */
  invalidateUsers(users: readonly string[]): void;
  apply(change: CacheChange): void;
}

/** What an entry is about, so that invalidating a process finds it. */
export interface EntryTags {
  /** Processes whose change makes the entry stale. */
  processIds: readonly string[];
  /** Owner of a task-list page, as a user key (see `userKey`). */
  user?: string;
  /** Users holding tasks on the process: their task lists go stale when it changes. */
  operators?: readonly string[];
}

export interface CacheRequest<T> {
  kind: CacheKind;
  /** Unique within the kind. */
  key: string;
  /** The process the entry concerns when known before loading (lets invalidation stop sharing a stale load). */
  processId?: string;
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
}

export interface LoaderCache extends CacheInvalidation {
  fetch<T>(request: CacheRequest<T>): Promise<T>;
  /** Users (user keys) whose cached task lists or detail tie them to the process, as it stands before a change. */
  usersOf(processId: string): string[];
  /** Whether any entry (detail, form or flow data, a task list naming it) concerns the process. */
  holds(processId: string): boolean;
  stats(): CacheStats;
}

/** How task-list owners and process operators are named in tags. */
export function userKey(userIdType: string, userId: string): string {
  return `${userIdType}:${userId}`;
}

interface Entry {
  value: unknown;
  tags: EntryTags;
}

interface Flight {
  promise: Promise<unknown>;
  processId?: string;
  /** Processes invalidated while the load ran: a result about one of them is not stored. */
  invalidated: Set<string>;
}

class Index {
  private readonly map = new Map<string, Set<string>>();

  add(name: string, key: string): void {
    let keys = this.map.get(name);
    if (!keys) this.map.set(name, (keys = new Set()));
    keys.add(key);
  }

  remove(name: string, key: string): void {
    const keys = this.map.get(name);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.map.delete(name);
  }

  names(): string[] {
    return [...this.map.keys()];
  }

  keys(name: string): string[] {
    return [...(this.map.get(name) ?? [])];
  }
}

const PENDING_LIMIT = 10_000;

export function createLoaderCache(options: LoaderCacheOptions = {}): LoaderCache {
  const ttl = { ...DEFAULT_TTL_MS, ...options.ttlMs };
  for (const [kind, ms] of Object.entries(ttl)) {
    if (!(ms > 0) || !Number.isFinite(ms)) throw new Error(`cache TTL for ${kind} must be a positive number of ms`);
  }
  const byProcess = new Index();
  const byUser = new Index();
  const unindex = (entry: Entry, key: string) => {
    for (const id of entry.tags.processIds) byProcess.remove(id, key);
    if (entry.tags.user) byUser.remove(entry.tags.user, key);
  };
  const lru = new LRUCache<string, Entry>({
    max: options.maxEntries ?? 10_000,
    ttlResolution: 0,
    dispose: unindex,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
  const inflight = new Map<string, Flight>();
  /** Processes invalidated since their detail was last loaded: the next detail names their new operators. */
  const pendingOperators = new LRUCache<string, true>({ max: PENDING_LIMIT });
  const stats = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { hits: 0, misses: 0, coalesced: 0, invalidated: 0 }])) as Record<CacheKind, KindStats>;
  let invalidations = 0;

  const invalidate = (cacheKey: string) => {
    if (lru.delete(cacheKey)) stats[cacheKey.slice(0, cacheKey.indexOf(':')) as CacheKind].invalidated += 1;
  };
  const dropUserLists = (users: Iterable<string>) => {
    for (const user of users) for (const key of byUser.keys(user)) invalidate(key);
  };
  const idTypeOf = (user: string) => user.slice(0, user.indexOf(':'));
  /** Lists of users who may have gained a task; the same people may own lists under another id type, which cannot be matched: those go too. */
  const dropListsOfOperators = (users: readonly string[]) => {
    if (users.length === 0) return;
    dropUserLists(users);
    const idTypes = new Set(users.map(idTypeOf));
    dropUserLists(byUser.names().filter((user) => !idTypes.has(idTypeOf(user))));
  };

  /** Users whose task lists the cache knows to concern the process: list owners, and the operators of its detail. */
  const usersOf = (processId: string): string[] => {
    const users = new Set<string>();
    for (const key of byProcess.keys(processId)) {
      const entry = lru.peek(key, { allowStale: true });
      if (entry?.tags.user) users.add(entry.tags.user);
      for (const user of entry?.tags.operators ?? []) users.add(user);
    }
    return [...users];
  };

  const invalidateProcess = (processId: string): void => {
    invalidations += 1;
    const users = usersOf(processId);
    for (const key of byProcess.keys(processId)) invalidate(key);
    dropUserLists(users);
    pendingOperators.set(processId, true);
    for (const [key, flight] of inflight) {
      flight.invalidated.add(processId);
      if (flight.processId === processId) inflight.delete(key);
    }
  };

  const store = (cacheKey: string, request: CacheRequest<unknown>, value: unknown, flight: Flight) => {
    const { ttl: ttlKind = request.kind, ...tags } = request.describe(value);
    if (tags.processIds.some((id) => flight.invalidated.has(id))) return;
    lru.set(cacheKey, { value, tags }, { ttl: ttl[ttlKind] });
    for (const id of tags.processIds) byProcess.add(id, cacheKey);
    if (tags.user) byUser.add(tags.user, cacheKey);
    for (const id of tags.processIds) {
      if (tags.operators && pendingOperators.delete(id)) {
        dropListsOfOperators(tags.operators);
        options.onOperatorsLearned?.(tags.operators);
      }
    }
  };

  return {
    fetch<T>(request: CacheRequest<T>): Promise<T> {
      const cacheKey = `${request.kind}:${request.key}`;
      const kindStats = stats[request.kind];
      const entry = lru.get(cacheKey);
      if (entry) {
        kindStats.hits += 1;
        return Promise.resolve(entry.value as T);
      }
      const running = inflight.get(cacheKey);
      if (running) {
        kindStats.coalesced += 1;
        return running.promise as Promise<T>;
      }
      kindStats.misses += 1;
      const flight: Flight = { promise: Promise.resolve(), processId: request.processId, invalidated: new Set() };
      flight.promise = request
        .load()
        .then((value) => {
          store(cacheKey, request as CacheRequest<unknown>, value, flight);
          return value;
        })
        .finally(() => {
          if (inflight.get(cacheKey) === flight) inflight.delete(cacheKey);
        });
      inflight.set(cacheKey, flight);
      return flight.promise as Promise<T>;
    },

    invalidateUsers: dropListsOfOperators,
    invalidateProcess,
    // Plain functions, not methods: a listener may be handed `cache.apply` unbound.
    apply(change: CacheChange): void {
      if (change.processId !== undefined) invalidateProcess(change.processId);
      if (change.users) dropListsOfOperators(change.users);
    },
    usersOf,
    holds: (processId) => byProcess.keys(processId).length > 0,

    stats(): CacheStats {
      const byKind = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { ...stats[kind] }])) as Record<CacheKind, KindStats>;
      return { entries: lru.size, byKind, invalidations };
    },
  };
}
