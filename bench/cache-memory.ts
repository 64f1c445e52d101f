/**
 * Memory of the loader cache: processes read through the real loaders (getProcess over HTTP from the
 * sandbox) until the cache holds N of them; what the cache retains is the heap freed when it is dropped.
 */
import { createLoaderCache, type LoaderCache } from '../src/loaders/loader-cache.js';
import { createLoaders } from '../src/loaders/loaders.js';
import { startSandbox } from '../src/sandbox/index.js';
import type { FeishuClient } from '../src/upstream/client.js';
import { generousClient } from './generous-client.js';
import { settledHeapUsed } from './heap.js';
import { count, megabytes, ratio, type Table } from './table.js';

const SIZES = [1_000, 5_000];
/** Processes per simulated GraphQL request (each gets its own loaders, as requests do). */
const PER_REQUEST = 250;
const JSON_SAMPLE = 200;

interface Filled {
  entries: number;
  retainedBytes: number;
  /** Mean size of a cached process as JSON, for scale. */
  jsonBytes: number;
}

async function fill(cache: LoaderCache, client: FeishuClient, processIds: readonly string[]): Promise<void> {
  for (let from = 0; from < processIds.length; from += PER_REQUEST) {
    const results = await createLoaders(client, cache).process.loadMany(processIds.slice(from, from + PER_REQUEST));
    const failed = results.find((result) => result instanceof Error);
    if (failed) throw failed;
  }
}

async function meanJsonBytes(cache: LoaderCache, client: FeishuClient, processIds: readonly string[]): Promise<number> {
  const sample = await createLoaders(client, cache).process.loadMany(processIds.slice(0, JSON_SAMPLE));
  return sample.reduce((sum: number, process) => sum + Buffer.byteLength(JSON.stringify(process)), 0) / sample.length;
}

async function measure(client: FeishuClient, processIds: readonly string[]): Promise<Filled> {
  const holder: { cache?: LoaderCache } = { cache: createLoaderCache({ maxEntries: processIds.length }) };
  await fill(holder.cache as LoaderCache, client, processIds);
  const jsonBytes = await meanJsonBytes(holder.cache as LoaderCache, client, processIds);
  const entries = (holder.cache as LoaderCache).stats().entries;
  const withCache = settledHeapUsed();
  delete holder.cache;
  const retainedBytes = withCache - settledHeapUsed();
  return { entries, retainedBytes, jsonBytes };
}

export async function benchCacheMemory(): Promise<Table[]> {
  const largest = Math.max(...SIZES);
  const sandbox = await startSandbox({ processes: largest, rateLimits: false });
  const client = generousClient(sandbox);
  try {
    const processIds = sandbox.control.processIds();
    const results: Filled[] = [];
    for (const size of SIZES) results.push(await measure(client, processIds.slice(0, size)));
    return [
      {
        title: 'Loader cache memory (processes cached through getProcess)',
        columns: ['entries', 'heap retained by the cache', 'bytes/entry', 'JSON bytes/process', 'heap/JSON'],
        rows: results.map((result) => [
          count(result.entries),
          megabytes(result.retainedBytes),
          count(result.retainedBytes / result.entries),
          count(result.jsonBytes),
          ratio(result.retainedBytes / result.entries, result.jsonBytes),
        ]),
        notes: [
          'Retained = heap used (after forced GC) with the cache minus without it: entries, tags, user/process indexes and the LRU.',
          `Filled ${PER_REQUEST} processes per simulated request with fresh loaders each, as the gateway does per GraphQL request.`,
        ],
      },
    ];
  } finally {
    await client.close();
    await sandbox.close();
  }
}
