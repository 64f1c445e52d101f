import type { ProcessEvent } from '../../src/domain/events.js';

/** A distinct, valid domain event; `n` makes its id and process unique. */
export function sampleEvent(n: number, eventId = `evt-${n}`): ProcessEvent {
  return {
    eventId,
    type: 'PROCESS_STATUS_CHANGED',
    occurredAt: new Date(1_718_000_000_000 + n),
    processId: `proc-${n}`,
    bizType: 'leave_application',
    status: 'COMPLETED',
    flowDefinitionId: 'people_1_2',
    kind: 'NORMAL',
  };
}

/** Collects `count` items from an iterator (failing the test on a timeout rather than hanging). */
export async function take<T>(iterator: AsyncIterator<T>, count: number, timeoutMs = 5_000): Promise<T[]> {
  const items: T[] = [];
  const deadline = Date.now() + timeoutMs;
  while (items.length < count) {
    const left = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`only ${items.length} of ${count} items arrived`)), Math.max(left, 0));
      }),
    ]).finally(() => clearTimeout(timer));
    if (result.done) break;
    items.push(result.value);
  }
  return items;
}

/** Whether the iterator yields nothing within `ms` (a quiet period, not a speed assertion). */
export async function staysQuiet<T>(
  iterator: AsyncIterator<T>,
  ms: number,
): Promise<{ quiet: boolean; pending: Promise<IteratorResult<T>> }> {
  const pending = iterator.next();
  const quiet = await Promise.race([pending.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), ms))]);
  return { quiet, pending };
}
