/**
 * The event log as this gateway's subscriptions read it. Two additions to the log itself:
 * - freshness: an event reaches subscribers only after this replica's cache dropped the process it
 *   names (once per event, however many subscribers), so a subscriber reading `process` gets the
 *   state after the change even when the event outran the cross-replica invalidation;
 * - ownership: the gateway can count its live subscriptions and end them all when it shuts down.
 */
import { LRUCache } from 'lru-cache';
import { mapAsyncIterator } from 'graphql-yoga';
import type { EventStore, ProcessEvent, RecordedEvent, SubscribeOptions } from '../events/event-store.js';
import type { CacheInvalidation } from '../loaders/loader-cache.js';

export interface SubscriptionEventsOptions {
  cache: CacheInvalidation;
  /** Event ids remembered as already invalidated; an event older than these invalidates again (harmless). @default 10_000 */
  rememberedEvents?: number;
}

export interface SubscriptionEvents extends EventStore {
  /** Subscriptions handed out and not yet ended. */
  readonly active: number;
  /** Ends every subscription handed out, and those asked for later; the log itself stays open (its owner closes it). */
  close(): Promise<void>;
}

export function createSubscriptionEvents(log: EventStore, options: SubscriptionEventsOptions): SubscriptionEvents {
  const invalidated = new LRUCache<string, true>({ max: options.rememberedEvents ?? 10_000 });
  const live = new Set<AbortController>();
  let closed = false;

  const fresh = (event: RecordedEvent): RecordedEvent => {
    if (!invalidated.has(event.eventId)) {
      invalidated.set(event.eventId, true);
      options.cache.invalidateProcess(event.processId);
    }
    return event;
  };

  return {
    get active() {
      return live.size;
    },
    record: (event: ProcessEvent) => log.record(event),
    subscribe(subscription: SubscribeOptions): AsyncIterableIterator<RecordedEvent> {
      const stop = new AbortController();
      const abort = () => stop.abort();
      const release = () => {
        live.delete(stop);
        subscription.signal.removeEventListener('abort', abort);
      };
      if (closed || subscription.signal.aborted) stop.abort();
      else subscription.signal.addEventListener('abort', abort, { once: true });
      let events: AsyncIterableIterator<RecordedEvent>;
      try {
        events = log.subscribe({ ...subscription, signal: stop.signal });
      } catch (error) {
        release();
        throw error;
      }
      live.add(stop);
      stop.signal.addEventListener('abort', release, { once: true });
      const failed = (error: unknown) => {
        release();
        throw error;
      };
      return mapAsyncIterator(events, fresh, failed, release);
    },
    async close() {
      closed = true;
      for (const stop of [...live]) stop.abort();
    },
  };
}
