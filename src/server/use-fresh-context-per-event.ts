/**
 * graphql-js executes every event of a subscription with the context built when the subscription
 * started. DataLoaders cache for as long as their context lives, so a later event would be answered
 * with what an earlier one read. This plugin's subscribe runs each event with a context of its own.
 */
import { createSourceEventStream, execute } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';

/**
 * @param refresh makes the context one event executes with from the subscription's context (e.g. the
 * same context with new loaders). It must return a new object: per-context caches key on identity.
 */
export function useFreshContextPerEvent<Context extends object>(refresh: (context: Context) => Context): Plugin<Context> {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const events = await createSourceEventStream(args);
        if (!isAsyncIterable(events)) return events;
        const context = args.contextValue as Context;
        return mapAsyncIterator(events, (payload) => execute({ ...args, rootValue: payload, contextValue: refresh(context) }));
      });
    },
  };
}
