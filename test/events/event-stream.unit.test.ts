import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/domain/events.js';
import type { EventStore } from '../../src/events/event-store.js';
import {
  createEventStreams,
  EventStreamEnding,
  matchesFilter,
  type EventAdmission,
  type ProcessEventFilter,
} from '../../src/events/event-stream.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { createLoaderCache } from '../../src/loaders/loader-cache.js';
import { sampleEvent } from '../helpers/sample-events.js';

const event = (overrides: Partial<RecordedEvent>): RecordedEvent => ({ ...sampleEvent(1), cursor: 'c', ...overrides }) as RecordedEvent;

function extensionsOf(item: unknown): Record<string, unknown> | undefined {
  return item instanceof EventStreamEnding ? item.extensions : undefined;
}

function openStream(store: EventStore, filter: ProcessEventFilter, after: string | undefined, admit?: EventAdmission) {
  return createEventStreams(store, { cache: createLoaderCache() }).open({ filter, after, admit });
}

describe('event stream protocol § Events and filters: matchesFilter', () => {
  it('matches everything without a filter and narrows field by field', () => {
    const e = event({ processId: 'p1', bizType: 'offer', type: 'PROCESS_UPDATED' });
    expect(matchesFilter({}, e)).toBe(true);
    expect(matchesFilter({ processIds: ['p0', 'p1'] }, e)).toBe(true);
    expect(matchesFilter({ processIds: ['p1'], types: ['NODE_UPDATED'] }, e)).toBe(false);
    expect(matchesFilter({ processIds: ['p1'], bizTypes: ['offer'], types: ['PROCESS_UPDATED', 'CC_UPDATED'] }, e)).toBe(true);
  });

  it('never matches an event without a business type to a bizTypes filter', () => {
    expect(matchesFilter({ bizTypes: ['offer'] }, event({ bizType: undefined }))).toBe(false);
  });
});

describe('event stream protocol § Endings', () => {
  it('ends a subscriber too slow for the live stream with SUBSCRIBER_TOO_SLOW and the last cursor it took', async () => {
    const store = new MemoryEventStore({ subscriptionLimits: { maxBuffered: 2 } });
    const stream = openStream(store, {}, undefined);
    const first = await store.record(sampleEvent(1));
    expect((await stream.next()).value).toEqual(first);
    for (let n = 2; n <= 5; n++) await store.record(sampleEvent(n));
    const failure = await stream.next();
    expect(failure.done).toBe(false);
    expect(extensionsOf(failure.value)).toEqual({ code: 'SUBSCRIBER_TOO_SLOW', resumeAfter: first?.cursor });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await store.close();
  });

  it('refuses a cursor of another form before subscribing, with BAD_CURSOR', () => {
    const store = new MemoryEventStore();
    expect(() => openStream(store, {}, '1718000000000-0')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_CURSOR' } }));
  });

  it('ends with UPSTREAM_UNAVAILABLE, resuming before the withheld event, when admission cannot be decided', async () => {
    const store = new MemoryEventStore();
    const undecidable = new Error('Feishu could not be read');
    const stream = openStream(store, {}, undefined, async (event) => {
      if (event.eventId === 'evt-2') throw undecidable;
      return true;
    });
    const first = await store.record(sampleEvent(1));
    await store.record(sampleEvent(2));
    expect((await stream.next()).value).toEqual(first);
    const ending = (await stream.next()).value;
    expect(extensionsOf(ending)).toEqual({ code: 'UPSTREAM_UNAVAILABLE', resumeAfter: first?.cursor });
    expect((ending as Error).cause).toBe(undecidable);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await store.close();
  });

  it('close() ends every open stream with STREAM_CLOSED and where to resume, and a stream opened afterwards at once', async () => {
    const store = new MemoryEventStore();
    const streams = createEventStreams(store, { cache: createLoaderCache() });
    const open = [streams.open({ filter: {} }), streams.open({ filter: {} })];
    expect(streams.active).toBe(2);
    const last = await store.record(sampleEvent(1));
    for (const stream of open) expect((await stream.next()).value).toEqual(last);
    await streams.close();
    expect(streams.active).toBe(0);
    for (const stream of open) {
      expect(extensionsOf((await stream.next()).value)).toEqual({ code: 'STREAM_CLOSED', resumeAfter: last?.cursor });
      expect(await stream.next()).toEqual({ value: undefined, done: true });
    }
    const late = streams.open({ filter: {}, after: last?.cursor });
    expect(streams.active).toBe(0);
    expect(extensionsOf((await late.next()).value)).toEqual({ code: 'STREAM_CLOSED', resumeAfter: last?.cursor });
    await store.close();
  });
});

describe('event stream protocol § Resume', () => {
  it('resumes after a filtered-out event rather than before it: resumeAfter counts every event taken', async () => {
    const store = new MemoryEventStore();
    const stream = openStream(store, { processIds: ['proc-2'] }, undefined);
    await store.record(sampleEvent(1));
    const wanted = await store.record(sampleEvent(2));
    expect((await stream.next()).value).toEqual(wanted);
    const skipped = await store.record(sampleEvent(3));
    const waiting = stream.next();
    await store.close();
    expect(extensionsOf((await waiting).value)).toEqual({ code: 'STREAM_CLOSED', resumeAfter: skipped?.cursor });
  });
});

describe('event stream protocol § Resume: a stream that never saw other processes’ events', () => {
  it('resumes after the events of other processes that went by, and the resumed stream misses nothing after them', async () => {
    const store = new MemoryEventStore();
    const streams = createEventStreams(store, { cache: createLoaderCache() });
    const stream = streams.open({ filter: { processIds: ['proc-2'] } });
    const wanted = await store.record(sampleEvent(2));
    const others = [await store.record(sampleEvent(3)), await store.record(sampleEvent(4))];
    expect((await stream.next()).value).toEqual(wanted);
    const waiting = stream.next();
    await streams.close();
    const ending = extensionsOf((await waiting).value);
    expect(ending).toEqual({ code: 'STREAM_CLOSED', resumeAfter: others[1]?.cursor });
    const next = await store.record({ ...sampleEvent(2), eventId: 'evt-2-again' });
    const resumed = createEventStreams(store, { cache: createLoaderCache() }).open({
      filter: { processIds: ['proc-2'] },
      after: ending?.resumeAfter as string,
    });
    expect((await resumed.next()).value).toEqual(next);
    await resumed.return?.();
    await store.close();
  });

  it('resumes no further than the last event taken while accepted ones still waited', async () => {
    const store = new MemoryEventStore({ subscriptionLimits: { maxBuffered: 2 } });
    const stream = openStream(store, { processIds: ['proc-2'] }, undefined);
    const first = await store.record(sampleEvent(2));
    expect((await stream.next()).value).toEqual(first);
    for (let n = 0; n < 3; n++) {
      await store.record({ ...sampleEvent(2), eventId: `evt-2-${n}` });
      await store.record(sampleEvent(3 + n));
    }
    expect(extensionsOf((await stream.next()).value)).toEqual({ code: 'SUBSCRIBER_TOO_SLOW', resumeAfter: first?.cursor });
    await store.close();
  });
});

describe('event stream protocol § Transports: a client that leaves', () => {
  it('return() ends a subscriber waiting for the next event at once and releases its log subscription', async () => {
    const store = new MemoryEventStore();
    const stream = openStream(store, {}, undefined);
    const waiting = stream.next();
    await stream.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    await store.record(sampleEvent(1));
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await store.close();
  });

  it('runs onEnd once, whether the client leaves or the cursor is refused', async () => {
    const store = new MemoryEventStore();
    const streams = createEventStreams(store, { cache: createLoaderCache() });
    let ended = 0;
    const stream = streams.open({ filter: {}, onEnd: () => (ended += 1) });
    await stream.return?.();
    await stream.return?.();
    expect(ended).toBe(1);
    expect(streams.active).toBe(0);
    expect(() => streams.open({ filter: {}, after: 'not-a-cursor', onEnd: () => (ended += 1) })).toThrow(EventStreamEnding);
    expect(ended).toBe(2);
    await store.close();
  });
});

describe('event stream protocol § Freshness', () => {
  it("drops the cache's copy of the event's process before delivery, once per event however many subscribers take it", async () => {
    const store = new MemoryEventStore();
    const cache = createLoaderCache();
    const dropped: (string | undefined)[] = [];
    cache.onChange((change) => dropped.push(change.processId));
    const streams = createEventStreams(store, { cache });
    const [a, b] = [streams.open({ filter: {} }), streams.open({ filter: {} })];
    const recorded = await store.record(sampleEvent(1));
    expect((await a.next()).value).toEqual(recorded);
    expect(dropped).toEqual(['proc-1']);
    expect((await b.next()).value).toEqual(recorded);
    expect(dropped).toEqual(['proc-1']);
    await streams.close();
    await store.close();
  });
});
