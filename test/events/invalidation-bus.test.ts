import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { MemoryInvalidationBus } from '../../src/events/invalidation-bus.js';
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

/** Resolves with the next `count` process ids a listener hears. */
function hear(subscribe: (listener: (processId: string) => void) => () => void, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const heard: string[] = [];
    const timer = setTimeout(() => reject(new Error(`heard only ${JSON.stringify(heard)}`)), 5_000);
    const unsubscribe = subscribe((processId) => {
      heard.push(processId);
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
    const heard: string[] = [];
    const unsubscribe = bus.subscribe((id) => heard.push(id));
    await bus.publish('p1');
    unsubscribe();
    await bus.publish('p2');
    expect(heard).toEqual(['p1']);
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
    await a.publish('proc-1');
    await b.publish('proc-2');
    expect(await onA).toEqual(['proc-1', 'proc-2']);
    expect(await onB).toEqual(['proc-1', 'proc-2']);
    await Promise.all([a.close(), b.close()]);
  });

  it('reaches the publishing replica before publish resolves', async () => {
    const bus = await RedisInvalidationBus.open({ redis, channel: `${prefix}local`, logger: silentLogger });
    const heard: string[] = [];
    bus.subscribe((id) => heard.push(id));
    await bus.publish('proc-9');
    expect(heard).toEqual(['proc-9']);
    await bus.close();
  });

  it('keeps replicas on different channels (key prefixes) apart', async () => {
    const a = await RedisInvalidationBus.open({ redis, channel: `${prefix}one`, logger: silentLogger });
    const b = await RedisInvalidationBus.open({ redis, channel: `${prefix}two`, logger: silentLogger });
    const heardOnB: string[] = [];
    b.subscribe((id) => heardOnB.push(id));
    const onA = hear((l) => a.subscribe(l), 1);
    await a.publish('proc-1');
    await onA;
    await b.publish('proc-2');
    expect(heardOnB).toEqual(['proc-2']);
    await Promise.all([a.close(), b.close()]);
  });
});
