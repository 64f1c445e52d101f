/**
 * The long-connection ingress: the official SDK's `WSClient` dials Feishu (endpoint discovery, then a
 * WebSocket), pings, reconnects as Feishu's ClientConfig says, joins split messages and sends the
 * acknowledgements; each event goes through the same intake as a webhook push, and is acknowledged
 * 200 only once recorded (500 otherwise, so Feishu pushes it again).
 *
 * Around the SDK this adds what an operator needs: one clear log line per state change (the SDK's
 * own lines go to debug), a readiness reason while it cannot connect, and counts for /metrics.
 */
import type { EventDispatcher, HttpInstance, HttpRequestOptions, WSClient } from '@larksuiteoapi/node-sdk';
import { silentLogger, type Logger } from '../logger.js';
import { isRecord } from './push-envelope.js';
import type { EventIntake } from './event-intake.js';

/** The SDK's states, plus `closed` once the gateway stopped it. */
export type LongConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'idle' | 'failed' | 'closed';
export const LONG_CONNECTION_STATES: readonly LongConnectionState[] = [
  'connecting',
  'connected',
  'reconnecting',
  'idle',
  'failed',
  'closed',
];

export interface LongConnectionStats {
  state: LongConnectionState;
  /** Connections re-established after one was lost. */
  reconnects: number;
  /** Whole messages (after joining their parts) handed to the intake. */
  eventsReceived: number;
  /** Acknowledgements sent, by code (`200`, `500`). */
  acks: Readonly<Record<string, number>>;
}

export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  /** Feishu's open platform root; discovery is `POST {baseUrl}/callback/ws/endpoint`. */
  baseUrl: string;
  intake: EventIntake;
  /**
   * Seconds without any frame after a ping before the connection is presumed half-open, terminated
   * and replaced: a dead connection is noticed within Feishu's PingInterval plus this. @default 10
   */
  pingTimeoutSeconds?: number;
  /** Longest WebSocket handshake before the attempt counts as failed and is retried. @default 10_000 */
  handshakeTimeoutMs?: number;
  logger?: Logger;
}

export interface LongConnection {
  /** Undefined while events can arrive (or between a drop and the next attempt); otherwise why not. */
  readiness(): string | undefined;
  stats(): LongConnectionStats;
  close(): Promise<void>;
}

/** Discovery answers (long-connection.md §1); any code but 0 and the internal error stops the SDK for good. */
const DISCOVERY_CODES: Readonly<Record<number, string>> = {
  1: 'system busy',
  403: 'forbidden',
  514: 'auth failed',
  1000040343: 'internal error',
  1000040350: 'too many connections',
};
const DISCOVERY_HINTS: Readonly<Record<number, string>> = {
  403: 'check that the app is a custom app with "Receive events through persistent connection" chosen',
  514: 'check FEISHU_APP_ID and FEISHU_APP_SECRET',
  1000040350: 'the app already holds the most connections Feishu allows (50)',
};
/** The SDK refuses (silently) to dial with any other app id. */
const APP_ID = /^cli_[0-9a-fA-F]{16}$/;

export async function startLongConnection(options: LongConnectionOptions): Promise<LongConnection> {
  const { intake } = options;
  const logger = options.logger ?? silentLogger;
  // Loaded here, not at the top: a gateway in webhook mode never pays for the SDK.
  const sdk = await import('@larksuiteoapi/node-sdk');

  let closed = false;
  let everConnected = false;
  /** Why the last attempt failed; cleared once connected. */
  let problem: string | undefined;
  /** What to check, for a refusal that stops the SDK. */
  let hint: string | undefined;
  /** A discovery succeeded and no connection followed yet: if another discovery comes first, the socket did not open. */
  let awaitingSocket = false;
  let reconnects = 0;
  let eventsReceived = 0;
  const acks: Record<string, number> = {};
  const ack = (code: number) => void (acks[code] = (acks[code] ?? 0) + 1);

  const stats = (client: WSClient | undefined): LongConnectionStats => ({
    state: closed ? 'closed' : (client?.getConnectionStatus().state ?? 'failed'),
    reconnects,
    eventsReceived,
    acks: { ...acks },
  });

  if (!APP_ID.test(options.appId)) {
    problem = 'FEISHU_APP_ID is not of the form cli_ followed by 16 hex digits, so it cannot open a long connection';
    logger.error(`long connection: not started: ${problem}`);
    return { readiness: () => `long connection: ${problem}`, stats: () => stats(undefined), close: async () => void (closed = true) };
  }

  const connected = () => {
    everConnected = true;
    awaitingSocket = false;
    problem = undefined;
  };

  /** Every request the WSClient makes is a discovery; its answers say why a connection cannot be had. */
  const observeDiscovery = (answer: unknown) => {
    const { code, msg } = isRecord(answer) ? answer : {};
    if (awaitingSocket) problem = 'the WebSocket did not open';
    if (code === 0) {
      awaitingSocket = true;
      return;
    }
    const name =
      typeof code === 'number' ? (DISCOVERY_CODES[code] ?? (typeof msg === 'string' ? msg : 'unknown code')) : 'not a discovery answer';
    problem = `discovery refused: ${name} (${String(code)})`;
    if (code === 1000040343) logger.warn(`long connection: ${problem}; retrying`);
    else hint = typeof code === 'number' ? DISCOVERY_HINTS[code] : undefined;
  };
  const base = sdk.defaultHttpInstance;
  // Only `request` is wrapped; the rest of the SDK's HTTP instance is used as it is.
  const http = Object.assign(Object.create(base) as HttpInstance, {
    request: async (opts: HttpRequestOptions<unknown>): Promise<unknown> => {
      try {
        const answer: unknown = await base.request(opts);
        observeDiscovery(answer);
        return answer;
      } catch (error) {
        problem = `discovery failed: ${error instanceof Error ? error.message : String(error)}`;
        logger.warn(`long connection: ${problem}; retrying`);
        throw error;
      }
    },
  }) as HttpInstance;

  // The SDK's own lines repeat ours in other words (and at debug it prints the connect URL and its ticket).
  const sdkLog = logger.child({ component: 'feishu-sdk' });
  const toDebug = (...parts: unknown[]) =>
    sdkLog.debug(
      parts
        .flat()
        .map((part) => (part instanceof Error ? part.message : String(part)))
        .join(' '),
    );

  const client = new sdk.WSClient({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: options.baseUrl,
    httpInstance: http,
    logger: { error: toDebug, warn: toDebug, info: toDebug, debug: toDebug, trace: toDebug },
    loggerLevel: sdk.LoggerLevel.info,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? 10_000,
    wsConfig: { pingTimeout: options.pingTimeoutSeconds ?? 10 },
    onReady: () => {
      connected();
      logger.info('long connection: connected');
    },
    onReconnecting: () => logger.warn('long connection: lost; reconnecting'),
    onReconnected: () => {
      connected();
      reconnects++;
      logger.info('long connection: reconnected');
    },
    onError: (error) => {
      problem ??= error.message;
      logger.error(`long connection: stopped, not retrying: ${problem}${hint ? ` (${hint})` : ''}`);
    },
  });

  /**
   * Given to the SDK in place of an EventDispatcher, which would hand a handler the header's and the
   * event's fields merged into one flat object; the raw envelope lets the intake check it exactly as
   * it checks a webhook push. The SDK acknowledges 200 when this resolves, 500 when it rejects.
   */
  const dispatcher = {
    invoke: async (payload: unknown): Promise<undefined> => {
      eventsReceived++;
      try {
        if (!isRecord(payload)) throw new Error('the long connection carried something other than a JSON object');
        const outcome = await intake(payload, 'long-connection');
        if (outcome.kind === 'invalid') throw new Error(`not a process event: ${outcome.reason}`);
        ack(200);
        return undefined;
      } catch (error) {
        ack(500);
        throw error;
      }
    },
  };
  await client.start({ eventDispatcher: dispatcher as unknown as EventDispatcher });

  return {
    readiness: () => {
      if (closed) return 'long connection: closed';
      if (client.getConnectionStatus().state === 'connected') return undefined;
      if (problem) return `long connection: ${problem}`;
      return everConnected ? undefined : 'long connection: connecting';
    },
    stats: () => stats(client),
    close: async () => {
      if (closed) return;
      closed = true;
      client.close({ force: true });
    },
  };
}
