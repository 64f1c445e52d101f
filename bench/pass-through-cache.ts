/**
 * The baseline for cache benchmarks: a LoaderCache that stores nothing and shares nothing across
 * requests, so every request goes upstream (DataLoader still dedupes and batches within a request).
 * A 1 ms TTL is not the same thing: the real cache still joins identical calls already in flight.
 */
import { CACHE_KINDS, type CacheKind, type KindStats, type LoaderCache } from '../src/loaders/loader-cache.js';

export function passThroughCache(): LoaderCache {
  const byKind = Object.fromEntries(CACHE_KINDS.map((kind) => [kind, { hits: 0, misses: 0, coalesced: 0 }])) as Record<
    CacheKind,
    KindStats
  >;
  return {
    fetch(request) {
      byKind[request.kind].misses += 1;
      return request.load();
    },
    invalidateProcess() {},
    invalidateUsers() {},
    usersOf: () => [],
    holds: () => false,
    apply() {},
    onChange: () => () => undefined,
    stats() {
      return { entries: 0, byKind: structuredClone(byKind), invalidations: 0, shared: { hits: 0, misses: 0 } };
    },
  };
}
