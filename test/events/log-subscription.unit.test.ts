/**
 * The fan-out's index: subscriptions filtered by process are visited only for their processes' events,
 * while each one's resume point (`reached`) still moves past the events it never saw.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/domain/events.js';
import type { EventSubscription, SubscribeOptions } from '../../src/events/event-store.js';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  LogFollowers,
  subscribeToLog,
  type EventLog,
  type LogEntry,
  type LogFollower,
} from '../../src/events/log-subscription.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { silentLogger } from '../../src/logger.js';
import { sampleEvent, take } from '../helpers/sample-events.js';

const stores: MemoryEventStore[] = [];
const controllers: AbortController[] = [];
afterEach(async () => {
  for (const controller of controllers.splice(0)) controller.abort();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function openStore(): MemoryEventStore {
  const store = new MemoryEventStore({ subscriptionLimits: { pageSize: 2 } });
  stores.push(store);
  return store;
}

/** A subscription to `processIds` whose `accept` counts the events it is asked about. */
function countingSubscription(store: MemoryEventStore, processIds: readonly string[] | undefined, after?: string) {
  const controller = new AbortController();
  controllers.push(controller);
  const asked: string[] = [];
  const subscription = store.subscribe({
    after,
    signal: controller.signal,
    processIds,
    accept: (event) => {
      asked.push(event.eventId);
      return true;
    },
  });
  return { subscription, asked };
}

async function recordAll(store: MemoryEventStore, from: number, to: number): Promise<RecordedEvent[]> {
  const recorded: RecordedEvent[] = [];
  for (let n = from; n <= to; n++) recorded.push((await store.record(sampleEvent(n))) as RecordedEvent);
  return recorded;
}

/**
 * A log that was empty when its subscriptions began (numbers for cursors), on a real LogFollowers,
 * counting each time the fan-out hands an entry to a subscription.
 */
function emptyLog(): { log: EventLog; followers: LogFollowers; visits: () => number } {
  const followers = new LogFollowers();
  let visits = 0;
  const log: EventLog = {
    follow: (follower) =>
      followers.add(
        {
          onEntry: (entry) => {
            visits += 1;
            follower.onEntry(entry);
          },
          onClose: () => follower.onClose(),
        },
        undefined,
      ),
    read: async () => [],
    isAfter: (a, b) => Number(a) > Number(b),
  };
  return { log, followers, visits: () => visits };
}

const entryOf = (n: number): LogEntry => ({
  event: { ...sampleEvent(n), cursor: String(n) } as RecordedEvent,
  previous: n === 1 ? undefined : String(n - 1),
});

function follow(log: EventLog, options: Omit<SubscribeOptions, 'signal'>): EventSubscription {
  const controller = new AbortController();
  controllers.push(controller);
  return subscribeToLog(log, { ...options, signal: controller.signal }, DEFAULT_SUBSCRIPTION_LIMITS, silentLogger);
}

describe('event stream protocol § Resume: the fan-out indexes subscriptions by process', () => {
  it('hands an event only to the subscriptions of its process and those without a processIds filter', async () => {
    const { log, followers, visits } = emptyLog();
    const narrow = Array.from({ length: 100 }, (_, n) => follow(log, { processIds: [`proc-${n}`] }));
    const everything = follow(log, {});
    followers.publish(entryOf(7));
    expect(visits()).toBe(2);
    expect(await take(narrow[7]!, 1)).toEqual([entryOf(7).event]);
    expect(await take(everything, 1)).toEqual([entryOf(7).event]);
  });

  it('asks a subscription’s accept only about the events of its processes', async () => {
    const store = openStore();
    const narrow = Array.from({ length: 100 }, (_, n) => countingSubscription(store, [`proc-${n}`]));
    const everything = countingSubscription(store, undefined);
    const [recorded] = await recordAll(store, 7, 7);
    expect(narrow.flatMap(({ asked }) => asked)).toEqual(['evt-7']);
    expect(everything.asked).toEqual(['evt-7']);
    expect(await take(narrow[7]!.subscription, 1)).toEqual([recorded]);
  });

  it('replays from the backlog only the events of the subscribed processes', async () => {
    const store = openStore();
    const recorded = await recordAll(store, 1, 5);
    const { subscription, asked } = countingSubscription(store, ['proc-2', 'proc-4'], recorded[0]?.cursor);
    expect(await take(subscription, 2)).toEqual([recorded[1], recorded[3]]);
    expect(asked).toEqual(['evt-2', 'evt-4']);
  });

  it('reaches past events of other processes without visiting the subscription, so resuming there skips only those', async () => {
    const store = openStore();
    const { subscription, asked } = countingSubscription(store, ['proc-9']);
    expect(subscription.reached()).toBeUndefined();
    const recorded = await recordAll(store, 1, 3);
    expect(asked).toEqual([]);
    const reached = subscription.reached();
    expect(reached).toBe(recorded[2]?.cursor);
    const [wanted] = await recordAll(store, 9, 9);
    const resumed = countingSubscription(store, ['proc-9'], reached);
    expect(await take(resumed.subscription, 1)).toEqual([wanted]);
    expect(resumed.asked).toEqual(['evt-9']);
  });

  it('does not reach past backlog it has not replayed yet, even as live events of other processes go by', async () => {
    const store = openStore();
    const recorded = await recordAll(store, 1, 6);
    const { subscription } = countingSubscription(store, ['proc-6'], recorded[0]?.cursor);
    // Published at once, before the replay has read its first page.
    const recording = store.record(sampleEvent(7));
    expect(subscription.reached()).toBe(recorded[0]?.cursor);
    const live = await recording;
    expect(await take(subscription, 1)).toEqual([recorded[5]]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(subscription.reached()).toBe(live?.cursor);
  });
});

describe('LogFollowers', () => {
  const counting = () => {
    const seen = { entries: [] as string[], closes: 0 };
    const follower: LogFollower = {
      onEntry: (taken) => void seen.entries.push(taken.event.eventId),
      onClose: () => void (seen.closes += 1),
    };
    return Object.assign(seen, follower);
  };

  it('hands a narrowed follower only its processes’ entries, nothing once stopped, and tells it of the close once', () => {
    const followers = new LogFollowers();
    const [narrow, stopped, wide] = [counting(), counting(), counting()];
    followers.add(narrow, undefined).narrow(['proc-1', 'proc-2', 'proc-2']);
    const stopping = followers.add(stopped, undefined);
    stopping.narrow(['proc-1']);
    followers.add(wide, undefined);
    for (const n of [1, 2, 3]) followers.publish(entryOf(n));
    stopping.stop();
    followers.publish(entryOf(1));
    followers.close();
    expect(narrow).toMatchObject({ entries: ['evt-1', 'evt-2', 'evt-1'], closes: 1 });
    expect(stopped).toMatchObject({ entries: ['evt-1'], closes: 0 });
    expect(wide).toMatchObject({ entries: ['evt-1', 'evt-2', 'evt-3', 'evt-1'], closes: 1 });
  });

  it('says which entry it handed out last since a follower began, and nothing before any', () => {
    const followers = new LogFollowers();
    followers.publish(entryOf(1));
    const following = followers.add(counting(), '1');
    expect(following.passed()).toBeUndefined();
    followers.publish(entryOf(2));
    expect(following.passed()).toBe('2');
  });
});

describe('event stream protocol § Resume: a cursor proven by what is recorded next', () => {
  it('sees every process’s entries until the cursor is proven, so a subscriber narrowed to one process hears of no false gap', async () => {
    const { log, followers } = emptyLog();
    const gaps: unknown[] = [];
    const subscription = follow(log, { after: '1', processIds: ['proc-3'], onGap: (gap) => gaps.push(gap) });
    for (const n of [1, 2, 3]) followers.publish(entryOf(n));
    expect((await take(subscription, 1)).map((event) => event.eventId)).toEqual(['evt-3']);
    expect(gaps).toEqual([]);
  });
});
