import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/domain/events.js';
import type { EventStore } from '../../src/events/event-store.js';
import { createEventStreams, EventStreamEnding, matchesFilter, type ProcessEventFilter } from '../../src/events/event-stream.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { createLoaderCache } from '../../src/loaders/loader-cache.js';
import { sampleEvent } from './support/sample-events.js';

const event = (overrides: Partial<RecordedEvent>): RecordedEvent => ({ ...sampleEvent(1), cursor: 'c', ...overrides }) as RecordedEvent;

function extensionsOf(item: unknown): Record<string, unknown> | undefined {
  return item instanceof EventStreamEnding ? item.extensions : undefined;
}

function processEventStream(store: EventStore, filter: ProcessEventFilter, after: string | undefined) {
  return createEventStreams(store, { cache: createLoaderCache() }).open({ filter, after });
}

describe('matchesFilter', () => {
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

describe('processEventStream', () => {
  it('ends a subscriber too slow for the live stream with SUBSCRIBER_TOO_SLOW and the last cursor it took', async () => {
    const store = new MemoryEventStore({ subscriptionLimits: { maxBuffered: 2 } });
    const stream = processEventStream(store, {}, undefined);
    const first = await store.record(sampleEvent(1));
    expect((await stream.next()).value).toEqual(first);
    for (let n = 2; n <= 5; n++) await store.record(sampleEvent(n));
    const failure = await stream.next();
    expect(failure.done).toBe(false);
    expect(extensionsOf(failure.value)).toEqual({ code: 'SUBSCRIBER_TOO_SLOW', resumeAfter: first?.cursor });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await store.close();
  });

  it('resumes after a filtered-out event rather than before it: resumeAfter counts every event taken', async () => {
    const store = new MemoryEventStore();
    const stream = processEventStream(store, { processIds: ['proc-2'] }, undefined);
    await store.record(sampleEvent(1));
    const wanted = await store.record(sampleEvent(2));
    expect((await stream.next()).value).toEqual(wanted);
    const skipped = await store.record(sampleEvent(3));
    const waiting = stream.next();
    await store.close();
    expect(extensionsOf((await waiting).value)).toEqual({ code: 'STREAM_CLOSED', resumeAfter: skipped?.cursor });
  });

  it('return() ends a subscriber waiting for the next event at once and releases its log subscription', async () => {
    const store = new MemoryEventStore();
    const stream = processEventStream(store, {}, undefined);
    const waiting = stream.next();
    await stream.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    await store.record(sampleEvent(1));
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await store.close();
  });

  it('refuses a cursor of another form before subscribing, with BAD_CURSOR', () => {
    const store = new MemoryEventStore();
    expect(() => processEventStream(store, {}, '1718000000000-0')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_CURSOR' } }));
  });
});
