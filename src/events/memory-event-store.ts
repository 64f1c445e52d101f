/**
 * The event log of a single gateway process: a ring buffer of the latest events, a dedup window of
 * event ids, and in-process delivery to subscribers. Cursors are `<epoch>.<sequence>`; the epoch
 * changes with every store, so a cursor from before a restart is recognised as one whose events are
 * gone (reported as a gap at once, even before anything is recorded) rather than mistaken for a
 * position in the new log.
 */
import { randomBytes } from 'node:crypto';
import { silentLogger, type Logger } from '../logger.js';
import { DedupWindow } from './dedup-window.js';
import { EventStoreClosedError, InvalidCursorError } from './event-store.js';
import type { EventStore, EventSubscription, ProcessEvent, RecordedEvent, SubscribeOptions } from './event-store.js';
import {
  LogFollowers,
  DEFAULT_SUBSCRIPTION_LIMITS,
  subscribeToLog,
  type EventLog,
  type LogEntry,
  type SubscriptionLimits,
} from './log-subscription.js';

export interface MemoryEventStoreOptions {
  /** Events kept for replay to resuming subscribers. @default 10_000 */
  capacity?: number;
  /** How long an event id is remembered for deduplication. @default 24 h */
  dedupRetentionMs?: number;
  /** Most event ids remembered at once. @default 100_000 */
  dedupMaxIds?: number;
  now?: () => number;
  logger?: Logger;
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

const SEQUENCE_DIGITS = 12;
const CURSOR = /^([0-9a-f]{8})\.(\d{12})$/;

export class MemoryEventStore implements EventStore {
  private readonly epoch = randomBytes(4).toString('hex');
  private readonly capacity: number;
  private readonly ring: LogEntry[] = [];
  private lastSequence = 0;
  private readonly dedup: DedupWindow;
  private readonly followers = new LogFollowers();
  private readonly limits: SubscriptionLimits;
  private readonly logger: Logger;
  private closed = false;
  private readonly log: EventLog = {
    follow: (follower) => this.followers.add(follower, this.cursorOf(this.lastSequence)),
    read: async (after, until, limit) => this.read(after, until, limit),
    isAfter: (a, b) => this.rank(a) > this.rank(b),
    firstCursorInsteadOf: (cursor) => (CURSOR.exec(cursor)?.[1] === this.epoch ? undefined : this.cursorOf(this.lastSequence + 1)),
  };

  constructor(options: MemoryEventStoreOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 10_000);
    this.dedup = new DedupWindow(options.dedupRetentionMs ?? 24 * 3_600_000, options.dedupMaxIds ?? 100_000, options.now ?? Date.now);
    this.limits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.subscriptionLimits };
    this.logger = options.logger ?? silentLogger;
  }

  async record(event: ProcessEvent): Promise<RecordedEvent | null> {
    if (this.closed) throw new EventStoreClosedError();
    if (this.dedup.has(event.eventId)) return null;
    const sequence = ++this.lastSequence;
    const recorded: RecordedEvent = { ...event, cursor: this.cursorOf(sequence) as string };
    const entry: LogEntry = { event: recorded, previous: this.cursorOf(sequence - 1) };
    this.ring[sequence % this.capacity] = entry;
    this.dedup.add(event.eventId);
    this.followers.publish(entry);
    return recorded;
  }

  subscribe(options: SubscribeOptions): EventSubscription {
    if (options.after !== undefined && !CURSOR.test(options.after)) throw new InvalidCursorError(options.after);
    return subscribeToLog(this.log, options, this.limits, this.logger);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.followers.close();
  }

  private read(after: string | undefined, until: string, limit: number): LogEntry[] {
    const oldest = Math.max(1, this.lastSequence - this.capacity + 1);
    const first = Math.max(oldest, (after === undefined ? 0 : this.rank(after)) + 1);
    const last = Math.min(this.rank(until), this.lastSequence, first + limit - 1);
    const entries: LogEntry[] = [];
    for (let sequence = first; sequence <= last; sequence++) entries.push(this.ring[sequence % this.capacity] as LogEntry);
    return entries;
  }

  /** A cursor's sequence in this log; cursors of another epoch come before all of it. */
  private rank(cursor: string): number {
    const match = CURSOR.exec(cursor);
    return match && match[1] === this.epoch ? Number(match[2]) : 0;
  }

  private cursorOf(sequence: number): string | undefined {
    return sequence === 0 ? undefined : `${this.epoch}.${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
  }
}
