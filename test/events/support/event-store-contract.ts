/**
 * The behaviour every EventStore promises, run against the memory and the Redis store alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../src/domain/events.js';
import {
  EventStoreClosedError,
  InvalidCursorError,
  SubscriberOverflowError,
  type EventGap,
  type EventStore,
} from '../../../src/events/event-store.js';
import type { SubscriptionLimits } from '../../../src/events/log-subscription.js';
import { sampleEvent, staysQuiet, take } from '../../helpers/sample-events.js';

export interface StoreSettings {
  /** Events the log retains (approximately, for Redis). */
  capacity?: number;
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

export function describeEventStoreContract(name: string, openStore: (settings?: StoreSettings) => Promise<EventStore>): void {
  describe(`${name}: the EventStore contract`, () => {
    const opened: EventStore[] = [];
    const controllers: AbortController[] = [];
    const open = async (settings?: StoreSettings) => {
      const store = await openStore(settings);
      opened.push(store);
      return store;
    };
    const signal = () => {
      const controller = new AbortController();
      controllers.push(controller);
      return controller.signal;
    };
    const recordAll = async (store: EventStore, from: number, to: number) => {
      const recorded: RecordedEvent[] = [];
      for (let n = from; n <= to; n++) recorded.push((await store.record(sampleEvent(n))) as RecordedEvent);
      return recorded;
    };

    afterEach(async () => {
      for (const controller of controllers.splice(0)) controller.abort();
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    describe('event stream protocol § Ordering and deduplication', () => {
      it('records an event once: the same event id again is a duplicate (null)', async () => {
        const store = await open();
        const live = store.subscribe({ signal: signal() });
        const first = await store.record(sampleEvent(1));
        const again = await store.record({ ...sampleEvent(2), eventId: 'evt-1' });
        await store.record(sampleEvent(3));
        expect(first?.cursor).toEqual(expect.any(String));
        expect(again).toBeNull();
        expect((await take(live, 2)).map((e) => e.eventId)).toEqual(['evt-1', 'evt-3']);
      });

      it('keeps the event as recorded, dates included', async () => {
        const store = await open();
        const live = store.subscribe({ signal: signal() });
        const recorded = await store.record(sampleEvent(7));
        const [delivered] = await take(live, 1);
        expect(delivered).toEqual({ ...sampleEvent(7), cursor: recorded?.cursor });
        expect(delivered?.occurredAt).toBeInstanceOf(Date);
      });
    });

    describe('event stream protocol § Resume', () => {
      it('without a cursor, delivers only events recorded after subscribing', async () => {
        const store = await open();
        await recordAll(store, 1, 3);
        const live = store.subscribe({ signal: signal() });
        await recordAll(store, 4, 5);
        expect((await take(live, 2)).map((e) => e.eventId)).toEqual(['evt-4', 'evt-5']);
      });

      it('resuming after a cursor delivers exactly the later events, then live ones', async () => {
        const store = await open();
        const recorded = await recordAll(store, 1, 5);
        const resumed = store.subscribe({ after: recorded[1]?.cursor, signal: signal() });
        const backlog = await take(resumed, 3);
        await recordAll(store, 6, 7);
        const live = await take(resumed, 2);
        expect([...backlog, ...live].map((e) => e.eventId)).toEqual(['evt-3', 'evt-4', 'evt-5', 'evt-6', 'evt-7']);
        expect(backlog.map((e) => e.cursor)).toEqual(recorded.slice(2).map((e) => e.cursor));
      });

      it('resuming after the newest cursor delivers only what comes next', async () => {
        const store = await open();
        const recorded = await recordAll(store, 1, 3);
        const resumed = store.subscribe({ after: recorded[2]?.cursor, signal: signal() });
        await recordAll(store, 4, 4);
        expect((await take(resumed, 1)).map((e) => e.eventId)).toEqual(['evt-4']);
      });

      it('loses and repeats nothing when events are recorded while the backlog is replayed', async () => {
        const store = await open({ subscriptionLimits: { pageSize: 25 } });
        const recorded = await recordAll(store, 1, 400);
        const resumed = store.subscribe({ after: recorded[0]?.cursor, signal: signal() });
        const consumed: RecordedEvent[] = [];
        const consumer = (async () => {
          while (consumed.length < 599) {
            consumed.push(...(await take(resumed, Math.min(10, 599 - consumed.length))));
            await new Promise((resolve) => setImmediate(resolve));
          }
        })();
        const writer = recordAll(store, 401, 600);
        await Promise.all([consumer, writer]);
        expect(consumed.map((e) => e.eventId)).toEqual(Array.from({ length: 599 }, (_, i) => `evt-${i + 2}`));
        const cursors = consumed.map((e) => e.cursor);
        expect(new Set(cursors).size).toBe(599);
      });
    });

    describe('event stream protocol § Ordering and deduplication', () => {
      it('lets many subscribers follow the same live events independently', async () => {
        const store = await open();
        const subscribers = [1, 2, 3].map(() => store.subscribe({ signal: signal() }));
        await recordAll(store, 1, 3);
        for (const subscriber of subscribers) {
          expect((await take(subscriber, 3)).map((e) => e.eventId)).toEqual(['evt-1', 'evt-2', 'evt-3']);
        }
      });
    });

    describe('event stream protocol § Cursors', () => {
      it('refuses a cursor it never issued', async () => {
        const store = await open();
        expect(() => store.subscribe({ after: 'not-a-cursor', signal: signal() })).toThrow(InvalidCursorError);
      });
    });

    describe('event stream protocol § Endings', () => {
      it('says so, and starts from the oldest retained event, when the cursor is older than retention', async () => {
        const store = await open({ capacity: 5 });
        const recorded = await recordAll(store, 1, 250);
        const gaps: EventGap[] = [];
        const resumed = store.subscribe({ after: recorded[0]?.cursor, signal: signal(), onGap: (gap) => gaps.push(gap) });
        const first = await take(resumed, 1);
        const firstNumber = Number(first[0]?.eventId.slice(4));
        const rest = await take(resumed, 250 - firstNumber);
        expect(firstNumber).toBeGreaterThan(2);
        expect(gaps).toEqual([{ missingAfter: recorded[0]?.cursor, resumingAt: first[0]?.cursor }]);
        expect(rest.map((e) => e.eventId)).toEqual(Array.from({ length: 250 - firstNumber }, (_, i) => `evt-${firstNumber + i + 1}`));
      });

      it('says so when resuming into a log that lost everything after the cursor (empty after a restart)', async () => {
        const earlier = await open();
        const [old] = await recordAll(earlier, 1, 1);
        const store = await open();
        const gaps: EventGap[] = [];
        const resumed = store.subscribe({ after: old?.cursor, signal: signal(), onGap: (gap) => gaps.push(gap) });
        const [next] = await recordAll(store, 2, 2);
        expect((await take(resumed, 1)).map((e) => e.eventId)).toEqual(['evt-2']);
        expect(gaps).toEqual([{ missingAfter: old?.cursor, resumingAt: next?.cursor }]);
      });

      it('fails the subscription when its onGap refuses the gap', async () => {
        const store = await open({ capacity: 5 });
        const recorded = await recordAll(store, 1, 250);
        const onGap = () => {
          throw new Error('gap refused');
        };
        const resumed = store.subscribe({ after: recorded[0]?.cursor, signal: signal(), onGap });
        await expect(resumed.next()).rejects.toThrow('gap refused');
      });

      it('reports no gap when resuming within retention', async () => {
        const store = await open();
        const recorded = await recordAll(store, 1, 3);
        const onGap = (gap: EventGap) => {
          throw new Error(`unexpected gap ${JSON.stringify(gap)}`);
        };
        const resumed = store.subscribe({ after: recorded[0]?.cursor, signal: signal(), onGap });
        expect((await take(resumed, 2)).map((e) => e.eventId)).toEqual(['evt-2', 'evt-3']);
      });
    });

    describe('event stream protocol § Transports', () => {
      it('ends a waiting subscriber at once when its signal aborts', async () => {
        const store = await open();
        const controller = new AbortController();
        const live = store.subscribe({ signal: controller.signal });
        const { quiet, pending } = await staysQuiet(live, 50);
        expect(quiet).toBe(true);
        controller.abort();
        await expect(pending).resolves.toEqual({ value: undefined, done: true });
        await store.record(sampleEvent(1));
        await expect(live.next()).resolves.toEqual({ value: undefined, done: true });
      });

      it('ends a waiting subscriber at once when the consumer returns', async () => {
        const store = await open();
        const live = store.subscribe({ signal: signal() });
        const pending = live.next();
        await live.return?.();
        await expect(pending).resolves.toEqual({ value: undefined, done: true });
      });
    });

    describe('event stream protocol § Endings', () => {
      it('cuts off a consumer that falls too far behind, with SubscriberOverflowError', async () => {
        const store = await open({ subscriptionLimits: { maxBuffered: 10 } });
        const live = store.subscribe({ signal: signal() });
        await recordAll(store, 1, 30);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expect(take(live, 30)).rejects.toBeInstanceOf(SubscriberOverflowError);
      });

      it('ends subscriptions and refuses to record once closed', async () => {
        const store = await openStore();
        const live = store.subscribe({ signal: signal() });
        const pending = live.next();
        await store.close();
        await expect(pending).resolves.toEqual({ value: undefined, done: true });
        await expect(store.record(sampleEvent(1))).rejects.toBeInstanceOf(EventStoreClosedError);
      });
    });
  });
}
