/**
 * `npm run bench [name ...]`: runs the benchmarks (all, or those named) one after another on loopback
 * and prints their tables. Numbers are ratios against a baseline measured in the same run, never
 * pass/fail thresholds: the machine is shared and noisy.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { benchCacheMemory } from './cache-memory.js';
import { benchFairUse } from './fair-use.js';
import { benchInbox } from './inbox.js';
import { benchNPlusOne } from './n-plus-one.js';
import { benchSandboxScale } from './sandbox-scale.js';
import { benchSubscriberMemory } from './subscriber-memory.js';
import { fixed, formatTable, type Table } from './table.js';
import { benchWebhook } from './webhook.js';
import { benchWarmReads } from './warm-reads.js';
import { benchEconomy } from './economy.js';
import { benchFreshness } from './freshness.js';
import { benchColdLatency } from './cold-latency.js';
import { benchSubscribers } from './subscribers.js';
import { benchMemory } from './memory.js';

const BENCHMARKS: Readonly<Record<string, () => Promise<Table[]>>> = {
  inbox: benchInbox,
  'n-plus-one': benchNPlusOne,
  webhook: benchWebhook,
  sandbox: benchSandboxScale,
  'cache-memory': benchCacheMemory,
  'subscriber-memory': benchSubscriberMemory,
  'warm-reads': benchWarmReads,
  economy: benchEconomy,
  freshness: benchFreshness,
  'cold-latency': benchColdLatency,
  subscribers: benchSubscribers,
  memory: benchMemory,
  'fair-use': benchFairUse,
};

function header(): string {
  return [
    '# feishu-process-gateway benchmarks',
    '',
    `node ${process.version} (${process.platform}/${process.arch}), ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${fixed(totalmem() / 2 ** 30)} GB RAM`,
    `date ${new Date().toISOString()}, load average ${loadavg()
      .map((load) => fixed(load, 2))
      .join(' ')} (the machine is shared: other work competes with every number below)`,
    '',
  ].join('\n');
}

async function main(names: readonly string[]): Promise<boolean> {
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
    return false;
  }
  console.log(header());
  const started = performance.now();
  let allRan = true;
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    const run = BENCHMARKS[name] as () => Promise<Table[]>;
    const began = performance.now();
    try {
      for (const table of await run()) console.log(formatTable(table));
      console.log(`(${name}: ${((performance.now() - began) / 1000).toFixed(1)} s)\n`);
    } catch (error) {
      allRan = false;
      console.error(`benchmark ${name} failed:`, error);
    }
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return allRan;
}

process.exitCode = (await main(process.argv.slice(2))) ? 0 : 1;
