/**
 * One subscriber's view of the event log: its filter applied, and every way the stream can end
 * badly turned into a last item (a GraphQLError, or the unexpected error itself for masking) so SSE
 * and WebSocket clients both get a result with errors and then a clean completion.
 *
 * Hand-written rather than an async generator: a generator waiting for the next event cannot be
 * stopped, and a client that leaves must release its log subscription at once.
 */
import { GraphQLError } from 'graphql';
import type { ProcessEventType } from '../domain/events.js';
import { InvalidCursorError, SubscriberOverflowError, type EventGap, type EventStore, type RecordedEvent } from '../events/event-store.js';

export interface ProcessEventFilter {
  processIds?: readonly string[];
  bizTypes?: readonly string[];
  types?: readonly ProcessEventType[];
}

/** An event for the subscriber, or the error that ends its stream. */
export type StreamItem = RecordedEvent | Error;

/** Whether the subscriber may receive an event (its caller's visibility); may read the process. */
export type EventAdmission = (event: RecordedEvent) => Promise<boolean>;

const EVENT_STREAM_ERROR_CODES = {
  badCursor: 'BAD_CURSOR',
  cursorExpired: 'CURSOR_EXPIRED',
  tooSlow: 'SUBSCRIBER_TOO_SLOW',
  closed: 'STREAM_CLOSED',
} as const;

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
    return new GraphQLError(
      'Some events after `after` are no longer retained. Subscribe again without `after` (or with a newer cursor) and reload what you show.',
      { extensions: { code: EVENT_STREAM_ERROR_CODES.cursorExpired, missingAfter: error.gap.missingAfter, oldestRetained: error.gap.resumingAt } },
    );
  }
  if (error instanceof SubscriberOverflowError) {
    return new GraphQLError('The subscription fell too far behind the event stream. Subscribe again with `after` set to `resumeAfter`.', {
      extensions: { code: EVENT_STREAM_ERROR_CODES.tooSlow, resumeAfter: lastCursor ?? null },
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Whether an event concerns the subscriber could not be decided: it is withheld, and the stream ends so it can be asked again. */
function undecided(error: unknown, resumeAfter: string | undefined): GraphQLError {
  return new GraphQLError('Could not decide whether the next event concerns you (Feishu could not be read). Subscribe again with `after` set to `resumeAfter`.', {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'UPSTREAM_UNAVAILABLE', resumeAfter: resumeAfter ?? null },
  });
}

function closedUnderneath(lastCursor: string | undefined): GraphQLError {
  return new GraphQLError('The server closed this event stream (it is shutting down). Subscribe again with `after` set to `resumeAfter`.', {
    extensions: { code: EVENT_STREAM_ERROR_CODES.closed, resumeAfter: lastCursor ?? null },
  });
}

/**
 * Subscribes at once, so a bad cursor fails the operation before any event (BAD_CURSOR). A gap
 * (events after `after` trimmed from the log) ends the stream with CURSOR_EXPIRED rather than
 * silently skipping events; a consumer too slow for the live stream ends with SUBSCRIBER_TOO_SLOW;
 * a log that ends while the subscriber still listens (the gateway shuts down) ends with STREAM_CLOSED.
 * `admit` (a caller without process:read) withholds the events of processes that do not concern it.
 */
export function processEventStream(
  store: EventStore,
  filter: ProcessEventFilter,
  after: string | undefined,
  admit?: EventAdmission,
): AsyncIterableIterator<StreamItem> {
  const stop = new AbortController();
  /** The last event taken from the log, delivered or filtered out: a resume point that skips nothing. */
  let lastCursor = after;
  /** Accepted events not taken yet; a filtered-out event after them becomes the resume point once they are. */
  let queued = 0;
  let passedOver: string | undefined;
  let source: AsyncIterableIterator<RecordedEvent>;
  try {
    source = store.subscribe({
      after,
      signal: stop.signal,
      onGap: (gap) => {
        throw new CursorExpired(gap);
      },
      // Passed over where the log fans out (no wake-up per event); the resume point still moves past them.
      accept: (event) => {
        if (matchesFilter(filter, event)) {
          queued += 1;
          passedOver = undefined;
          return true;
        }
        if (queued === 0) lastCursor = event.cursor;
        else passedOver = event.cursor;
        return false;
      },
    });
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    throw new GraphQLError('`after` is not a cursor of this event log: pass the `cursor` of an event you received.', {
      extensions: { code: EVENT_STREAM_ERROR_CODES.badCursor },
    });
  }
  let ended = false;
  const end = () => {
    ended = true;
    stop.abort();
  };

  return {
    async next(): Promise<IteratorResult<StreamItem>> {
      while (!ended) {
        let result: IteratorResult<RecordedEvent>;
        try {
          result = await source.next();
        } catch (error) {
          end();
          return { value: endOfStream(error, lastCursor), done: false };
        }
        if (result.done) {
          if (ended) break;
          end();
          return { value: closedUnderneath(lastCursor), done: false };
        }
        const before = lastCursor;
        queued -= 1;
        lastCursor = result.value.cursor;
        if (queued === 0 && passedOver !== undefined) [lastCursor, passedOver] = [passedOver, undefined];
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
