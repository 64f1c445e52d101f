/**
 * The change feed as this gateway's subscriptions hold it: the cache's changes told in the domain's
 * terms, and closing the gateway ends every one of them at once instead of leaving streams open until
 * their connections are cut.
 */
import type { InvalidationBus } from '../events/invalidation-bus.js';
import { taskListsChangeOf } from '../loaders/dependency-index.js';
import type { ChangeFeed } from '../schema/context.js';

/** What replicas tell each other changed (the invalidation bus), as the cache encodes it. */
export type CacheChangeFeed = Pick<InvalidationBus, 'subscribe'>;

export interface ClosableFeed extends ChangeFeed {
  /** Subscribers not yet ended. */
  readonly active: number;
  close(): void;
}

export function closableFeed(feed: CacheChangeFeed): ClosableFeed {
  const endings = new Set<() => void>();
  let closed = false;
  return {
    get active() {
      return endings.size;
    },
    subscribe(listener, onEnd) {
      if (closed) {
        onEnd?.();
        return () => undefined;
      }
      const stop = feed.subscribe((change) => listener(taskListsChangeOf(change)));
      const end = () => {
        if (!endings.delete(end)) return;
        stop();
        onEnd?.();
      };
      endings.add(end);
      return () => {
        if (endings.delete(end)) stop();
      };
    },
    close() {
      closed = true;
      for (const end of [...endings]) end();
    },
  };
}
