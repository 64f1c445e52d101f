/**
 * Memory with 10,000 cached processes and 1,000 live subscribers: heap (after forced collections)
 * and RSS of this process before and after the gateway's loader cache is filled to its bound through
 * the real loaders, then before and after 1,000 SSE subscriptions are opened; per process, per
 * subscriber, and whether the caches stayed within their configured bounds.
 */
import { createLoaderCache } from '../src/loaders/loader-cache.js';
import { createLoaders } from '../src/loaders/loaders.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createGateway } from '../src/server/gateway.js';
import { ResultCache } from '../src/server/result-cache.js';
import { generousClient } from './generous-client.js';
import { settledHeapUsed } from './heap.js';
import { openSubscribers } from './subscribers.js';
import { count, megabytes, type Table } from './table.js';

const PROCESSES = 10_000;
const SUBSCRIBERS = 1_000;
const MAX_ENTRIES = 10_000;
const RESULT_CACHE_BYTES = 64 * 1_048_576;
const PER_REQUEST = 250;

interface Snapshot {
  heap: number;
  rss: number;
}

function snapshot(): Snapshot {
  const heap = settledHeapUsed();
  return { heap, rss: process.memoryUsage().rss };
}

export async function benchMemory(): Promise<Table[]> {
  const sandbox = await startSandbox({ rateLimits: false, processes: PROCESSES });
  const client = generousClient(sandbox);
  const resultCache = new ResultCache({ maxBytes: RESULT_CACHE_BYTES });
  const cache = createLoaderCache({ maxEntries: MAX_ENTRIES });
  // The subscribers all connect from loopback (one anonymous caller): lift the per-caller cap for them.
  const gateway = await createGateway({ api: client, cache, port: 0, resultCache, limits: { maxSubscriptionsPerCaller: SUBSCRIBERS } });
  try {
    const start = snapshot();
    const processIds = sandbox.control.processIds().slice(0, PROCESSES);
    for (let from = 0; from < processIds.length; from += PER_REQUEST) {
      const loaded = await createLoaders(client, cache).process.loadMany(processIds.slice(from, from + PER_REQUEST));
      const failed = loaded.find((result) => result instanceof Error);
      if (failed) throw failed;
    }
    const filled = snapshot();
    const subscribers = await openSubscribers([{ gateway }], SUBSCRIBERS);
    const subscribed = snapshot();
    const entries = cache.stats().entries;
    const answers = resultCache.stats();
    await subscribers.close();
    const per = (after: Snapshot, before: Snapshot, n: number) => [
      count((after.heap - before.heap) / n),
      count((after.rss - before.rss) / n),
    ];
    return [
      {
        title: `Memory: ${count(PROCESSES)} cached processes, then ${count(SUBSCRIBERS)} live SSE subscribers`,
        columns: ['what', 'heap', 'RSS', 'heap bytes each', 'RSS bytes each'],
        rows: [
          ['gateway started (sandbox included)', megabytes(start.heap), megabytes(start.rss), '—', '—'],
          [
            `+ ${count(entries)} processes in the loader cache`,
            megabytes(filled.heap),
            megabytes(filled.rss),
            ...per(filled, start, entries),
          ],
          [
            `+ ${count(SUBSCRIBERS)} SSE subscribers`,
            megabytes(subscribed.heap),
            megabytes(subscribed.rss),
            ...per(subscribed, filled, SUBSCRIBERS),
          ],
        ],
        notes: [
          `Bounds: loader cache ${count(entries)} entries of at most ${count(MAX_ENTRIES)} (${entries <= MAX_ENTRIES ? 'within' : 'OVER'}); result cache ${megabytes(answers.bytes)} of at most ${megabytes(RESULT_CACHE_BYTES)} (${answers.bytes <= RESULT_CACHE_BYTES ? 'within' : 'OVER'}).`,
          'Heap after forced collections; RSS as the OS reports it (it rarely shrinks, so its deltas are upper bounds).',
          "The subscribers' client side (undici streams) lives in this process too: the per-subscriber numbers include it.",
        ],
      },
    ];
  } finally {
    await gateway.close();
    await client.close();
    await sandbox.close();
  }
}
