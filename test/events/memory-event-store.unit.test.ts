import { describe, expect, it } from 'vitest';
import type { EventGap } from '../../src/events/event-store.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { describeEventStoreContract } from './support/event-store-contract.js';
import { sampleEvent, take } from '../helpers/sample-events.js';

describeEventStoreContract('MemoryEventStore', async (settings) => new MemoryEventStore(settings));

describe('MemoryEventStore', () => {
  describe('event stream protocol § Cursors', () => {
    it('issues zero-padded cursors that sort in recording order', async () => {
      const store = new MemoryEventStore();
      const cursors: string[] = [];
      for (let n = 1; n <= 12; n++) cursors.push((await store.record(sampleEvent(n)))?.cursor as string);
      expect([...cursors].sort()).toEqual(cursors);
      expect(cursors[0]).toMatch(/^[0-9a-f]{8}\.000000000001$/);
      await store.close();
    });
  });

  describe('event stream protocol § Ordering and deduplication', () => {
    it('forgets an event id after the dedup retention, so it can be recorded again', async () => {
      let now = 1_000_000;
      const store = new MemoryEventStore({ dedupRetentionMs: 60_000, now: () => now });
      expect(await store.record(sampleEvent(1))).not.toBeNull();
      now += 59_000;
      expect(await store.record(sampleEvent(1))).toBeNull();
      now += 2_000;
      expect(await store.record(sampleEvent(1))).not.toBeNull();
      await store.close();
    });

    it('remembers at most dedupMaxIds event ids, forgetting the oldest first', async () => {
      const store = new MemoryEventStore({ dedupMaxIds: 3 });
      for (let n = 1; n <= 4; n++) await store.record(sampleEvent(n));
      expect(await store.record(sampleEvent(4))).toBeNull();
      expect(await store.record(sampleEvent(2))).toBeNull();
      expect(await store.record(sampleEvent(1))).not.toBeNull();
      await store.close();
    });
  });

  describe('event stream protocol § Cursors', () => {
    it('reports a cursor of an earlier store as a gap at once, while its own log is still empty', async () => {
      const before = new MemoryEventStore();
      const old = await before.record(sampleEvent(1));
      await before.close();
      const store = new MemoryEventStore();
      const gaps: EventGap[] = [];
      const controller = new AbortController();
      store.subscribe({ after: old?.cursor, signal: controller.signal, onGap: (gap) => gaps.push(gap) });
      expect(gaps).toHaveLength(1);
      expect(gaps[0]?.missingAfter).toBe(old?.cursor);
      const next = await store.record(sampleEvent(2));
      expect(gaps[0]?.resumingAt).toBe(next?.cursor);
      controller.abort();
      await store.close();
    });

    it('treats a cursor of an earlier store (before a restart) as a gap and replays all it holds', async () => {
      const before = new MemoryEventStore();
      const oldCursor = (await before.record(sampleEvent(1)))?.cursor as string;
      await before.close();
      const after = new MemoryEventStore();
      const first = await after.record(sampleEvent(2));
      await after.record(sampleEvent(3));
      const gaps: EventGap[] = [];
      const controller = new AbortController();
      const resumed = after.subscribe({ after: oldCursor, signal: controller.signal, onGap: (gap) => gaps.push(gap) });
      expect((await take(resumed, 2)).map((e) => e.eventId)).toEqual(['evt-2', 'evt-3']);
      expect(gaps).toEqual([{ missingAfter: oldCursor, resumingAt: first?.cursor }]);
      controller.abort();
      await after.close();
    });
  });
});
