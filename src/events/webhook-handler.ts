/**
 * `POST /webhook/feishu`: reads the push, lets `interpretPush` authenticate it, hands the envelope to
 * the event intake (the path the long connection shares) and only then answers 200, so an event
 * Feishu saw acknowledged is never lost (it retries on anything else). Answers: 200 challenge /
 * accepted / duplicate / ignored, 400 not a push, 401 forged or replayed, 413 too large, 503 not
 * recorded. The gateway hands it POSTs only (server/gateway.ts); other methods never reach it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { silentLogger, type Logger } from '../logger.js';
import { EventNotRecordedError, type EventIntake } from './event-intake.js';
import { interpretPush } from './interpret-push.js';
import { BodyTooLargeError, readBody } from './read-body.js';

export interface WebhookOptions {
  /** When set, events (and url_verification) carrying another token are refused with 401. */
  verificationToken?: string;
  /** When set, event pushes must be encrypted and signed. */
  encryptKey?: string;
  /** Checks, records and announces each authenticated event (`createEventIntake`). */
  intake: EventIntake;
  /** Larger bodies are refused with 413. @default 1 MiB */
  maxBodyBytes?: number;
  /** Largest accepted distance between X-Lark-Request-Timestamp and now. @default 5 min */
  replayWindowMs?: number;
  now?: () => number;
  logger?: Logger;
  /** Told of pushes that end before the intake sees them (for metrics); the intake reports the others. */
  observe?: (outcome: WebhookRefusal) => void;
}

/** How a push can end in the webhook itself: answered a challenge, refused (401/400 before the intake), or too large. */
export type WebhookRefusal = 'challenge' | 'refused' | 'too_large';

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createWebhookHandler(options: WebhookOptions): WebhookHandler {
  const { intake, maxBodyBytes = 1_048_576 } = options;
  const logger = options.logger ?? silentLogger;
  const policy = {
    verificationToken: options.verificationToken,
    encryptKey: options.encryptKey,
    replayWindowMs: options.replayWindowMs ?? 5 * 60_000,
    now: options.now ?? Date.now,
  };

  const observe = options.observe ?? (() => undefined);

  const accept = async (envelope: Record<string, unknown>, res: ServerResponse) => {
    try {
      const outcome = await intake(envelope, 'webhook');
      if (outcome.kind === 'invalid') return respond(res, 400, { error: outcome.reason });
      respond(res, 200, {});
    } catch (error) {
      if (!(error instanceof EventNotRecordedError)) throw error;
      respond(res, 503, { error: 'event could not be recorded' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) return void req.destroy();
      logger.warn({ limit: maxBodyBytes }, 'webhook body too large');
      observe('too_large');
      return respond(res, 413, { error: 'body too large' }, { connection: 'close' });
    }
    const verdict = interpretPush({ body, headers: req.headers }, policy);
    switch (verdict.kind) {
      case 'challenge':
        observe('challenge');
        return respond(res, 200, { challenge: verdict.challenge });
      case 'refused':
        logger.warn({ status: verdict.status, reason: verdict.reason }, 'webhook push refused');
        observe('refused');
        return respond(res, verdict.status, { error: verdict.reason });
      case 'envelope':
        return accept(verdict.envelope, res);
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
