/**
 * Invalidation across replicas over Redis pub/sub. The publishing replica notifies its own listeners
 * directly (no round trip before its own cache is dropped) and ignores its own message when Redis
 * echoes it back. Pub/sub is fire-and-forget: a replica disconnected at that moment misses the
 * message, which is why caches keep a TTL as a safety net.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { LocalListeners, type CacheChange, type InvalidationBus, type InvalidationListener } from './invalidation-bus.js';
import { logConnectionErrors } from './redis-connection.js';

/** Another replica's message; anything else on the channel is ignored rather than trusted. */
function parseChange(text: string): CacheChange | undefined {
  try {
    const value = JSON.parse(text) as { processId?: unknown; users?: unknown };
    const processId = typeof value.processId === 'string' ? value.processId : undefined;
    const users = Array.isArray(value.users) && value.users.every((u) => typeof u === 'string') ? (value.users as string[]) : undefined;
    if (processId === undefined && users === undefined) return undefined;
    return { ...(processId !== undefined && { processId }), ...(users !== undefined && { users }) };
  } catch {
    return undefined;
  }
}

export interface RedisInvalidationBusOptions {
  /** For PUBLISH; shared, so the bus never closes it. */
  redis: Redis;
  channel: string;
  logger: Logger;
}

export class RedisInvalidationBus implements InvalidationBus {
  private readonly origin = randomUUID();
  private readonly listeners: LocalListeners;

  private constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
    logger: Logger,
  ) {
    this.listeners = new LocalListeners(logger);
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const space = message.indexOf(' ');
      if (space < 0 || message.slice(0, space) === this.origin) return;
      const change = parseChange(message.slice(space + 1));
      if (change) this.listeners.notify(change);
      else logger.warn('ignored a malformed invalidation message');
    });
  }

  /** Resolves once this replica is subscribed, so nothing published afterwards is missed. */
  static async open(options: RedisInvalidationBusOptions): Promise<RedisInvalidationBus> {
    const subscriber = options.redis.duplicate();
    logConnectionErrors(subscriber, options.logger, 'invalidation subscriber');
    try {
      await subscriber.subscribe(options.channel);
    } catch (error) {
      subscriber.disconnect();
      throw error;
    }
    return new RedisInvalidationBus(options.redis, subscriber, options.channel, options.logger);
  }

  async publish(change: CacheChange): Promise<void> {
    this.listeners.notify(change);
    await this.redis.publish(this.channel, `${this.origin} ${JSON.stringify(change)}`);
  }

  subscribe(listener: InvalidationListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
  }
}
