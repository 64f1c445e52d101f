import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

const CENSOR = '[redacted]';

/** Paths that could ever carry a credential; pino replaces them before a line is written. */
const REDACT = [
  'appSecret',
  'app_secret',
  'encryptKey',
  'verificationToken',
  'token',
  'authorization',
  'apiKey',
  'secret',
  'password',
  '*.appSecret',
  '*.app_secret',
  '*.encryptKey',
  '*.verificationToken',
  '*.token',
  '*.authorization',
  '*.apiKey',
  '*.secret',
  '*.password',
  '*["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'connectionParams',
  '*.connectionParams',
];

/**
 * ioredis puts the command that failed into its errors, and a failed AUTH (or HELLO ... AUTH) names
 * the Redis password among its arguments: no command's arguments are ever logged, only its name.
 */
function withoutCommandArguments(value: unknown, seen = new WeakSet<object>()): unknown {
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    if (key === 'command' && child && typeof child === 'object' && 'args' in child) {
      record[key] = { ...(child as Record<string, unknown>), args: CENSOR };
    } else {
      withoutCommandArguments(child, seen);
    }
  }
  return value;
}

function errorWithoutSecrets(error: Error): unknown {
  return withoutCommandArguments(stdSerializers.err(error));
}

/** Fields every line gets while code runs for something (a request's id), whichever logger writes it. */
const logFields = new AsyncLocalStorage<Readonly<Record<string, unknown>>>();

/**
 * Runs `run` so that every line logged from it, and from everything it starts (upstream calls,
 * webhook handling, yoga), carries `fields`, even through loggers made before it began.
 */
export function withLogFields<T>(fields: Readonly<Record<string, unknown>>, run: () => T): T {
  return logFields.run({ ...logFields.getStore(), ...fields }, run);
}

/** @param destination where lines go (tests capture them). @default stdout */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACT, censor: CENSOR },
    serializers: { err: errorWithoutSecrets },
    // A fresh object per line: pino merges the line's own fields into it.
    mixin: () => ({ ...logFields.getStore() }),
  };
  return destination ? pino(options, destination) : pino(options);
}

/** For tests and embedded uses that want no output. */
export const silentLogger: Logger = pino({ level: 'silent' });
