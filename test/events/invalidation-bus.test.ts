import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { MemoryInvalidationBus, type CacheChange } from '../../src/events/invalidation-bus.js';
import { RedisInvalidationBus } from '../../src/events/redis-invalidation-bus.js';
import { silentLogger } from '../../src/logger.js';
import { connect, deletePrefix, randomPrefix } from '../helpers/redis.js';

const prefix = randomPrefix('invalidation-bus');
let redis: Redis;

beforeAll(() => {
  redis = connect();
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

/** Resolves with the next `count` changes a listener hears. */
function hear(subscribe: (listener: (change: CacheChange) => void) => () => void, count: number): Promise<CacheChange[]> {
  return new Promise((resolve, reject) => {
    const heard: CacheChange[] = [];
    const timer = setTimeout(() => reject(new Error(`heard only ${JSON.stringify(heard)}`)), 5_000);
    const unsubscribe = subscribe((change) => {
      heard.push(change);
      if (heard.length === count) {
        clearTimeout(timer);
        unsubscribe();
        resolve(heard);
      }
    });
  });
}

describe('MemoryInvalidationBus', () => {
  it('tells every listener, even when one of them throws', async () => {
    const bus = new MemoryInvalidationBus(silentLogger);
    bus.subscribe(() => {
      throw new Error('broken cache');
    });
    const heard: CacheChange[] = [];
    const unsubscribe = bus.subscribe((change) => heard.push(change));
    await bus.publish({ processId: 'p1' });
    unsubscribe();
    await bus.publish({ processId: 'p2' });
    expect(heard).toEqual([{ processId: 'p1' }]);
    await bus.close();
  });
});

describe('RedisInvalidationBus', () => {
  it('drops the cached copy on every replica: what one publishes, all hear once', async () => {
    const channel = `${prefix}invalidate`;
    const a = await RedisInvalidationBus.open({ redis, channel, logger: silentLogger });
    const b = await RedisInvalidationBus.open({ redis, channel, logger: silentLogger });
    const onA = hear((l) => a.subscribe(l), 2);
    const onB = hear((l) => b.subscribe(l), 2);
    await a.publish({ processId: 'proc-1' });
    await b.publish({ users: ['OPEN_ID:ou_new'] });
    // Each replica hears its own change at once and the other's through Redis, so the order may differ.
    for (const heard of [await onA, await onB]) {
      expect(heard).toHaveLength(2);
      expect(heard).toEqual(expect.arrayContaining([{ processId: 'proc-1' }, { users: ['OPEN_ID:ou_new'] }]));
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('reaches the publishing replica before publish resolves', async () => {
    const bus = await RedisInvalidationBus.open({ redis, channel: `${prefix}local`, logger: silentLogger });
    const heard: CacheChange[] = [];
    bus.subscribe((change) => heard.push(change));
    await bus.publish({ processId: 'proc-9' });
    expect(heard).toEqual([{ processId: 'proc-9' }]);
    await bus.close();
  });

  it('keeps replicas on different channels (key prefixes) apart', async () => {
    const a = await RedisInvalidationBus.open({ redis, channel: `${prefix}one`, logger: silentLogger });
    const b = await RedisInvalidationBus.open({ redis, channel: `${prefix}two`, logger: silentLogger });
    const heardOnB: CacheChange[] = [];
    b.subscribe((change) => heardOnB.push(change));
    const onA = hear((l) => a.subscribe(l), 1);
    await a.publish({ processId: 'proc-1' });
    await onA;
    await b.publish({ processId: 'proc-2' });
    expect(heardOnB).toEqual([{ processId: 'proc-2' }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('ignores a malformed message on its channel instead of passing it on', async () => {
    const channel = `${prefix}malformed`;
    const bus = await RedisInvalidationBus.open({ redis, channel, logger: silentLogger });
    const heard = hear((l) => bus.subscribe(l), 1);
    await redis.publish(channel, 'someone-else {"processId": 42}');
    await redis.publish(channel, 'someone-else not json');
    await redis.publish(channel, 'someone-else {"processId":"proc-ok"}');
    expect(await heard).toEqual([{ processId: 'proc-ok' }]);
    await bus.close();
  });
});
