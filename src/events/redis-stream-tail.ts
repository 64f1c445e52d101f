/**
 * One blocking reader per store that follows the end of the Redis stream and fans each entry out to
 * every subscriber of this replica, so subscriptions cost no connection each. Its position (the last
 * entry handed out) is what a new subscriber's backlog replay runs up to.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { LogFollowers, type LogEntry, type LogFollower, type LogFollowing } from './log-subscription.js';
import { decodeStreamEntry } from './redis-stream-entry.js';
import { logConnectionErrors } from './redis-connection.js';

export interface RedisStreamTailOptions {
  /** A connection of its own: it spends its life in XREAD BLOCK. The tail disconnects it on stop. */
  connection: Redis;
  streamKey: string;
  logger: Logger;
  /** @default 5_000 */
  blockMs?: number;
  /** Pause after a failed read before trying again. @default 500 */
  retryDelayMs?: number;
}

const READ_COUNT = 1_000;

export class RedisStreamTail {
  private position: string | undefined;
  private readonly followers = new LogFollowers();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: RedisStreamTailOptions) {
    logConnectionErrors(options.connection, options.logger, 'event stream reader');
  }

  /** Reads where the stream ends now and starts following it from there. */
  async start(): Promise<void> {
    const [newest] = await this.options.connection.xrevrange(this.options.streamKey, '+', '-', 'COUNT', 1);
    this.position = newest?.[0];
    this.running = this.readForever();
  }

  follow(follower: LogFollower): LogFollowing {
    return this.followers.add(follower, this.position);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const reachable = this.options.connection.status === 'ready';
    this.options.connection.disconnect();
    // A read queued while Redis is unreachable never settles once its connection is dropped (ioredis
    // keeps it in the offline queue): waiting for it would hold the shutdown forever.
    if (reachable) await this.running;
    this.followers.close();
  }

  private async readForever(): Promise<void> {
    const { connection, streamKey, logger, blockMs = 5_000, retryDelayMs = 500 } = this.options;
    while (!this.stopped) {
      try {
        const reply = await connection.xread('COUNT', READ_COUNT, 'BLOCK', blockMs, 'STREAMS', streamKey, this.position ?? '0-0');
        for (const [, items] of reply ?? []) {
          for (const [id, fields] of items) this.dispatch(id, fields);
        }
      } catch (error) {
        if (this.stopped) return;
        logger.warn({ err: error }, 'reading the event stream failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      }
    }
  }

  private dispatch(id: string, fields: string[]): void {
    this.position = id;
    let entry: LogEntry;
    try {
      entry = decodeStreamEntry(id, fields);
    } catch (error) {
      this.options.logger.error({ err: error, cursor: id }, 'skipping a damaged event log entry');
      return;
    }
    this.followers.publish(entry);
  }
}
