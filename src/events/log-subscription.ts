/**
 * The one resume-then-follow algorithm both event stores use. Live entries are captured from the
 * moment the subscription starts following the log (at a known position) and held while the backlog
 * up to that position is replayed, so nothing falls between the two phases and nothing comes twice.
 */
import type { Logger } from '../logger.js';
import { AsyncQueue } from './async-queue.js';
import {
  SubscriberOverflowError,
  type EventGap,
  type EventSubscription,
  type RecordedEvent,
  type SubscribeOptions,
} from './event-store.js';

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

/** A follower attached to a log: where the log stood when it began, and how to narrow or detach it. */
export interface LogFollowing {
  position: string | undefined;
  stop(): void;
  /**
   * From now on, hand this follower only the entries of these processes (it starts with every entry).
   * Entries of other processes then cost it nothing, not even a call.
   */
  narrow(processIds: readonly string[]): void;
  /** The newest entry handed out to the log's followers since this one began (whoever took it); undefined: none yet. */
  passed(): string | undefined;
}

/**
 * Everyone following one log: entries fan out to them; once closed, each is told and later ones turned away.
 * Followers narrowed to some processes are indexed by process id, so an entry visits only the followers
 * of its own process and those that take every entry: with a thousand subscribers to a process each,
 * an event costs one visit rather than a thousand.
 */
export class LogFollowers {
  private readonly everyEntry = new Set<LogFollower>();
  private readonly byProcess = new Map<string, Set<LogFollower>>();
  private published = 0;
  private newest: string | undefined;
  private closed = false;

  add(follower: LogFollower, position: string | undefined): LogFollowing {
    if (this.closed) queueMicrotask(() => follower.onClose());
    else this.everyEntry.add(follower);
    const since = this.published;
    let processIds: readonly string[] = [];
    return {
      position,
      stop: () => {
        this.everyEntry.delete(follower);
        for (const processId of processIds) this.unindex(processId, follower);
      },
      narrow: (ids) => {
        if (!this.everyEntry.delete(follower)) return;
        processIds = [...new Set(ids)];
        for (const processId of processIds) {
          let followers = this.byProcess.get(processId);
          if (!followers) this.byProcess.set(processId, (followers = new Set()));
          followers.add(follower);
        }
      },
      passed: () => (this.published > since ? this.newest : undefined),
    };
  }

  publish(entry: LogEntry): void {
    this.published += 1;
    this.newest = entry.event.cursor;
    // The process's own followers first: one narrowed while it takes this entry (from `everyEntry`) is not visited twice.
    const own = this.byProcess.get(entry.event.processId);
    if (own) for (const follower of own) follower.onEntry(entry);
    for (const follower of this.everyEntry) follower.onEntry(entry);
  }

  close(): void {
    this.closed = true;
    const all = new Set(this.everyEntry);
    for (const followers of this.byProcess.values()) for (const follower of followers) all.add(follower);
    this.everyEntry.clear();
    this.byProcess.clear();
    for (const follower of all) follower.onClose();
  }

  private unindex(processId: string, follower: LogFollower): void {
    const followers = this.byProcess.get(processId);
    if (!followers) return;
    followers.delete(follower);
    if (followers.size === 0) this.byProcess.delete(processId);
  }
}

/** The reading side of an event log, as a store exposes it to `subscribeToLog`. */
export interface EventLog {
  /**
   * Synchronously starts handing the follower every entry after the returned position, in order
   * (undefined position: the log is empty so far).
   */
  follow(follower: LogFollower): LogFollowing;
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

export function subscribeToLog(log: EventLog, options: SubscribeOptions, limits: SubscriptionLimits, logger: Logger): EventSubscription {
  const { after, signal, processIds } = options;
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
    // Checked here too: the backlog replay, and a follower not narrowed yet, see every process's entries.
    if (processIds && !processIds.includes(entry.event.processId)) return;
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
  /** Entries of other processes go by without a call, once the resume point no longer needs every entry to be proven. */
  const narrow = () => {
    if (processIds && unproven === undefined) following.narrow(processIds);
  };
  const proveResumePoint = (entry: LogEntry): boolean => {
    const resumeAfter = unproven as string;
    if (entry.event.cursor === resumeAfter) unproven = undefined;
    if (!log.isAfter(entry.event.cursor, resumeAfter)) return true;
    unproven = undefined;
    return entry.previous === resumeAfter || reportGap({ missingAfter: resumeAfter, resumingAt: entry.event.cursor });
  };

  const following = log.follow({
    onEntry(entry) {
      if (unproven !== undefined) {
        if (!proveResumePoint(entry)) return;
        narrow();
      }
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
  narrow();
  // Live, the fan-out's newest entry: every entry up to it was queued here or went to other processes' subscribers.
  const reached = () => {
    const newest = replaying ? undefined : following.passed();
    return newest !== undefined && (lastQueued === undefined || log.isAfter(newest, lastQueued)) ? newest : lastQueued;
  };
  return Object.assign(queue, { reached });
}
