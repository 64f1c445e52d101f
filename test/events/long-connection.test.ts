/**
 * The gateway's long-connection ingress (the official WSClient inside) against the simulator's
 * long-connection server over real sockets: events go through the shared intake into a real store,
 * acknowledged 200 only once recorded; reconnects, half-open detection and refusals as Feishu's
 * rules say.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProcessEvent, RecordedEvent } from '../../src/domain/events.js';
import { createEventIntake } from '../../src/events/event-intake.js';
import { startLongConnection, type LongConnection } from '../../src/events/long-connection.js';
import type { Sandbox, SandboxUser } from '../../src/sandbox/index.js';
import { captureLogs, startLongConnectionSandbox } from '../helpers/long-connection.js';
import { until } from '../helpers/subscription-clients.js';
import { RecordingStore } from './support/recording-store.js';

/** Below PingInterval: a half-open connection goes after its first unanswered ping. */
const PING_TIMEOUT_SECONDS = 0.3;

/** Also notes, at each record, how many acknowledgements the simulator had received by then. */
class AckWatchingStore extends RecordingStore {
  acksWhenRecorded: number[] = [];
  override async record(event: ProcessEvent): Promise<RecordedEvent | null> {
    const recorded = await super.record(event);
    this.acksWhenRecorded.push(sandbox.control.longConnectionStats().acks['200'] ?? 0);
    return recorded;
  }
}

let sandbox: Sandbox;
let commentor: SandboxUser;
const store = new AckWatchingStore();
const recordedHook: RecordedEvent[] = [];
const { logger, lines: logLines } = captureLogs();
let connection: LongConnection | undefined;

beforeAll(async () => {
  sandbox = await startLongConnectionSandbox();
  commentor = sandbox.control.users()[0]!;
});

beforeEach(() => {
  store.reset();
  store.acksWhenRecorded = [];
  recordedHook.length = 0;
  logLines.length = 0;
});

afterEach(async () => {
  await connection?.close();
  connection = undefined;
  await until(() => sandbox.control.longConnectionStats().openConnections === 0, 'every connection closed');
  sandbox.control.reset();
});

afterAll(async () => {
  await sandbox.close();
  await store.close();
});

async function connect(appId = sandbox.appId): Promise<LongConnection> {
  const intake = createEventIntake({ store, logger, onRecorded: (event) => void recordedHook.push(event) });
  connection = await startLongConnection({
    appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.url,
    intake,
    pingTimeoutSeconds: PING_TIMEOUT_SECONDS,
    logger,
  });
  return connection;
}

async function connected(): Promise<LongConnection> {
  const started = await connect();
  await until(() => started.stats().state === 'connected', 'the long connection');
  return started;
}

/** One event from the simulator's state machine; resolves once the simulator has settled it. */
async function comment(): Promise<string> {
  sandbox.control.addComment(sandbox.control.processIds()[0]!, commentor.openId, 'hello');
  await sandbox.control.flushEvents();
  return sandbox.control.pushedEvents().at(-1)!.eventId;
}

const stats = () => sandbox.control.longConnectionStats();
const recordedIds = () => store.recorded.map((event) => event.eventId);

describe('event stream protocol § Acknowledgements: the long connection ingress', () => {
  it('connects with the app credentials and is ready', async () => {
    const started = await connected();
    expect(started.readiness()).toBeUndefined();
    expect(stats()).toMatchObject({ discoveries: 1, refusals: 0, connectionsOpened: 1 });
    expect(logLines.map((line) => line.msg)).toEqual(['long connection: connected']);
  });

  it('acknowledges an event 200 only after recording it, and runs the hooks', async () => {
    const started = await connected();
    const eventId = await comment();
    expect(recordedIds()).toEqual([eventId]);
    expect(store.acksWhenRecorded).toEqual([0]);
    expect(stats().acks).toEqual({ '200': 1 });
    expect(recordedHook.map((event) => event.eventId)).toEqual([eventId]);
    expect(started.stats()).toMatchObject({ eventsReceived: 1, acks: { '200': 1 } });
  });

  it('records a message split in three parts once', async () => {
    await connected();
    sandbox.control.splitNextMessage(3);
    const eventId = await comment();
    expect(stats()).toMatchObject({ eventFrames: 3, acks: { '200': 1 } });
    expect(recordedIds()).toEqual([eventId]);
  });

  it('records the same event_id sent twice once, and acknowledges both', async () => {
    const started = await connected();
    const eventId = await comment();
    expect(sandbox.control.repeatEvent(eventId)).toBe(true);
    await sandbox.control.flushEvents();
    expect(stats().acks).toEqual({ '200': 2 });
    expect(recordedIds()).toEqual([eventId]);
    expect(recordedHook).toHaveLength(1);
    expect(started.stats().eventsReceived).toBe(2);
  });

  it('acknowledges 500 when the event cannot be recorded, and records the re-push', async () => {
    const started = await connected();
    store.failures = 1;
    const eventId = await comment();
    expect(stats().acks).toEqual({ '500': 1, '200': 1 });
    expect(sandbox.control.pushedEvents().at(-1)).toMatchObject({ eventId, attempts: 2, delivered: true });
    expect(recordedIds()).toEqual([eventId]);
    expect(started.stats().acks).toEqual({ '500': 1, '200': 1 });
  });

  it('reconnects through discovery after the simulator drops every connection, and receives the next event', async () => {
    const started = await connected();
    sandbox.control.dropLongConnections();
    await until(() => stats().connectionsOpened === 2 && started.stats().state === 'connected', 'the reconnection');
    expect(stats().discoveries).toBe(2);
    expect(started.stats().reconnects).toBe(1);
    const next = await comment();
    expect(recordedIds()).toEqual([next]);
    expect(logLines.map((line) => line.msg).filter((msg) => msg.startsWith('long connection:'))).toEqual([
      'long connection: connected',
      'long connection: lost; reconnecting',
      'long connection: reconnected',
    ]);
  });

  it('replaces a half-open connection after its first unanswered ping (PingInterval + pingTimeout)', async () => {
    const started = await connected();
    sandbox.control.halfOpenLongConnections();
    await until(() => stats().connectionsOpened === 2 && started.stats().state === 'connected', 'a replacement connection');
    expect(stats()).toMatchObject({ unansweredPings: 1, connectionsClosed: 1 });
    const next = await comment();
    expect(recordedIds()).toEqual([next]);
  });

  it.each([
    [514, 'auth failed', 'FEISHU_APP_SECRET'],
    [1000040350, 'too many connections', '50'],
  ])(
    'on a final discovery refusal (%i): not ready with the reason, one log line saying what to check, no retry',
    async (code, name, hint) => {
      sandbox.control.refuseDiscovery(code);
      const started = await connect();
      await until(() => started.stats().state === 'failed', 'the refusal');
      expect(started.readiness()).toBe(`long connection: discovery refused: ${name} (${code})`);
      expect(logLines).toHaveLength(1);
      expect(logLines[0]).toMatchObject({ level: 50 });
      expect(logLines[0]!.msg).toContain(`discovery refused: ${name} (${code})`);
      expect(logLines[0]!.msg).toContain(hint);
      expect(stats()).toMatchObject({ discoveries: 1, connectionsOpened: 0 });
    },
  );

  it('says it is connecting until the first connection, then ready', async () => {
    const started = await connect();
    expect(started.readiness()).toBe('long connection: connecting');
    await until(() => started.readiness() === undefined, 'ready');
  });

  it('refuses an app id the SDK would silently never dial, without calling discovery', async () => {
    const started = await connect('cli_short');
    expect(started.readiness()).toMatch(/^long connection: FEISHU_APP_ID is not of the form cli_/);
    expect(started.stats().state).toBe('failed');
    expect(logLines).toHaveLength(1);
    expect(stats().discoveries).toBe(0);
  });
});
