/**
 * Keeps the process's own output JSON: Node's warnings (deprecations, listener leaks ...) and crashes
 * become log lines instead of plain text on stderr, so log pipelines never meet an unparsable line.
 */
import type { Logger } from './logger.js';

export function keepProcessOutputJson(logger: Logger): void {
  // Node prints warnings through its own 'warning' listener; replacing it keeps them, as JSON.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ err: warning }, `node warning: ${warning.message}`));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: exiting');
    process.exit(1);
  });
}
