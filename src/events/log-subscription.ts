/**
 * The one resume-then-follow algorithm both event stores use. Live entries are captured from the
 * moment the subscription starts following the log (at a known position) and held while the backlog
 * up to that position is replayed, so nothing falls between the two phases and nothing comes twice.
 */
import type { Logger } from '../logger.js';
import { AsyncQueue } from './async-queue.js';
import { SubscriberOverflowError, type EventGap, type RecordedEvent, type SubscribeOptions } from './event-store.js';

/** A log entry with the cursor of the entry before it, which is how a resumed reader detects a gap. */
export interface LogEntry {
  event: RecordedEvent;
  previous: string | undefined;
}

export interface LogFollower {
  onEntry(entry: LogEntry): void;
  /** The log closed: no more entries will come. */
  onClose(): void;
}

/** Everyone following one log: entries fan out to them; once closed, each is told and later ones turned away. */
export class LogFollowers {
  private readonly followers = new Set<LogFollower>();
  private closed = false;

  add(follower: LogFollower, position: string | undefined): { position: string | undefined; stop(): void } {
    if (this.closed) queueMicrotask(() => follower.onClose());
    else this.followers.add(follower);
    return { position, stop: () => this.followers.delete(follower) };
  }

  publish(entry: LogEntry): void {
    for (const follower of this.followers) follower.onEntry(entry);
  }

  close(): void {
    this.closed = true;
    for (const follower of this.followers) follower.onClose();
    this.followers.clear();
  }
}

/** The reading side of an event log, as a store exposes it to `subscribeToLog`. */
export interface EventLog {
  /**
   * Synchronously starts handing the follower every entry after the returned position, in order
   * (undefined position: the log is empty so far).
   */
  follow(follower: LogFollower): { position: string | undefined; stop(): void };
  /** Entries after `after` (undefined: from the oldest retained) up to `until` inclusive, oldest first. */
  read(after: string | undefined, until: string, limit: number): Promise<LogEntry[]>;
  /** Whether cursor `a` comes later in this log than cursor `b`. */
  isAfter(a: string, b: string): boolean;
  /**
   * For a cursor this log can tell at once it never issued (a memory log's cursor from an earlier
   * process), the cursor its first event will carry: the events after `cursor` are certainly gone.
   * Logs that cannot tell (Redis stream ids are times) leave it out, and an empty log proves such a
   * cursor only by what is recorded next.
   */
  firstCursorInsteadOf?(cursor: string): string | undefined;
}

export interface SubscriptionLimits {
  /** Entries fetched per backlog read. @default 500 */
  pageSize: number;
  /** Events buffered for a slow consumer before it is cut off with `SubscriberOverflowError`. @default 1_000 */
  maxBuffered: number;
  /** Bytes (the events' JSON) buffered for a slow consumer before it is cut off likewise. @default 1 MiB */
  maxBufferedBytes: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = { pageSize: 500, maxBuffered: 1_000, maxBufferedBytes: 1_048_576 };

/** An event's size as buffered, measured once however many subscribers hold it. */
const sizes = new WeakMap<RecordedEvent, number>();
function sizeOf(event: RecordedEvent): number {
  let size = sizes.get(event);
  if (size === undefined) sizes.set(event, (size = Buffer.byteLength(JSON.stringify(event))));
  return size;
}

export function subscribeToLog(
  log: EventLog,
  options: SubscribeOptions,
  limits: SubscriptionLimits,
  logger: Logger,
): AsyncIterableIterator<RecordedEvent> {
  const { after, signal } = options;
  const onAbort = () => queue.finish();
  const queue = new AsyncQueue<RecordedEvent>(() => {
    following.stop();
    signal.removeEventListener('abort', onAbort);
  });
  /** The cursor of the last event handed to the queue: everything delivered is strictly after it. */
  let lastQueued = after;
  let replaying = after !== undefined;
  const held: LogEntry[] = [];
  /** Bytes of the events held back during replay (the queue keeps its own count). */
  let heldBytes = 0;

  const deliver = (entry: LogEntry) => {
    // An entry that names the last one taken as its predecessor is surely later (the live path, cheaply).
    if (lastQueued !== undefined && entry.previous !== lastQueued && !log.isAfter(entry.event.cursor, lastQueued)) return;
    lastQueued = entry.event.cursor;
    if (options.accept && !options.accept(entry.event)) return;
    queue.push(entry.event, sizeOf(entry.event));
    if (queue.size > limits.maxBuffered || queue.bytes > limits.maxBufferedBytes) queue.finish(new SubscriberOverflowError());
  };

  /** Tells the subscriber that events after `missingAfter` are gone; false when it refused the gap (and ended). */
  const reportGap = (gap: EventGap): boolean => {
    if (!options.onGap) {
      logger.warn(gap, 'subscriber resumes after a cursor older than the event log retains');
      return true;
    }
    try {
      options.onGap(gap);
      return true;
    } catch (error) {
      queue.finish(error);
      return false;
    }
  };

  /**
   * A cursor given to a log that was empty when the subscription started (a restarted memory log, an
   * emptied stream) is proven only by what is recorded next: the event itself or its successor;
   * anything else means the events after it are gone.
   */
  let unproven: string | undefined;
  const proveResumePoint = (entry: LogEntry): boolean => {
    const resumeAfter = unproven as string;
    if (entry.event.cursor === resumeAfter) unproven = undefined;
    if (!log.isAfter(entry.event.cursor, resumeAfter)) return true;
    unproven = undefined;
    return entry.previous === resumeAfter || reportGap({ missingAfter: resumeAfter, resumingAt: entry.event.cursor });
  };

  const following = log.follow({
    onEntry(entry) {
      if (unproven !== undefined && !proveResumePoint(entry)) return;
      if (!replaying) return deliver(entry);
      held.push(entry);
      heldBytes += sizeOf(entry.event);
      if (held.length > limits.maxBuffered || heldBytes > limits.maxBufferedBytes) queue.finish(new SubscriberOverflowError());
    },
    onClose: () => queue.finish(),
  });

  const replay = async (from: string, until: string) => {
    let cursor = from;
    while (!queue.isFinished) {
      const page = await log.read(cursor, until, limits.pageSize);
      const oldest = page[0];
      if (oldest && oldest.previous !== cursor && !reportGap({ missingAfter: cursor, resumingAt: oldest.event.cursor })) return;
      for (const entry of page) deliver(entry);
      const newest = page[page.length - 1];
      if (!newest || newest.event.cursor === until) break;
      cursor = newest.event.cursor;
      await queue.waitForRoom(limits.pageSize);
    }
    replaying = false;
    heldBytes = 0;
    for (const entry of held.splice(0)) deliver(entry);
  };

  if (signal.aborted) queue.finish();
  else signal.addEventListener('abort', onAbort, { once: true });
  if (after !== undefined && following.position !== undefined) {
    replay(after, following.position).catch((error: unknown) => queue.finish(error));
  } else {
    replaying = false;
    const instead = after === undefined ? undefined : log.firstCursorInsteadOf?.(after);
    if (instead !== undefined) reportGap({ missingAfter: after as string, resumingAt: instead });
    else unproven = after;
  }
  return queue;
}
