/**
 * The one path of every Feishu event, whichever ingress it came through (webhook or long connection),
 * once that ingress has authenticated it: check the schema-2.0 envelope, map it to a domain event,
 * record it (the store deduplicates by event_id, across channels and replicas), then run the hooks
 * that drop caches. The ingress acknowledges only after this resolves; it rejects with
 * `EventNotRecordedError` when the store failed or was too slow, so Feishu pushes the event again.
 */
import type { ProcessEvent } from '../domain/events.js';
import { silentLogger, type Logger } from '../logger.js';
import { mapEvent, UnknownCodeError } from '../upstream/map.js';
import { checkPushEnvelope, checkHeader, isKnownEventType } from './push-envelope.js';
import type { EventStore, RecordedEvent } from './event-store.js';

/** Which ingress an event came through (logged with it). */
export type EventChannel = 'webhook' | 'long-connection';

export type IntakeOutcome =
  | { kind: 'recorded'; event: RecordedEvent }
  | { kind: 'duplicate'; eventId: string }
  /** Not one of the six process events, or a code Feishu has not documented: acknowledged, not recorded. */
  | { kind: 'ignored'; eventId: string; reason: string }
  /** Not a well-formed schema-2.0 envelope of a process event: never recorded. */
  | { kind: 'invalid'; reason: string };

/** Takes a decoded, authenticated envelope. Rejects with `EventNotRecordedError` only. */
export type EventIntake = (envelope: Record<string, unknown>, channel: EventChannel) => Promise<IntakeOutcome>;

export interface EventIntakeOptions {
  /** Every accepted event is recorded here before it is acknowledged. */
  store: EventStore;
  /**
   * Runs before an event is recorded, so before any replica's subscribers can see it (e.g. claiming
   * what the fleet caches about its process); also for an event that proves a duplicate. Its failures
   * are logged and never keep the event from being recorded.
   */
  beforeRecord?: (event: ProcessEvent) => Promise<void>;
  /** Runs for each newly recorded event (e.g. cache invalidation); its failures never fail the intake. */
  onRecorded?: (event: RecordedEvent) => void | Promise<void>;
  /**
   * Runs for a process event that cannot be recorded because it carries a code Feishu has not
   * documented: it is not delivered, but it still says the process changed (e.g. drop its cache).
   */
  onUnnamedChange?: (processId: string) => void | Promise<void>;
  /**
   * Longest wait for the store, inside Feishu's 3 s acknowledgement deadline (both channels have it).
   * A record that completes later still counts: Feishu's re-push then finds a duplicate. @default 2_500
   */
  recordTimeoutMs?: number;
  /** Told how each event ended, for metrics: its type (`other` when not a process event, `unknown` when unreadable). */
  observe?: (channel: EventChannel, type: string, outcome: IntakeObservation) => void;
  logger?: Logger;
}

export type IntakeObservation = 'recorded' | 'duplicate' | 'ignored' | 'invalid' | 'failed';

export class EventNotRecordedError extends Error {
  constructor(
    readonly eventId: string,
    options: { cause: unknown },
  ) {
    super(`event ${eventId} could not be recorded`, options);
    this.name = 'EventNotRecordedError';
  }
}

class RecordTimeoutError extends Error {
  constructor(ms: number) {
    super(`the event store did not answer within ${ms} ms`);
    this.name = 'RecordTimeoutError';
  }
}

type Interpretation =
  | { kind: 'event'; event: ProcessEvent }
  | { kind: 'ignored'; eventId: string; eventType: string; reason: string; processId?: string }
  | { kind: 'invalid'; reason: string };

/** Pure: what an authenticated envelope says. */
export function interpretEnvelope(body: Record<string, unknown>): Interpretation {
  const header = checkHeader(body);
  if (!header.ok) return { kind: 'invalid', reason: header.problem };
  const { event_id: eventId, event_type: eventType } = header.header;
  if (!isKnownEventType(eventType)) return { kind: 'ignored', eventId, eventType, reason: 'not a process event' };
  const checked = checkPushEnvelope({ ...header.header, event_type: eventType }, body);
  if (!checked.ok) return { kind: 'invalid', reason: checked.problem };
  try {
    const event = mapEvent(checked.envelope);
    return event ? { kind: 'event', event } : { kind: 'ignored', eventId, eventType, reason: 'not a process event' };
  } catch (error) {
    if (error instanceof UnknownCodeError) {
      return { kind: 'ignored', eventId, eventType, reason: error.message, processId: checked.envelope.event.process_id };
    }
    throw error;
  }
}

export function createEventIntake(options: EventIntakeOptions): EventIntake {
  const { store, beforeRecord, onRecorded, onUnnamedChange, recordTimeoutMs = 2_500 } = options;
  const observe = options.observe ?? (() => undefined);
  const logger = options.logger ?? silentLogger;

  /** Hooks run after the outcome is decided; their failures are logged, never turned into another outcome. */
  const notify = <T>(hook: ((value: T) => void | Promise<void>) | undefined, value: T, what: string) => {
    if (!hook) return;
    const failed = (error: unknown) => logger.error({ err: error }, `${what} failed`);
    try {
      void Promise.resolve(hook(value)).catch(failed);
    } catch (error) {
      failed(error);
    }
  };

  return async (body, channel) => {
    const verdict = interpretEnvelope(body);
    if (verdict.kind === 'invalid') {
      logger.warn({ via: channel, reason: verdict.reason }, 'event refused: not a well-formed process event');
      observe(channel, 'unknown', 'invalid');
      return verdict;
    }
    if (verdict.kind === 'ignored') {
      const { eventId, eventType, reason, processId } = verdict;
      logger.info({ via: channel, eventId, eventType, reason }, 'event acknowledged and ignored');
      if (processId) notify(onUnnamedChange, processId, 'onUnnamedChange');
      observe(channel, 'other', 'ignored');
      return { kind: 'ignored', eventId, reason };
    }
    const { event } = verdict;
    const context = { via: channel, eventId: event.eventId, type: event.type, processId: event.processId };
    const prepared = beforeRecord
      ? beforeRecord(event).catch((error: unknown) =>
          logger.warn({ ...context, err: error }, 'beforeRecord failed; recording the event anyway'),
        )
      : Promise.resolve();
    const recording = prepared
      .then(() => store.record(event))
      .then((recorded) => {
        if (recorded) notify(onRecorded, recorded, 'onRecorded');
        return recorded;
      });
    let recorded: RecordedEvent | null;
    try {
      recorded = await withTimeout(recording, recordTimeoutMs);
    } catch (error) {
      logger.error({ ...context, err: error }, 'event could not be recorded; Feishu will push it again');
      observe(channel, event.type, 'failed');
      throw new EventNotRecordedError(event.eventId, { cause: error });
    }
    observe(channel, event.type, recorded ? 'recorded' : 'duplicate');
    if (!recorded) {
      logger.info(context, 'duplicate event acknowledged');
      return { kind: 'duplicate', eventId: event.eventId };
    }
    logger.info({ ...context, cursor: recorded.cursor }, 'event recorded');
    return { kind: 'recorded', event: recorded };
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RecordTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
