/**
 * A subscription lives no longer than the credential it was opened with: when a caller's JWT expires,
 * its streams (SSE or WebSocket) end with a last result whose `extensions.code` is UNAUTHENTICATED,
 * and the client subscribes again with a fresh token (and `after`, for `processEvents`).
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';

/** setTimeout's ceiling (about 24.8 days): a credential valid for longer is not timed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function expiredResult(): ExecutionResult {
  return {
    errors: [
      new GraphQLError('The credential this subscription was opened with has expired. Subscribe again with a fresh one.', {
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ],
  };
}

/** `source` until `at`, then one last item and the end; the source is released either way. */
export function endingAt<T>(source: AsyncIterable<T>, at: Date, last: () => T): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), Math.max(0, at.getTime() - Date.now()));
  });
  let finished = false;
  const finish = async () => {
    finished = true;
    clearTimeout(timer);
    await iterator.return?.();
  };
  return {
    async next(): Promise<IteratorResult<T>> {
      if (finished) return { value: undefined, done: true };
      const next = await Promise.race([iterator.next(), expired]);
      if (next === 'expired') {
        await finish();
        return { value: last(), done: false };
      }
      if (next.done) {
        finished = true;
        clearTimeout(timer);
      }
      return next;
    },
    async return(): Promise<IteratorResult<T>> {
      if (!finished) await finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function useCredentialExpiry(): Plugin<{ caller: Caller }> {
  return {
    onSubscribe({ args }) {
      const expiresAt = args.contextValue.caller.expiresAt;
      if (!expiresAt || expiresAt.getTime() - Date.now() > MAX_TIMER_MS) return undefined;
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(endingAt(result, expiresAt, expiredResult));
        },
      };
    },
  };
}
