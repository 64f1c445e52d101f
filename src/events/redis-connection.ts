/**
 * Closing and watching ioredis connections the way a shutting-down, load-balanced process needs:
 * closing never waits on a Redis that is gone, and readiness says when a connection is down.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** How long a polite QUIT may take before the connection is simply dropped. */
export const REDIS_QUIT_TIMEOUT_MS = 1_000;

/**
 * QUIT when connected (pending replies still arrive), bounded by `timeoutMs`; a connection that is
 * down or reconnecting is dropped at once: QUIT would wait in the offline queue for a Redis that may
 * never come back, and with it the whole shutdown.
 */
export async function closeRedis(redis: Redis, timeoutMs = REDIS_QUIT_TIMEOUT_MS): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([
    redis.quit().then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]);
  clearTimeout(timer);
  redis.disconnect();
}

/** Readiness: undefined while every connection is up, else the short reason /readyz shows. */
export function redisUnreachable(connections: readonly Redis[]): string | undefined {
  return connections.every((redis) => redis.status === 'ready') ? undefined : 'redis unreachable';
}

/**
 * Connection errors as operators want them: one warning when a connection is lost (no stack: it is
 * the network, not a bug), the retries that follow at debug, and one line when it is back.
 */
export function logConnectionErrors(redis: Redis, logger: Logger, connection: string): void {
  let down = false;
  redis.on('error', (error: Error & { code?: string }) => {
    if (down) return logger.debug({ connection, error: error.message, code: error.code }, 'redis still unreachable');
    down = true;
    logger.warn({ connection, error: error.message, code: error.code }, 'redis connection lost; retrying');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ connection }, 'redis connection restored');
  });
}
