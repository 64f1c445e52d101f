/**
 * Tells every replica's caches that a process changed, so each drops its copy. The in-memory bus is
 * for a single process; `RedisInvalidationBus` carries the same calls between replicas.
 */
import type { CacheChange } from '../loaders/loader-cache.js';
import type { Logger } from '../logger.js';

export type { CacheChange };
export type InvalidationListener = (change: CacheChange) => void;

export interface InvalidationBus {
  /** Reaches this replica's listeners before it resolves, and the other replicas' soon after. */
  publish(change: CacheChange): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: InvalidationListener): () => void;
  close(): Promise<void>;
}

/** The listeners of one replica; a failing listener never keeps the others from hearing. */
export class LocalListeners {
  private readonly listeners = new Set<InvalidationListener>();

  constructor(private readonly logger: Logger) {}

  add(listener: InvalidationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: CacheChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error({ err: error, change }, 'an invalidation listener failed');
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}

export class MemoryInvalidationBus implements InvalidationBus {
  private readonly listeners: LocalListeners;

  constructor(logger: Logger) {
    this.listeners = new LocalListeners(logger);
  }

  async publish(change: CacheChange): Promise<void> {
    this.listeners.notify(change);
  }

  subscribe(listener: InvalidationListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
