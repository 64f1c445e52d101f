/**
 * Secrets never reach a log line: the Redis password that ioredis writes into a failed AUTH's error
 * object (its `command.args`), and credentials in request headers or connection payloads.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { REDIS_URL } from './helpers/redis.js';

function capture(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) };
}

/** The error a real ioredis client emits when Redis refuses its credentials. */
async function failedAuth(password: string): Promise<Error> {
  const url = new URL(REDIS_URL);
  url.username = `nobody-${randomBytes(4).toString('hex')}`;
  url.password = password;
  const redis = new Redis(url.toString(), {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  try {
    const emitted = new Promise<Error>((resolve) => redis.once('error', resolve));
    await redis.connect().catch(() => undefined);
    return await emitted;
  } finally {
    redis.disconnect();
  }
}

describe('log lines', () => {
  it('carry the failed Redis command by name, never the password ioredis put in its arguments', async () => {
    const password = `redis-password-${randomBytes(6).toString('hex')}`;
    const error = await failedAuth(password);
    // The hazard is real: the error object itself holds the password.
    expect(JSON.stringify(error)).toContain(password);
    const { lines, logger } = capture();
    logger.warn({ err: error }, 'redis connection error');
    logger.error({ err: new Error('wrapped', { cause: error }) }, 'could not record');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(password);
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { command: { name: 'auth', args: '[redacted]' } } });
  });

  it('carry no Authorization or X-API-Key header, nor a WebSocket connection payload', () => {
    const { lines, logger } = capture();
    logger.info({ req: { headers: { authorization: 'Bearer key-1234567890', 'x-api-key': 'key-abcdefghij' } } }, 'request');
    logger.info({ headers: { 'x-api-key': 'key-abcdefghij' }, connectionParams: { authorization: 'Bearer key-1234567890' } }, 'socket');
    logger.info({ apiKey: 'key-abcdefghij', secret: 'jwt-secret-value' }, 'misc');
    const text = lines.join('\n');
    for (const secret of ['key-1234567890', 'key-abcdefghij', 'jwt-secret-value']) expect(text).not.toContain(secret);
  });
});
