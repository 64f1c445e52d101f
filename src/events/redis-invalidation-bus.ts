/**
 * Invalidation across replicas over Redis pub/sub. The publishing replica notifies its own listeners
 * directly (no round trip before its own cache is dropped) and ignores its own message when Redis
 * echoes it back. Pub/sub is fire-and-forget: a replica disconnected at that moment misses the
 * message, which is why caches keep a TTL as a safety net.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { LocalListeners, type InvalidationBus, type InvalidationListener } from './invalidation-bus.js';

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
      this.listeners.notify(message.slice(space + 1));
    });
  }

  /** Resolves once this replica is subscribed, so nothing published afterwards is missed. */
  static async open(options: RedisInvalidationBusOptions): Promise<RedisInvalidationBus> {
    const subscriber = options.redis.duplicate();
    subscriber.on('error', (error: Error) => options.logger.warn({ err: error }, 'invalidation subscriber connection error'));
    try {
      await subscriber.subscribe(options.channel);
    } catch (error) {
      subscriber.disconnect();
      throw error;
    }
    return new RedisInvalidationBus(options.redis, subscriber, options.channel, options.logger);
  }

  async publish(processId: string): Promise<void> {
    this.listeners.notify(processId);
    await this.redis.publish(this.channel, `${this.origin} ${processId}`);
  }

  subscribe(listener: InvalidationListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
  }
}
