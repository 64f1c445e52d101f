import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { RedisEventStore } from '../../src/events/redis-event-store.js';
import { silentLogger } from '../../src/logger.js';
import { describeEventStoreContract } from './support/event-store-contract.js';
import { connect, deletePrefix, randomPrefix } from '../helpers/redis.js';
import { sampleEvent, take } from '../helpers/sample-events.js';

const prefix = randomPrefix('redis-event-store');
let redis: Redis;
let testNumber = 0;

beforeAll(() => {
  redis = connect();
});

afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

/** Each test gets its own stream under the file's prefix. */
const nextPrefix = () => `${prefix}${++testNumber}:`;

describeEventStoreContract('RedisEventStore', (settings) =>
  RedisEventStore.open({
    redis,
    keyPrefix: nextPrefix(),
    maxLength: settings?.capacity,
    subscriptionLimits: settings?.subscriptionLimits,
    blockMs: 1_000,
    logger: silentLogger,
  }),
);

describe('RedisEventStore across replicas', () => {
  const stores: RedisEventStore[] = [];
  const controller = new AbortController();
  const openReplica = async (keyPrefix: string) => {
    const store = await RedisEventStore.open({ redis, keyPrefix, blockMs: 1_000, logger: silentLogger });
    stores.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(() => controller.abort());

  describe('event stream protocol § Ordering and deduplication', () => {
    it('records an event id once when two replicas receive it at the same time', async () => {
      const keyPrefix = nextPrefix();
      const [a, b] = [await openReplica(keyPrefix), await openReplica(keyPrefix)];
      const results = await Promise.all(Array.from({ length: 20 }, (_, n) => [a.record(sampleEvent(n)), b.record(sampleEvent(n))]).flat());
      expect(results.filter((r) => r !== null)).toHaveLength(20);
      expect(await redis.xlen(`${keyPrefix}events:log`)).toBe(20);
    });

    it('delivers to a subscriber on one replica what another replica recorded', async () => {
      const keyPrefix = nextPrefix();
      const [a, b] = [await openReplica(keyPrefix), await openReplica(keyPrefix)];
      const onB = b.subscribe({ signal: controller.signal });
      const recorded = await a.record(sampleEvent(1));
      expect(await take(onB, 1)).toEqual([recorded]);
    });
  });

  describe('event stream protocol § Resume', () => {
    it('resumes, on another replica, after a cursor that replica has not seen yet, without repeating it', async () => {
      const keyPrefix = nextPrefix();
      const [a, b] = [await openReplica(keyPrefix), await openReplica(keyPrefix)];
      const first = await a.record(sampleEvent(1));
      const onB = b.subscribe({ after: first?.cursor, signal: controller.signal });
      await a.record(sampleEvent(2));
      expect((await take(onB, 1)).map((e) => e.eventId)).toEqual(['evt-2']);
    });
  });

  describe('event stream protocol § Cursors', () => {
    it('keeps everything recorded across a replica restart: an old cursor resumes', async () => {
      const keyPrefix = nextPrefix();
      const before = await openReplica(keyPrefix);
      const cursors: string[] = [];
      for (let n = 1; n <= 4; n++) cursors.push((await before.record(sampleEvent(n)))?.cursor as string);
      await before.close();
      const after = await openReplica(keyPrefix);
      expect(await after.record(sampleEvent(4))).toBeNull();
      const resumed = after.subscribe({ after: cursors[1], signal: controller.signal });
      const replayed = await take(resumed, 2);
      await after.record(sampleEvent(5));
      const live = await take(resumed, 1);
      expect([...replayed, ...live].map((e) => e.eventId)).toEqual(['evt-3', 'evt-4', 'evt-5']);
      expect(replayed.map((e) => e.cursor)).toEqual(cursors.slice(2));
    });
  });

  describe('event stream protocol § Ordering and deduplication', () => {
    it('remembers each event id for the dedup retention only', async () => {
      const keyPrefix = nextPrefix();
      const store = await RedisEventStore.open({ redis, keyPrefix, dedupRetentionMs: 60_000, logger: silentLogger });
      stores.push(store);
      await store.record(sampleEvent(1));
      const ttl = await redis.pttl(`${keyPrefix}events:seen:evt-1`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });
  });

  it('skips a damaged entry instead of stopping the stream', async () => {
    const keyPrefix = nextPrefix();
    const store = await openReplica(keyPrefix);
    const live = store.subscribe({ signal: controller.signal });
    await store.record(sampleEvent(1));
    await redis.xadd(`${keyPrefix}events:log`, '*', 'e', '{not json', 'p', '');
    await store.record(sampleEvent(2));
    expect((await take(live, 2)).map((e) => e.eventId)).toEqual(['evt-1', 'evt-2']);
  });

  describe('event stream protocol § Acknowledgements', () => {
    it('throws from record (so the webhook answers 503) when Redis is gone', async () => {
      const client = connect();
      const store = await RedisEventStore.open({ redis: client, keyPrefix: nextPrefix(), logger: silentLogger });
      stores.push(store);
      client.disconnect();
      await expect(store.record(sampleEvent(1))).rejects.toThrow();
    });
  });

  it('refuses to open when Redis cannot be reached', async () => {
    const unreachable = redis.duplicate({ port: 1, retryStrategy: () => null, lazyConnect: true });
    unreachable.on('error', () => {});
    await expect(RedisEventStore.open({ redis: unreachable, keyPrefix: nextPrefix(), logger: silentLogger })).rejects.toThrow();
    unreachable.disconnect();
  });
});
