/**
 * A closed-loop load generator: `concurrency` workers, each sending its next request as soon as the
 * previous one is answered, until a duration has passed or a count is reached. Requests still in
 * flight at the end are awaited and counted, so the rate is over the time everything took.
 */

export interface LoadOptions {
  concurrency: number;
  /** No request starts after this many ms. */
  durationMs?: number;
  /** No more than this many requests in total. */
  count?: number;
  /** Sends request `index`; resolves with its outcome: 'ok' or a short error label. */
  send(index: number): Promise<string>;
}

export interface LoadResult {
  requests: number;
  /** From the first request sent to the last answer received. */
  elapsedMs: number;
  latenciesMs: number[];
  /** How many requests ended with each outcome. */
  outcomes: Map<string, number>;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.durationMs === undefined && options.count === undefined) throw new Error('runLoad needs a durationMs or a count');
  const latenciesMs: number[] = [];
  const outcomes = new Map<string, number>();
  const started = performance.now();
  const stopAt = started + (options.durationMs ?? Number.POSITIVE_INFINITY);
  const limit = options.count ?? Number.POSITIVE_INFINITY;
  let next = 0;

  const worker = async () => {
    while (next < limit && performance.now() < stopAt) {
      const index = next++;
      const sent = performance.now();
      let outcome: string;
      try {
        outcome = await options.send(index);
      } catch (error) {
        outcome = `exception: ${error instanceof Error ? error.name : String(error)}`;
      }
      latenciesMs.push(performance.now() - sent);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { requests: latenciesMs.length, elapsedMs: performance.now() - started, latenciesMs, outcomes };
}

/** Requests per second over the whole run. */
export function perSecond(requests: number, result: LoadResult): number {
  return result.elapsedMs > 0 ? (requests * 1000) / result.elapsedMs : 0;
}
