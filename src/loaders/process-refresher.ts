/**
 * Reads a changed process again, once per burst of changes. Events name no users, so only the fresh
 * detail tells who gained a task; storing it lets the cache drop those users' task lists (here, and
 * through `onOperatorsLearned` on every replica). The read is background work: it spends only the share
 * of the budget background work may use, never the reserve kept for clients, and never waits long for
 * it: when that share is spent, the task lists' TTL remains the safety net. Whoever schedules it decides
 * whether anyone needs the process read at all.
 */
import { silentLogger, type Logger } from '../logger.js';
import type { ProcessApi } from '../upstream/api.js';
import type { LoaderCache } from './loader-cache.js';
import { processRequest } from './loaders.js';

export interface ProcessRefresherOptions {
  api: ProcessApi;
  cache: LoaderCache;
  /** Changes to one process within this window share one read (Feishu sends several events per action). @default 250 */
  debounceMs?: number;
  /** Longest wait for budget and answer. @default 1500 */
  deadlineMs?: number;
  logger?: Logger;
}

export interface ProcessRefresher {
  schedule(processId: string): void;
  close(): void;
}

export function createProcessRefresher(options: ProcessRefresherOptions): ProcessRefresher {
  const { api, cache, debounceMs = 250, deadlineMs = 1_500 } = options;
  const logger = options.logger ?? silentLogger;
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    schedule(processId) {
      if (timers.has(processId)) return;
      const timer = setTimeout(() => {
        timers.delete(processId);
        cache
          .fetch(processRequest(api, processId, { deadline: Date.now() + deadlineMs, callClass: 'background' }))
          .catch((error: unknown) => {
            logger.debug({ err: error, processId }, 'background refresh of a changed process skipped');
          });
      }, debounceMs);
      timer.unref();
      timers.set(processId, timer);
    },
    close() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
