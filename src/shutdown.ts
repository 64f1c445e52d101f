/**
 * What SIGTERM and SIGINT do to the process: the first starts a graceful close (drain, then close
 * everything) bounded in time, so the process always exits even when Redis or Feishu hang; a second
 * signal exits at once, as operators expect from pressing Ctrl-C twice.
 */
import type { Logger } from './logger.js';

export interface ShutdownOptions {
  /** Drains and closes everything; exit code 0 once it resolves. */
  close: () => Promise<void>;
  logger: Logger;
  /** Longest the whole close may take; then the process exits with code 1. */
  boundMs: number;
  /** @default process.exit */
  exit?: (code: number) => void;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** The shell's convention: 128 + the signal's number. */
const EXIT_CODE_OF: Readonly<Record<(typeof SIGNALS)[number], number>> = { SIGINT: 130, SIGTERM: 143 };

export function exitGracefullyOnSignals(options: ShutdownOptions): void {
  const { logger, boundMs } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting at once');
      exit(EXIT_CODE_OF[signal]);
      return;
    }
    stopping = true;
    logger.info({ signal, boundMs }, 'shutting down: draining, then closing');
    const bound = setTimeout(() => {
      logger.error({ boundMs }, 'shutdown did not finish in time: exiting anyway');
      exit(1);
    }, boundMs);
    options.close().then(
      () => {
        clearTimeout(bound);
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(bound);
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, () => onSignal(signal));
}
