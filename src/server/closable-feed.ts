/**
 * The change feed as this gateway's subscriptions hold it: closing the gateway ends every one of them
 * at once instead of leaving streams open until their connections are cut.
 */
import type { ChangeFeed } from '../schema/context.js';

export interface ClosableFeed extends ChangeFeed {
  /** Subscribers not yet ended. */
  readonly active: number;
  close(): void;
}

export function closableFeed(feed: ChangeFeed): ClosableFeed {
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
      const stop = feed.subscribe(listener);
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
