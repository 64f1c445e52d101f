/**
 * Serves read operations from the result cache right after the caller is named (yoga's onParams,
 * which runs after onRequest's authentication): a warm answer skips parse, validation and execution,
 * so no resolver runs and nothing is read. A miss executes as usual and stores the answer when it is
 * a query without errors. Mutations and subscriptions never enter: only queries are stored, and a
 * key is only ever looked up, so a mutation's key never matches.
 */
import { getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import { visibilityScope } from '../auth/visibility.js';
import { ReadSet, type ResultCache } from './result-cache.js';
import type { CallerCarrier } from './use-caller-authentication.js';

export interface ResultCacheSettings {
  cache: ResultCache;
  /** The caller of a request whose server context names none (authentication off). */
  defaultCaller: Caller;
}

interface Pending {
  key: string;
  startedAt: number;
}

export function useResultCache({ cache, defaultCaller }: ResultCacheSettings): Plugin {
  const pending = new WeakMap<Request, Pending>();
  return {
    onParams({ params, request, context, setResult }) {
      if (typeof params.query !== 'string' || request.headers.get('accept')?.includes('text/event-stream')) return;
      const caller = (context as CallerCarrier).caller ?? defaultCaller;
      // Answers depend on the caller only through what it may see: callers who see the same share them.
      // The route names the schema (/graphql or the federation subgraph's): introspection differs between them.
      const key = `${new URL(request.url).pathname}\n${visibilityScope(caller)}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? null)}\n${JSON.stringify(params.extensions ?? null)}\n${params.query}`;
      const answer = cache.get(key);
      if (answer) setResult(answer);
      else pending.set(request, { key, startedAt: cache.begin() });
    },
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request; reads?: unknown };
      const miss = context.request && pending.get(context.request);
      const reads = context.reads;
      if (!miss || !(reads instanceof ReadSet) || getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || (result.errors?.length ?? 0) > 0) return;
          cache.store(miss.key, result, reads, miss.startedAt);
        },
      };
    },
  };
}
