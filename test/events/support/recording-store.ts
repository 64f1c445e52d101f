import type { EventStore, EventSubscription, ProcessEvent, RecordedEvent, SubscribeOptions } from '../../../src/events/event-store.js';
import { MemoryEventStore } from '../../../src/events/memory-event-store.js';

/** A real MemoryEventStore that also keeps what it recorded, and can be told to fail or stall. */
export class RecordingStore implements EventStore {
  private inner = new MemoryEventStore();
  recorded: RecordedEvent[] = [];
  /** The next this-many record calls throw. */
  failures = 0;
  /** The next record call waits this long before recording. */
  stallMs = 0;

  reset(): void {
    void this.inner.close();
    this.inner = new MemoryEventStore();
    this.recorded = [];
    this.failures = 0;
    this.stallMs = 0;
  }

  async record(event: ProcessEvent): Promise<RecordedEvent | null> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('store unavailable');
    }
    if (this.stallMs > 0) {
      const ms = this.stallMs;
      this.stallMs = 0;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const recorded = await this.inner.record(event);
    if (recorded) this.recorded.push(recorded);
    return recorded;
  }

  subscribe(options: SubscribeOptions): EventSubscription {
    return this.inner.subscribe(options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
