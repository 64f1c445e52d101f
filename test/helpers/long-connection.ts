/** A simulator that sends its events over the long connection, with ClientConfig intervals short enough for tests, and a log capture. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/types.js';

/** Pings every second; a dropped client reconnects within 0.1 s. */
export const FAST_CLIENT_CONFIG = { PingInterval: 1, ReconnectCount: -1, ReconnectInterval: 0.2, ReconnectNonce: 0.1 };

export function startLongConnectionSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({
    processes: 20,
    rateLimits: false,
    duplicateRate: 0,
    retryTimeScale: 0.001,
    eventDelivery: 'long-connection',
    ...options,
    longConnection: { clientConfig: FAST_CLIENT_CONFIG, ...options.longConnection },
  });
}

export interface LogLine {
  level: number;
  msg: string;
}

/** A pino logger whose lines are kept, parsed, in `lines` (empty it with `lines.length = 0`). */
export function captureLogs(level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
