/**
 * The event log shared by every replica: a Redis stream (cursor = stream id, so a cursor stays valid
 * across restarts and on every replica) plus one dedup key per event id. Appending and marking the
 * id seen happen in one Lua script, so two replicas handed the same event record it once.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../logger.js';
import { encodeEvent } from './event-codec.js';
import { EventStoreClosedError, InvalidCursorError } from './event-store.js';
import type { EventStore, EventSubscription, ProcessEvent, RecordedEvent, SubscribeOptions } from './event-store.js';
import { DEFAULT_SUBSCRIPTION_LIMITS, subscribeToLog, type EventLog, type LogEntry, type SubscriptionLimits } from './log-subscription.js';
import { decodeStreamEntry, isLaterStreamId, STREAM_ID } from './redis-stream-entry.js';
import { RedisStreamTail } from './redis-stream-tail.js';

export interface RedisEventStoreOptions {
  /** For commands; shared, so the store never closes it. */
  redis: Redis;
  /** Prepended to every key, e.g. `feishu-gw:`. */
  keyPrefix: string;
  /** Entries the stream keeps (approximately: trimmed with MAXLEN ~). @default 100_000 */
  maxLength?: number;
  /** How long an event id is remembered for deduplication. @default 24 h */
  dedupRetentionMs?: number;
  /** XREAD BLOCK timeout of the live reader. @default 5_000 */
  blockMs?: number;
  logger?: Logger;
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

/**
 * KEYS: stream, dedup key. ARGV: max length, retention ms, encoded event. Returns the new entry id,
 * or nil for a duplicate. The id is marked seen only after XADD succeeded, so a failed append is
 * never mistaken for a recorded event when Feishu retries.
 */
const RECORD_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return false end
local newest = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
local previous = ''
if newest[1] then previous = newest[1][1] end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[3], 'p', previous)
redis.call('SET', KEYS[2], id, 'PX', ARGV[2])
return id
`;
const RECORD_SCRIPT_SHA = createHash('sha1').update(RECORD_SCRIPT).digest('hex');

export class RedisEventStore implements EventStore {
  private readonly redis: Redis;
  private readonly streamKey: string;
  private readonly seenPrefix: string;
  private readonly maxLength: number;
  private readonly dedupRetentionMs: number;
  private readonly logger: Logger;
  private readonly limits: SubscriptionLimits;
  private readonly tail: RedisStreamTail;
  private closed = false;
  private readonly log: EventLog = {
    follow: (follower) => this.tail.follow(follower),
    read: (after, until, limit) => this.read(after, until, limit),
    isAfter: isLaterStreamId,
  };

  private constructor(options: RedisEventStoreOptions) {
    this.redis = options.redis;
    this.streamKey = `${options.keyPrefix}events:log`;
    this.seenPrefix = `${options.keyPrefix}events:seen:`;
    this.maxLength = options.maxLength ?? 100_000;
    this.dedupRetentionMs = options.dedupRetentionMs ?? 24 * 3_600_000;
    this.logger = options.logger ?? silentLogger;
    this.limits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.subscriptionLimits };
    this.tail = new RedisStreamTail({
      connection: options.redis.duplicate(),
      streamKey: this.streamKey,
      logger: this.logger,
      blockMs: options.blockMs,
    });
  }

  /** A store whose live reader already follows the stream, so subscriptions can start at once. */
  static async open(options: RedisEventStoreOptions): Promise<RedisEventStore> {
    const store = new RedisEventStore(options);
    try {
      await store.tail.start();
    } catch (error) {
      await store.tail.stop();
      throw error;
    }
    return store;
  }

  async record(event: ProcessEvent): Promise<RecordedEvent | null> {
    if (this.closed) throw new EventStoreClosedError();
    const keys = [this.streamKey, this.seenPrefix + event.eventId];
    const args = [this.maxLength, this.dedupRetentionMs, encodeEvent(event)];
    let id: unknown;
    try {
      id = await this.redis.evalsha(RECORD_SCRIPT_SHA, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      id = await this.redis.eval(RECORD_SCRIPT, keys.length, ...keys, ...args);
    }
    return typeof id === 'string' ? { ...event, cursor: id } : null;
  }

  subscribe(options: SubscribeOptions): EventSubscription {
    if (options.after !== undefined && !STREAM_ID.test(options.after)) throw new InvalidCursorError(options.after);
    return subscribeToLog(this.log, options, this.limits, this.logger);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail.stop();
  }

  private async read(after: string | undefined, until: string, limit: number): Promise<LogEntry[]> {
    const items = await this.redis.xrange(this.streamKey, after === undefined ? '-' : `(${after}`, until, 'COUNT', limit);
    const entries: LogEntry[] = [];
    for (const [id, fields] of items) {
      try {
        entries.push(decodeStreamEntry(id, fields));
      } catch (error) {
        this.logger.error({ err: error, cursor: id }, 'skipping a damaged event log entry');
      }
    }
    return entries;
  }
}
