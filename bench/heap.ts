/**
 * Heap measurements need a full collection first, or they mostly measure garbage. `npm run bench`
 * runs plain `tsx` (no --expose-gc), so the flag is set at run time and `gc` taken from a fresh context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects everything unreachable now, so no later measurement pays for garbage made before it. */
export function collectGarbage(): void {
  gc();
  gc();
}

/** Heap used (bytes) once everything unreachable has been collected. */
export function settledHeapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
