/**
 * Whole answers to read operations, so a warm read is served without parsing, validating or
 * executing anything. Each answer knows what it read: the tags of every loader-cache entry that
 * served it (processes, users' task lists), collected by the request's `ReadSet`. It is dropped when
 * the loader cache applies a change touching any of them (the one invalidation path: events, own
 * mutations, other replicas' announcements), and lives no longer than the shortest-lived thing it read.
 *
 * Live queries (`@live`) can be built on the same two pieces: a live operation keeps its ReadSet's
 * tags in a `DependencyIndex` like this one, listens to `LoaderCache.onChange`, and re-executes (then
 * pushes the new answer) when `staleWith(change)` names it, exactly where this cache drops an answer.
 */
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ChangeClock, changeMarks, DependencyIndex, indexedTags, marksOf, type IndexedTags } from '../loaders/dependency-index.js';
import type { AppliedChange, EntryTags, ReadRecorder } from '../loaders/loader-cache.js';

/** Longest life of an answer, also of one that read nothing (introspection, `__typename`). */
export const MAX_ANSWER_TTL_MS = 60_000;

/** What one request read through its loaders. */
export class ReadSet implements ReadRecorder {
  private readonly processIds = new Set<string>();
  private readonly users = new Set<string>();
  ttlMs = MAX_ANSWER_TTL_MS;

  read(tags: EntryTags, ttlMs: number): void {
    const { processIds, users } = indexedTags(tags);
    for (const id of processIds) this.processIds.add(id);
    for (const user of users ?? []) this.users.add(user);
    this.ttlMs = Math.min(this.ttlMs, ttlMs);
  }

  tags(): IndexedTags {
    return { processIds: [...this.processIds], users: [...this.users] };
  }
}

export interface ResultCacheOptions {
  /** Bytes of answers (as JSON) held at most. */
  maxBytes: number;
}

export interface ResultCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  stored: number;
  /** Answers not stored because something they read changed while they were computed. */
  refusedStale: number;
  dropped: number;
}

/** An answer with its own serializer (yoga's result processors call `stringify` when a result has one). */
export type SerializedResult = ExecutionResult & { stringify(result: ExecutionResult): string };

interface Answer {
  result: ExecutionResult;
  /** The answer as sent: serialized once, when stored. */
  json: string;
  /** Made once, when stored, rather than a new closure on every hit. */
  stringify: SerializedResult['stringify'];
}

export class ResultCache {
  private readonly index = new DependencyIndex();
  private readonly answers: LRUCache<string, Answer>;
  /** A request notes the time when it starts; a change stamps what it touched. */
  private readonly clock = new ChangeClock();
  private readonly counts = { hits: 0, misses: 0, stored: 0, refusedStale: 0, dropped: 0 };

  constructor(options: ResultCacheOptions) {
    this.answers = new LRUCache<string, Answer>({
      maxSize: options.maxBytes,
      sizeCalculation: (answer) => Math.max(1, answer.json.length),
      ttlResolution: 0,
      dispose: (_answer, key) => this.index.remove(key),
    });
  }

  /** Noted when a request starts; given back to `store`. */
  begin(): number {
    return this.clock.now();
  }

  /**
   * A copy of the answer (so what a later plugin adds to it stays out of the cache) that serializes to
   * the text stored with it, unless something was added to it on the way out.
   */
  get(key: string): SerializedResult | undefined {
    const answer = this.answers.get(key);
    if (!answer) {
      this.counts.misses += 1;
      return undefined;
    }
    this.counts.hits += 1;
    return { ...answer.result, stringify: answer.stringify };
  }

  /** Keeps the answer unless something it read changed after `startedAt` (then it may already be stale). */
  store(key: string, result: ExecutionResult, reads: ReadSet, startedAt: number): void {
    const tags = reads.tags();
    if (this.clock.changedSince(marksOf(tags), startedAt)) {
      this.counts.refusedStale += 1;
      return;
    }
    if (!(reads.ttlMs > 0)) return;
    const json = JSON.stringify(result);
    const stringify = (out: ExecutionResult) =>
      out.data === result.data && out.errors === undefined && out.extensions === result.extensions ? json : JSON.stringify(out);
    this.answers.set(key, { result, json, stringify }, { ttl: reads.ttlMs });
    if (this.answers.has(key)) {
      this.index.add(key, tags);
      this.counts.stored += 1;
    }
  }

  /** Drops the answers a change (as the loader cache applied it) makes stale. */
  apply(change: AppliedChange): void {
    this.clock.tick(changeMarks(change));
    for (const key of this.index.staleWith(change)) {
      if (this.answers.delete(key)) this.counts.dropped += 1;
    }
  }

  stats(): ResultCacheStats {
    return { entries: this.answers.size, bytes: this.answers.calculatedSize, ...this.counts };
  }
}
