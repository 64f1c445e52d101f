/**
 * The server side of Feishu's long connection (long-connection.md): endpoint discovery, the WebSocket
 * with its protobuf frames, pong with the ClientConfig, events sent as data frames (split on request)
 * to one random open connection of the app, and acknowledgements awaited. It is the transport of the
 * long-connection pusher, which re-pushes what was not acknowledged 200 in time.
 *
 * Test hooks: drop every connection, refuse discovery with a code, stop answering on the open
 * connections (half-open), split the next message, and counts of what happened.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Logger } from '../../logger.js';
import type { WireEventEnvelope } from '../../upstream/wire.js';
import type { PushTransport } from '../events/pusher.js';
import type { SandboxClientConfig, SandboxLongConnectionStats } from '../types.js';
import { decodeFrame, encodeFrame, FRAME_METHOD, headerOf, type Frame, type FrameHeader } from './frame.js';

export const DISCOVERY_PATH = '/callback/ws/endpoint';
export const SOCKET_PATH = '/ws/v2';

/** Discovery codes (long-connection.md §1). */
export const DISCOVERY_MESSAGES: Readonly<Record<number, string>> = {
  0: 'ok',
  1: 'system busy',
  403: 'forbidden',
  514: 'auth failed',
  1000040343: 'internal error',
  1000040350: 'too many connections',
};
const AUTH_FAILED = 514;
const TOO_MANY_CONNECTIONS = 1000040350;
/** A discovered URL must be dialled within this time. */
const TICKET_TTL_MS = 60_000;
const MAX_FRAME_BYTES = 1024 * 1024;

export interface LongConnectionServerOptions {
  appId: string;
  appSecret: string;
  clientConfig: SandboxClientConfig;
  /** Feishu re-pushes an event not acknowledged within this time. */
  ackTimeoutMs: number;
  /** Feishu allows 50 per app. */
  maxConnections: number;
  logger: Logger;
}

export interface DiscoveryAnswer {
  code: number;
  msg: string;
  data: { URL?: string; ClientConfig?: SandboxClientConfig };
}

interface Connection {
  deviceId: string;
  serviceId: number;
  socket: WebSocket;
  /** Half-open: nothing reaches the client any more and nothing from it is heard. */
  silent: boolean;
}

interface AwaitedAck {
  connection: Connection;
  settle(code: number | undefined): void;
}

export class LongConnectionServer implements PushTransport {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly connections = new Set<Connection>();
  private readonly tickets = new Map<string, { deviceId: string; serviceId: number; expiresAt: number }>();
  private readonly awaited = new Map<string, AwaitedAck>();
  private socketUrl = '';
  private refusal: { code: number; remaining: number } | undefined;
  private nextSplit = 1;
  private seqId = 0n;
  private counts = this.zeroCounts();

  constructor(private readonly options: LongConnectionServerOptions) {}

  /** The sandbox's HTTP root, once it listens. */
  setBaseUrl(httpUrl: string): void {
    this.socketUrl = `${httpUrl.replace(/^http/, 'ws')}${SOCKET_PATH}`;
  }

  /** `POST /callback/ws/endpoint`: always HTTP 200, with a `data` object even for errors (the SDK reads it first). */
  discover(body: unknown): DiscoveryAnswer {
    this.counts.discoveries++;
    const { AppID, AppSecret } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const refuse = (code: number): DiscoveryAnswer => {
      this.counts.refusals++;
      return { code, msg: DISCOVERY_MESSAGES[code] ?? 'refused', data: {} };
    };
    if (this.refusal && this.refusal.remaining > 0) {
      this.refusal.remaining--;
      return refuse(this.refusal.code);
    }
    if (AppID !== this.options.appId || AppSecret !== this.options.appSecret) return refuse(AUTH_FAILED);
    this.pruneTickets();
    if (this.connections.size + this.tickets.size >= this.options.maxConnections) return refuse(TOO_MANY_CONNECTIONS);
    const deviceId = randomBytes(8).toString('hex');
    const serviceId = 1 + Math.floor(Math.random() * 0x7fff_fff0);
    const ticket = randomBytes(16).toString('hex');
    this.tickets.set(ticket, { deviceId, serviceId, expiresAt: Date.now() + TICKET_TTL_MS });
    // device_id and service_id must not come first: the Node SDK parses the whole URL with qs.
    const URL = `${this.socketUrl}?fpid=1&device_id=${deviceId}&service_id=${serviceId}&ticket=${ticket}`;
    return { code: 0, msg: 'ok', data: { URL, ClientConfig: { ...this.options.clientConfig } } };
  }

  /** Takes the HTTP upgrade when it is for the long connection; false leaves it to others. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    if (url.pathname !== SOCKET_PATH) return false;
    const ticket = this.tickets.get(url.searchParams.get('ticket') ?? '');
    this.tickets.delete(url.searchParams.get('ticket') ?? '');
    if (!ticket || ticket.expiresAt < Date.now() || ticket.deviceId !== url.searchParams.get('device_id')) {
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, ticket.deviceId, ticket.serviceId));
    return true;
  }

  enabled(): boolean {
    return true;
  }

  /** One delivery: to one random open connection, then wait for its acknowledgement. */
  async send(envelope: WireEventEnvelope, signal: AbortSignal): Promise<boolean> {
    const open = [...this.connections].filter((c) => !c.silent && c.socket.readyState === WebSocket.OPEN);
    const connection = open[Math.floor(Math.random() * open.length)];
    if (!connection || signal.aborted) return false;
    const messageId = randomBytes(12).toString('hex');
    const parts = split(Buffer.from(JSON.stringify(envelope), 'utf8'), this.nextSplit);
    this.nextSplit = 1;
    const code = await new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => settle(undefined), this.options.ackTimeoutMs);
      const onAbort = () => settle(undefined);
      const settle = (answer: number | undefined) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.awaited.delete(messageId);
        resolve(answer);
      };
      signal.addEventListener('abort', onAbort);
      this.awaited.set(messageId, { connection, settle });
      const traceId = randomBytes(8).toString('hex');
      parts.forEach((payload, seq) => {
        const headers: FrameHeader[] = [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(parts.length) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: traceId },
        ];
        this.counts.eventFrames++;
        this.sendFrame(connection, {
          seqId: this.nextSeqId(),
          logId: this.nextSeqId(),
          service: connection.serviceId,
          method: FRAME_METHOD.data,
          headers,
          payload,
        });
      });
    });
    return code === 200;
  }

  /** Closes every open connection, as Feishu does when its gateway restarts. Returns how many. */
  dropConnections(): number {
    const dropped = this.connections.size;
    for (const connection of this.connections) connection.socket.terminate();
    return dropped;
  }

  /** The next `times` discoveries answer `code` (0 clears). */
  refuseDiscovery(code: number, times = Infinity): void {
    this.refusal = code === 0 ? undefined : { code, remaining: times };
  }

  /** The open connections go half-open: no pong, no event, nothing heard. Returns how many. */
  halfOpenConnections(): number {
    for (const connection of this.connections) connection.silent = true;
    return this.connections.size;
  }

  /** The next message is sent in this many parts. */
  splitNextMessage(parts: number): void {
    if (!Number.isInteger(parts) || parts < 1 || parts > 64) throw new Error('parts must be a whole number from 1 to 64');
    this.nextSplit = parts;
  }

  stats(): SandboxLongConnectionStats {
    return { ...this.counts, acks: { ...this.counts.acks }, openConnections: this.connections.size };
  }

  /** Counts, test hooks and unused discoveries back to fresh; open connections stay. */
  reset(): void {
    this.counts = this.zeroCounts();
    this.tickets.clear();
    this.refusal = undefined;
    this.nextSplit = 1;
  }

  close(): void {
    for (const connection of this.connections) connection.socket.terminate();
    for (const awaited of this.awaited.values()) awaited.settle(undefined);
    this.wss.close();
  }

  private accept(socket: WebSocket, deviceId: string, serviceId: number): void {
    const connection: Connection = { deviceId, serviceId, socket, silent: false };
    this.connections.add(connection);
    this.counts.connectionsOpened++;
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) this.receive(connection, data);
    });
    socket.on('error', (error) => this.options.logger.debug({ err: error, deviceId }, 'sandbox: long connection error'));
    socket.on('close', () => {
      this.connections.delete(connection);
      this.counts.connectionsClosed++;
      for (const awaited of this.awaited.values()) if (awaited.connection === connection) awaited.settle(undefined);
    });
  }

  private receive(connection: Connection, data: RawData): void {
    let frame: Frame;
    try {
      frame = decodeFrame(toBytes(data));
    } catch (error) {
      this.options.logger.debug({ err: error, deviceId: connection.deviceId }, 'sandbox: undecodable long connection frame');
      return;
    }
    const type = headerOf(frame, 'type');
    if (frame.method === FRAME_METHOD.control && type === 'ping') {
      this.counts.pings++;
      if (connection.silent) {
        this.counts.unansweredPings++;
        return;
      }
      const payload = Buffer.from(JSON.stringify(this.options.clientConfig), 'utf8');
      this.sendFrame(connection, {
        seqId: 0n,
        logId: 0n,
        service: frame.service,
        method: FRAME_METHOD.control,
        headers: [{ key: 'type', value: 'pong' }],
        payload,
      });
      return;
    }
    if (frame.method !== FRAME_METHOD.data || connection.silent) return;
    const messageId = headerOf(frame, 'message_id') ?? '';
    const code = ackCode(frame.payload);
    const key = code === undefined ? 'invalid' : String(code);
    this.counts.acks[key] = (this.counts.acks[key] ?? 0) + 1;
    const awaited = this.awaited.get(messageId);
    if (awaited?.connection === connection) awaited.settle(code);
  }

  private sendFrame(connection: Connection, frame: Frame): void {
    connection.socket.send(encodeFrame(frame), { binary: true }, (error) => {
      if (error) this.options.logger.debug({ err: error, deviceId: connection.deviceId }, 'sandbox: long connection send failed');
    });
  }

  private nextSeqId(): bigint {
    this.seqId++;
    return this.seqId;
  }

  private pruneTickets(): void {
    const now = Date.now();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt < now) this.tickets.delete(ticket);
  }

  private zeroCounts() {
    return {
      discoveries: 0,
      refusals: 0,
      connectionsOpened: 0,
      connectionsClosed: 0,
      pings: 0,
      unansweredPings: 0,
      eventFrames: 0,
      acks: {} as Record<string, number>,
    };
  }
}

/** `{"code": 200}` (with optional `data`) is what the client answers; anything else has no code. */
function ackCode(payload: Uint8Array | undefined): number | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload ?? new Uint8Array()).toString('utf8')) as { code?: unknown };
    return typeof value.code === 'number' ? value.code : undefined;
  } catch {
    return undefined;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Exactly `count` non-empty parts, in order (fewer only for a message shorter than that). */
function split(bytes: Buffer, count: number): Buffer[] {
  const parts = Math.max(1, Math.min(count, bytes.length));
  const cut = (i: number) => Math.floor((i * bytes.length) / parts);
  return Array.from({ length: parts }, (_, i) => bytes.subarray(cut(i), cut(i + 1)));
}
