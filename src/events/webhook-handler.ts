/**
 * `POST /webhook/feishu`: reads the push, lets `interpretPush` judge it, records accepted events and
 * only then answers 200, so an event Feishu saw acknowledged is never lost (it retries on anything
 * else). Answers: 200 challenge / accepted / duplicate / ignored, 400 not a push, 401 forged or
 * replayed, 405 not a POST, 413 too large, 503 not recorded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { silentLogger, type Logger } from '../logger.js';
import type { EventStore, RecordedEvent } from './event-store.js';
import { interpretPush, type PushVerdict } from './interpret-push.js';
import { BodyTooLargeError, readBody } from './read-body.js';

export interface WebhookOptions {
  /** When set, events (and url_verification) carrying another token are refused with 401. */
  verificationToken?: string;
  /** When set, event pushes must be encrypted and signed. */
  encryptKey?: string;
  /** Every accepted event is recorded here before it is acknowledged. */
  store: EventStore;
  /** Runs for each newly recorded event (e.g. cache invalidation); its failures never fail the push. */
  onRecorded?: (event: RecordedEvent) => void | Promise<void>;
  /**
   * Runs for a process event that cannot be recorded because it carries a code Feishu has not
   * documented: it is not delivered, but it still says the process changed (e.g. drop its cache).
   */
  onUnnamedChange?: (processId: string) => void | Promise<void>;
  /** Larger bodies are refused with 413. @default 1 MiB */
  maxBodyBytes?: number;
  /** Largest accepted distance between X-Lark-Request-Timestamp and now. @default 5 min */
  replayWindowMs?: number;
  /**
   * Longest wait for the store before answering 503, inside Feishu's 3 s deadline. A record that
   * completes later still counts: Feishu's retry then finds a duplicate. @default 2_500
   */
  recordTimeoutMs?: number;
  now?: () => number;
  logger?: Logger;
  /** Told how each push ended, for metrics: the event type ('unknown' when unreadable or refused, 'other' when not a process event) and the outcome. */
  observe?: (type: string, outcome: WebhookOutcome) => void;
}

export type WebhookOutcome = 'recorded' | 'duplicate' | 'ignored' | 'challenge' | 'refused' | 'failed' | 'too_large';

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => void;

class RecordTimeoutError extends Error {
  constructor(ms: number) {
    super(`the event store did not answer within ${ms} ms`);
    this.name = 'RecordTimeoutError';
  }
}

export function createWebhookHandler(options: WebhookOptions): WebhookHandler {
  const { store, onRecorded, maxBodyBytes = 1_048_576, recordTimeoutMs = 2_500 } = options;
  const logger = options.logger ?? silentLogger;
  const policy = {
    verificationToken: options.verificationToken,
    encryptKey: options.encryptKey,
    replayWindowMs: options.replayWindowMs ?? 5 * 60_000,
    now: options.now ?? Date.now,
  };

  /** Hooks run after the answer is decided; their failures are logged, never turned into another answer. */
  const notify = <T>(hook: ((value: T) => void | Promise<void>) | undefined, value: T, what: string) => {
    if (!hook) return;
    const failed = (error: unknown) => logger.error({ err: error }, `${what} failed`);
    try {
      void Promise.resolve(hook(value)).catch(failed);
    } catch (error) {
      failed(error);
    }
  };
  const notifyRecorded = (event: RecordedEvent) => notify(onRecorded, event, 'onRecorded');
  const observe = options.observe ?? (() => undefined);

  const record = async (verdict: Extract<PushVerdict, { kind: 'event' }>, res: ServerResponse) => {
    const { event } = verdict;
    const context = { eventId: event.eventId, type: event.type, processId: event.processId };
    const recording = store.record(event).then((recorded) => {
      if (recorded) notifyRecorded(recorded);
      return recorded;
    });
    let recorded: RecordedEvent | null;
    try {
      recorded = await withTimeout(recording, recordTimeoutMs);
    } catch (error) {
      logger.error({ ...context, err: error }, 'event could not be recorded; Feishu will retry');
      observe(event.type, 'failed');
      return respond(res, 503, { error: 'event could not be recorded' });
    }
    if (recorded) logger.info({ ...context, cursor: recorded.cursor }, 'event recorded');
    else logger.info(context, 'duplicate event acknowledged');
    observe(event.type, recorded ? 'recorded' : 'duplicate');
    respond(res, 200, {});
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return respond(res, 405, { error: 'use POST' }, { allow: 'POST' });
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) return void req.destroy();
      logger.warn({ limit: maxBodyBytes }, 'webhook body too large');
      observe('unknown', 'too_large');
      return respond(res, 413, { error: 'body too large' }, { connection: 'close' });
    }
    const verdict = interpretPush({ body, headers: req.headers }, policy);
    switch (verdict.kind) {
      case 'challenge':
        observe('url_verification', 'challenge');
        return respond(res, 200, { challenge: verdict.challenge });
      case 'refused':
        logger.warn({ status: verdict.status, reason: verdict.reason }, 'webhook push refused');
        observe('unknown', 'refused');
        return respond(res, verdict.status, { error: verdict.reason });
      case 'ignored':
        logger.info({ eventId: verdict.eventId, eventType: verdict.eventType, reason: verdict.reason }, 'event acknowledged and ignored');
        observe('other', 'ignored');
        if (verdict.processId) notify(options.onUnnamedChange, verdict.processId, 'onUnnamedChange');
        return respond(res, 200, {});
      case 'event':
        return record(verdict, res);
    }
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'webhook failed');
      if (!res.headersSent) respond(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  };
}

function respond(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RecordTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
