import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Paths that could ever carry a credential; pino replaces them before a line is written. */
const REDACT = [
  'appSecret',
  'app_secret',
  'encryptKey',
  'verificationToken',
  'token',
  'authorization',
  '*.appSecret',
  '*.app_secret',
  '*.encryptKey',
  '*.verificationToken',
  '*.token',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
];

/** Fields every line gets while code runs for something (a request's id), whichever logger writes it. */
const logFields = new AsyncLocalStorage<Readonly<Record<string, unknown>>>();

/**
 * Runs `run` so that every line logged from it, and from everything it starts (upstream calls,
 * webhook handling, yoga), carries `fields`, even through loggers made before it began.
 */
export function withLogFields<T>(fields: Readonly<Record<string, unknown>>, run: () => T): T {
  return logFields.run({ ...logFields.getStore(), ...fields }, run);
}

export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    // A fresh object per line: pino merges the line's own fields into it.
    mixin: () => ({ ...logFields.getStore() }),
  });
}

/** For tests and embedded uses that want no output. */
export const silentLogger: Logger = pino({ level: 'silent' });
