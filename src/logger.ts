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

export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } });
}

/** For tests and embedded uses that want no output. */
export const silentLogger: Logger = pino({ level: 'silent' });
