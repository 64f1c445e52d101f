/**
 * The event log every replica writes Feishu's events to and every subscription reads from. Two
 * implementations: `MemoryEventStore` (one process) and `RedisEventStore` (shared by replicas).
 */
import type { ProcessEvent, RecordedEvent } from '../domain/events.js';

export type { ProcessEvent, RecordedEvent };

/** Told to a subscriber when events it should get were already dropped from the log (retention). */
export interface EventGap {
  /** The subscriber's position: events right after it are gone. */
  missingAfter: string;
  /** The cursor of the next event it gets instead (the oldest still retained). */
  resumingAt: string;
}

export interface SubscribeOptions {
  /** Deliver what was recorded after this cursor (exclusive) first; undefined = only new events. */
  after?: string;
  /** Ends the subscription: the iterator finishes and every resource it held is released. */
  signal: AbortSignal;
  /**
   * Called, before the event that follows the gap, when events after `after` were already dropped
   * from the log (retention); the subscription carries on with the oldest retained event, and a
   * caller that cannot live with the gap can abort or throw (which fails the iterator). Typically
   * once, before the first event; again only if trimming overtakes a slow replay. Without it the gap
   * is logged.
   */
  onGap?: (gap: EventGap) => void;
  /**
   * Only events it accepts are queued for this subscriber; the others are passed over where the log
   * fans out, so a thousand narrow subscribers cost one check each per event, not one wake-up each.
   * @default every event
   */
  accept?: (event: RecordedEvent) => boolean;
  /**
   * Only events of these processes can reach this subscriber (`accept` is not asked about others):
   * the fan-out finds a live event's subscribers by its process, so an event costs nothing for the
   * subscriptions of other processes. @default every process
   */
  processIds?: readonly string[];
}

/** What `subscribe` hands out: the events, and how far into the log the subscription has got. */
export interface EventSubscription extends AsyncIterableIterator<RecordedEvent> {
  /**
   * The newest cursor up to which every event was either queued for this subscriber (taken or not)
   * or passed over (another process's, or not accepted); `after` (or undefined) before any. With
   * nothing left to take, resuming after it skips only events this subscription passed over.
   * Computed when asked, so passing over an event costs no bookkeeping.
   */
  reached(): string | undefined;
}

export interface EventStore {
  /**
   * Appends unless this event id was already recorded within retention. Returns the recorded event
   * (with its cursor) or null for a duplicate. Throws when it cannot record (the webhook answers 503).
   */
  record(event: ProcessEvent): Promise<RecordedEvent | null>;
  /**
   * Every event recorded after `after`, oldest first, then live ones as they are recorded (by any
   * replica), with no gap and no duplicate; cursors only grow. Throws `InvalidCursorError` at once
   * for a cursor this store never issued in that form. The iterator fails with
   * `SubscriberOverflowError` when its consumer falls too far behind the live stream (resume with
   * the last cursor seen), and ends when `signal` aborts or the store closes.
   */
  subscribe(options: SubscribeOptions): EventSubscription;
  close(): Promise<void>;
}

export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super('not a cursor of this event log');
    this.name = 'InvalidCursorError';
  }
}

export class SubscriberOverflowError extends Error {
  constructor() {
    super('subscriber fell too far behind the event stream; resume after its last cursor');
    this.name = 'SubscriberOverflowError';
  }
}

export class EventStoreClosedError extends Error {
  constructor() {
    super('the event store is closed');
    this.name = 'EventStoreClosedError';
  }
}
