/**
 * The one place that chooses where events, dedup and invalidation live: in this process, or in Redis
 * when a URL is given (then every replica shares them).
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { EventStore } from './event-store.js';
import type { SubscriptionLimits } from './log-subscription.js';
import { MemoryInvalidationBus, type InvalidationBus } from './invalidation-bus.js';
import { MemoryEventStore } from './memory-event-store.js';
import { RedisEventStore } from './redis-event-store.js';
import { closeRedis, logConnectionErrors, redisUnreachable } from './redis-connection.js';
import { RedisInvalidationBus } from './redis-invalidation-bus.js';

export interface EventInfrastructureOptions {
  redisUrl?: string;
  /** Prepended to every Redis key and channel (config.redisKeyPrefix); unused without Redis. */
  keyPrefix: string;
  logger: Logger;
  /** How much a slow subscriber may have buffered before it is cut off (SUBSCRIBER_TOO_SLOW). @default DEFAULT_SUBSCRIPTION_LIMITS */
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

export interface EventInfrastructure {
  backend: 'memory' | 'redis';
  store: EventStore;
  invalidation: InvalidationBus;
  /** Readiness: a short reason while a connection this needs is down, else undefined. */
  unreachable(): string | undefined;
  close(): Promise<void>;
}

/** With a Redis URL, fails (rather than waits) when Redis cannot be reached at start-up. */
export async function createEventInfrastructure(options: EventInfrastructureOptions): Promise<EventInfrastructure> {
  const { redisUrl, keyPrefix, logger, subscriptionLimits } = options;
  if (redisUrl === undefined) {
    const store = new MemoryEventStore({ logger, subscriptionLimits });
    const invalidation = new MemoryInvalidationBus(logger);
    return { backend: 'memory', store, invalidation, unreachable: () => undefined, close: () => closeAll(store, invalidation) };
  }
  const redis = new Redis(redisUrl, { lazyConnect: true });
  logConnectionErrors(redis, logger, 'events');
  let store: RedisEventStore | undefined;
  try {
    await redis.connect();
    store = await RedisEventStore.open({ redis, keyPrefix, logger, subscriptionLimits });
    const invalidation = await RedisInvalidationBus.open({ redis, channel: `${keyPrefix}invalidate`, logger });
    const opened = store;
    return {
      backend: 'redis',
      store: opened,
      invalidation,
      unreachable: () => redisUnreachable([redis]),
      close: async () => {
        await closeAll(opened, invalidation);
        await closeRedis(redis);
      },
    };
  } catch (error) {
    await store?.close();
    redis.disconnect();
    throw error;
  }
}

async function closeAll(store: EventStore, invalidation: InvalidationBus): Promise<void> {
  await Promise.allSettled([store.close(), invalidation.close()]);
}
