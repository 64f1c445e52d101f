import { afterAll, describe, expect, it } from 'vitest';
import { createEventInfrastructure } from '../../src/events/infrastructure.js';
import { silentLogger } from '../../src/logger.js';
import { connect, deletePrefix, randomPrefix, REDIS_URL } from '../helpers/redis.js';
import { sampleEvent, take } from '../helpers/sample-events.js';

const prefix = randomPrefix('infrastructure');

afterAll(async () => {
  const redis = connect();
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

describe('createEventInfrastructure', () => {
  it('keeps everything in memory without a Redis URL', async () => {
    const infra = await createEventInfrastructure({ keyPrefix: prefix, logger: silentLogger });
    expect(infra.backend).toBe('memory');
    expect(await infra.store.record(sampleEvent(1))).not.toBeNull();
    await infra.close();
  });

  it('shares the log and invalidations through Redis when given a URL', async () => {
    const one = await createEventInfrastructure({ redisUrl: REDIS_URL, keyPrefix: prefix, logger: silentLogger });
    const two = await createEventInfrastructure({ redisUrl: REDIS_URL, keyPrefix: prefix, logger: silentLogger });
    expect(one.backend).toBe('redis');
    const controller = new AbortController();
    const onTwo = two.store.subscribe({ signal: controller.signal });
    const invalidated = new Promise<unknown>((resolve) => two.invalidation.subscribe(resolve));
    await one.store.record(sampleEvent(1));
    await one.invalidation.publish({ processId: 'proc-1' });
    expect((await take(onTwo, 1)).map((e) => e.eventId)).toEqual(['evt-1']);
    expect(await invalidated).toEqual({ processId: 'proc-1' });
    controller.abort();
    await Promise.all([one.close(), two.close()]);
  });

  it('fails at start-up, rather than waiting, when Redis cannot be reached', async () => {
    await expect(createEventInfrastructure({ redisUrl: 'redis://127.0.0.1:1', keyPrefix: prefix, logger: silentLogger })).rejects.toThrow();
  });
});
