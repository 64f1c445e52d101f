/**
 * The event stream (docs/event-stream.md): turns a log subscription into what one subscriber receives,
 * and owns every such stream of this gateway. One abort signal per stream: the subscriber leaving, the
 * stream ending badly and the gateway closing all abort it, and it releases the log subscription.
 *
 * What a stream adds to the log:
 * - its filter, and the caller's admission (a caller without process:read hears only its processes);
 * - every way it can end badly, turned into a last item (`EventStreamEnding`, or the unexpected error
 *   itself for masking), so SSE and WebSocket clients both get a result with errors and then a clean
 *   completion;
 * - freshness: an event reaches subscribers only after this replica's cache dropped the process it
 *   names (once per event, however many subscribers), so a subscriber reading `process` gets the
 *   state after the change even when the event outran the cross-replica invalidation.
 *
 * Hand-written rather than an async generator: a generator waiting for the next event cannot be
 * stopped, and a client that leaves must release its log subscription at once.
 */
import { LRUCache } from 'lru-cache';
import type { ProcessEventType } from '../domain/events.js';
import type { CacheInvalidation } from '../loaders/loader-cache.js';
import {
  InvalidCursorError,
  SubscriberOverflowError,
  type EventGap,
  type EventStore,
  type EventSubscription,
  type RecordedEvent,
} from './event-store.js';

export interface ProcessEventFilter {
  processIds?: readonly string[];
  bizTypes?: readonly string[];
  types?: readonly ProcessEventType[];
}

/** Whether the subscriber may receive an event (its caller's visibility); may read the process. */
export type EventAdmission = (event: RecordedEvent) => Promise<boolean>;

/** The codes a stream ends (or is refused) with; each section of docs/event-stream.md § Endings. */
export type EventStreamEndCode = 'BAD_CURSOR' | 'CURSOR_EXPIRED' | 'SUBSCRIBER_TOO_SLOW' | 'STREAM_CLOSED' | 'UPSTREAM_UNAVAILABLE';

/** How a stream ends, or a subscription is refused, in a way the subscriber can act on: its code and what to resume with. */
export class EventStreamEnding extends Error {
  constructor(
    message: string,
    readonly extensions: { code: EventStreamEndCode } & Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EventStreamEnding';
  }
}

/** An event for the subscriber, or the error that ends its stream. */
export type StreamItem = RecordedEvent | Error;

export interface EventStreamRequest {
  filter: ProcessEventFilter;
  /** Resume after this cursor (exclusive); undefined: only new events. */
  after?: string;
  /** Withholds the events of processes that do not concern the caller; undefined: every event. */
  admit?: EventAdmission;
  /** Runs once when the stream ends, or when it is refused. */
  onEnd?: () => void;
}

export interface EventStreams {
  /** Streams handed out and not yet ended. */
  readonly active: number;
  /**
   * Subscribes at once, so a bad cursor fails before any event: throws `EventStreamEnding` BAD_CURSOR.
   * A gap (events after `after` trimmed from the log) ends the stream with CURSOR_EXPIRED rather than
   * silently skipping events; a consumer too slow for the live stream ends with SUBSCRIBER_TOO_SLOW;
   * a log that ends while the subscriber still listens (the gateway shuts down) ends with STREAM_CLOSED;
   * an admission that cannot be decided ends with UPSTREAM_UNAVAILABLE.
   */
  open(request: EventStreamRequest): AsyncIterableIterator<StreamItem>;
  /** Ends every stream handed out (STREAM_CLOSED), and those asked for later; the log itself stays open (its owner closes it). */
  close(): Promise<void>;
}

export interface EventStreamsOptions {
  cache: CacheInvalidation;
  /** Event ids remembered as already invalidated; an event older than these invalidates again (harmless). @default 10_000 */
  rememberedEvents?: number;
}

class CursorExpired extends Error {
  constructor(readonly gap: EventGap) {
    super('events after this cursor are no longer retained');
  }
}

/** Each field narrows (AND); within a field any value matches (OR); an absent field matches all. */
export function matchesFilter(filter: ProcessEventFilter, event: RecordedEvent): boolean {
  return (
    (!filter.processIds || filter.processIds.includes(event.processId)) &&
    (!filter.bizTypes || (event.bizType !== undefined && filter.bizTypes.includes(event.bizType))) &&
    (!filter.types || filter.types.includes(event.type))
  );
}

function endOfStream(error: unknown, lastCursor: string | undefined): Error {
  if (error instanceof CursorExpired) {
    return new EventStreamEnding(
      'Some events after `after` are no longer retained. Subscribe again without `after` (or with a newer cursor) and reload what you show.',
      { code: 'CURSOR_EXPIRED', missingAfter: error.gap.missingAfter, oldestRetained: error.gap.resumingAt },
    );
  }
  if (error instanceof SubscriberOverflowError) {
    return new EventStreamEnding(
      'The subscription fell too far behind the event stream. Subscribe again with `after` set to `resumeAfter`.',
      {
        code: 'SUBSCRIBER_TOO_SLOW',
        resumeAfter: lastCursor ?? null,
      },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Whether an event concerns the subscriber could not be decided: it is withheld, and the stream ends so it can be asked again. */
function undecided(error: unknown, resumeAfter: string | undefined): EventStreamEnding {
  return new EventStreamEnding(
    'Could not decide whether the next event concerns you (Feishu could not be read). Subscribe again with `after` set to `resumeAfter`.',
    { code: 'UPSTREAM_UNAVAILABLE', resumeAfter: resumeAfter ?? null },
    { cause: error },
  );
}

function closedUnderneath(lastCursor: string | undefined): EventStreamEnding {
  return new EventStreamEnding(
    'The server closed this event stream (it is shutting down). Subscribe again with `after` set to `resumeAfter`.',
    {
      code: 'STREAM_CLOSED',
      resumeAfter: lastCursor ?? null,
    },
  );
}

export function createEventStreams(log: EventStore, options: EventStreamsOptions): EventStreams {
  const invalidated = new LRUCache<string, true>({ max: options.rememberedEvents ?? 10_000 });
  const live = new Set<AbortController>();
  let closed = false;

  const fresh = (event: RecordedEvent): void => {
    if (invalidated.has(event.eventId)) return;
    invalidated.set(event.eventId, true);
    options.cache.invalidateProcess(event.processId);
  };

  function open({ filter, after, admit, onEnd }: EventStreamRequest): AsyncIterableIterator<StreamItem> {
    const stop = new AbortController();
    if (closed) stop.abort();
    /** The last event taken from the log subscription (delivered or withheld), or `after`. */
    let lastCursor = after;
    /** Accepted events not taken yet: while there are none, the resume point is as far as the log subscription got. */
    let queued = 0;
    let source: EventSubscription;
    try {
      source = log.subscribe({
        after,
        signal: stop.signal,
        onGap: (gap) => {
          throw new CursorExpired(gap);
        },
        // Both where the log fans out: other processes' events never reach this stream, the rest is
        // filtered before anything is queued; the resume point still moves past both (`resumePoint`).
        processIds: filter.processIds,
        accept: (event) => {
          if (!matchesFilter(filter, event)) return false;
          queued += 1;
          return true;
        },
      });
    } catch (error) {
      onEnd?.();
      if (!(error instanceof InvalidCursorError)) throw error;
      throw new EventStreamEnding('`after` is not a cursor of this event log: pass the `cursor` of an event you received.', {
        code: 'BAD_CURSOR',
      });
    }
    // The gateway closing aborts the signal (a stream opened after that starts aborted): the log
    // iterator finishes, and the subscriber hears STREAM_CLOSED.
    if (!closed) {
      live.add(stop);
      stop.signal.addEventListener('abort', () => live.delete(stop), { once: true });
    }
    /** Where to resume once the stream ends: past the events passed over, unless accepted ones were still waiting. */
    const resumePoint = () => (queued === 0 ? source.reached() : lastCursor);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stop.abort();
      onEnd?.();
    };

    return {
      async next(): Promise<IteratorResult<StreamItem>> {
        while (!ended) {
          let result: IteratorResult<RecordedEvent>;
          try {
            result = await source.next();
          } catch (error) {
            end();
            return { value: endOfStream(error, resumePoint()), done: false };
          }
          if (result.done) {
            if (ended) break;
            end();
            return { value: closedUnderneath(resumePoint()), done: false };
          }
          fresh(result.value);
          const before = lastCursor;
          queued -= 1;
          lastCursor = result.value.cursor;
          if (!admit) return result;
          try {
            if (await admit(result.value)) return result;
          } catch (error) {
            end();
            return { value: undecided(error, before), done: false };
          }
        }
        end();
        return { value: undefined, done: true };
      },
      async return(): Promise<IteratorResult<StreamItem>> {
        end();
        await source.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  return {
    get active() {
      return live.size;
    },
    open,
    async close() {
      closed = true;
      for (const stop of [...live]) stop.abort();
    },
  };
}
