/**
 * Caps the subscriptions one caller holds open on this replica (SSE and WebSocket together): each
 * costs memory, a connection and event fan-out, and without a cap one client could open any number.
 * The one over the cap is refused with TOO_MANY_SUBSCRIPTIONS before it starts; closing one frees a place.
 */
import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

export interface SubscriptionCapOptions<Context> {
  maxPerCaller: number;
  /** The caller's key, from the operation's context. */
  keyOf(context: Context): string;
  /** Told of every refusal (metrics). */
  onRefused?: () => void;
}

export function useSubscriptionCap<Context extends object>(options: SubscriptionCapOptions<Context>): Plugin<Context> {
  const open = new Map<string, number>();
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const key = options.keyOf(args.contextValue as Context);
      const count = open.get(key) ?? 0;
      if (count >= options.maxPerCaller) {
        options.onRefused?.();
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `A caller may hold at most ${options.maxPerCaller} subscriptions open at once; close one before opening another.`,
              {
                extensions: { code: TOO_MANY_SUBSCRIPTIONS, limit: options.maxPerCaller },
              },
            ),
          ],
        });
        return;
      }
      open.set(key, count + 1);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const left = (open.get(key) ?? 1) - 1;
        if (left > 0) open.set(key, left);
        else open.delete(key);
      };
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) return release();
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
