/**
 * The simulator's long-connection server, driven by the official SDK's WSClient and EventDispatcher
 * exactly as an app would use them: if the SDK connects, pings, joins, acknowledges and reconnects
 * against it, the server speaks Feishu's protocol.
 */
import * as lark from '@larksuiteoapi/node-sdk';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxUser } from '../../src/sandbox/index.js';
import { EVENT_TYPES } from '../../src/upstream/wire.js';
import { FAST_CLIENT_CONFIG as CLIENT_CONFIG, startLongConnectionSandbox } from '../helpers/long-connection.js';
import { until } from '../helpers/subscription-clients.js';

const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };

let sandbox: Sandbox;
let commentor: SandboxUser;
const clients: lark.WSClient[] = [];

beforeAll(async () => {
  sandbox = await startLongConnectionSandbox({ longConnection: { maxConnections: 3 } });
  commentor = sandbox.control.users()[0]!;
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close({ force: true });
  await until(() => sandbox.control.longConnectionStats().openConnections === 0, 'every connection closed');
  sandbox.control.reset();
});

afterAll(async () => {
  await sandbox.close();
});

interface Received {
  event_id?: string;
  process_id?: string;
}

/** The official client with a registered handler for comment events (`fail` makes the next N calls throw). */
async function connect(options: { secret?: string; pingTimeout?: number; onError?: (error: Error) => void } = {}) {
  const received: Received[] = [];
  const handler = { failures: 0 };
  const dispatcher = new lark.EventDispatcher({ logger: quiet, loggerLevel: lark.LoggerLevel.error }).register({
    [EVENT_TYPES.commentUpdated]: async (data: Received) => {
      received.push(data);
      if (handler.failures > 0) {
        handler.failures--;
        throw new Error('handler failed');
      }
    },
  });
  const client = new lark.WSClient({
    appId: sandbox.appId,
    appSecret: options.secret ?? sandbox.appSecret,
    domain: sandbox.url,
    logger: quiet,
    loggerLevel: lark.LoggerLevel.error,
    wsConfig: options.pingTimeout ? { pingTimeout: options.pingTimeout } : undefined,
    onError: options.onError,
  });
  clients.push(client);
  await client.start({ eventDispatcher: dispatcher });
  return { client, received, handler };
}

function comment(): string {
  const processId = sandbox.control.processIds()[0]!;
  sandbox.control.addComment(processId, commentor.openId, 'over the long connection');
  return processId;
}

const stats = () => sandbox.control.longConnectionStats();

describe('endpoint discovery', () => {
  const discover = async (body: unknown) => {
    const response = await fetch(`${sandbox.url}/callback/ws/endpoint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { code: number; msg: string; data: { URL?: string; ClientConfig?: unknown } },
    };
  };

  it('answers a URL whose first query key is neither device_id nor service_id, and the ClientConfig', async () => {
    const { status, body } = await discover({ AppID: sandbox.appId, AppSecret: sandbox.appSecret });
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 0, data: { ClientConfig: CLIENT_CONFIG } });
    const url = new URL(body.data.URL!);
    expect(url.protocol).toBe('ws:');
    expect([...url.searchParams.keys()][0]).not.toMatch(/^(device_id|service_id)$/);
    expect(url.searchParams.get('service_id')).toMatch(/^\d+$/);
  });

  it('answers wrong credentials with code 514, HTTP 200 and a data object', async () => {
    expect(await discover({ AppID: sandbox.appId, AppSecret: 'wrong' })).toEqual({
      status: 200,
      body: { code: 514, msg: 'auth failed', data: {} },
    });
  });

  it('answers too many connections once the app holds its maximum', async () => {
    for (let i = 0; i < 3; i++) expect((await discover({ AppID: sandbox.appId, AppSecret: sandbox.appSecret })).body.code).toBe(0);
    expect((await discover({ AppID: sandbox.appId, AppSecret: sandbox.appSecret })).body).toMatchObject({ code: 1000040350, data: {} });
  });

  it('refuses a WebSocket that was not discovered', async () => {
    const socket = new WebSocket(`${sandbox.url.replace('http', 'ws')}/ws/v2?fpid=1&device_id=x&service_id=1&ticket=forged`);
    const status = await new Promise<number>((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
    expect(stats().connectionsOpened).toBe(0);
  });
});

describe('the official WSClient against the simulator', () => {
  it('connects with the app credentials, is answered pong, and receives an event acknowledged 200', async () => {
    const { client, received } = await connect();
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    const processId = comment();
    await sandbox.control.flushEvents();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ process_id: processId, event_id: sandbox.control.pushedEvents()[0]!.eventId });
    expect(stats()).toMatchObject({ discoveries: 1, connectionsOpened: 1, eventFrames: 1, acks: { '200': 1 } });
    expect(stats().pings).toBeGreaterThan(0);
    expect(sandbox.control.pushedEvents()).toMatchObject([{ channel: 'long-connection', attempts: 1, delivered: true }]);
  });

  it('pings as often as the ClientConfig says (every second here; the SDK alone would wait 120 s)', async () => {
    const { client } = await connect();
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    await until(() => stats().pings >= 3, 'three pings');
    expect(stats().unansweredPings).toBe(0);
  });

  it('joins a message split in three parts and handles it once', async () => {
    const { client, received } = await connect();
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    sandbox.control.splitNextMessage(3);
    comment();
    await sandbox.control.flushEvents();
    expect(received).toHaveLength(1);
    expect(stats()).toMatchObject({ eventFrames: 3, acks: { '200': 1 } });
  });

  it('gets an event re-pushed after its handler failed (acknowledged 500)', async () => {
    const { client, received, handler } = await connect();
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    handler.failures = 1;
    comment();
    await sandbox.control.flushEvents();
    expect(received).toHaveLength(2);
    expect(received[0]!.event_id).toBe(received[1]!.event_id);
    expect(stats().acks).toEqual({ '500': 1, '200': 1 });
    expect(sandbox.control.pushedEvents()).toMatchObject([{ attempts: 2, delivered: true }]);
  });

  it('reconnects through a new discovery after the simulator drops every connection, following ClientConfig', async () => {
    const { client, received } = await connect();
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    expect(sandbox.control.dropLongConnections()).toBe(1);
    await until(() => stats().connectionsOpened === 2 && client.getConnectionStatus().state === 'connected', 'a second connection');
    expect(stats().discoveries).toBe(2);
    comment();
    await sandbox.control.flushEvents();
    expect(received).toHaveLength(1);
  });

  it('replaces a half-open connection after one unanswered ping when pingTimeout is set', async () => {
    // pingTimeout below PingInterval: the socket goes after its first unanswered ping.
    const { client, received } = await connect({ pingTimeout: 0.3 });
    await until(() => client.getConnectionStatus().state === 'connected', 'connected');
    expect(sandbox.control.halfOpenLongConnections()).toBe(1);
    await until(() => stats().connectionsOpened === 2 && client.getConnectionStatus().state === 'connected', 'a replacement connection');
    expect(stats()).toMatchObject({ unansweredPings: 1, connectionsClosed: 1, discoveries: 2 });
    comment();
    await sandbox.control.flushEvents();
    expect(received).toHaveLength(1);
  });

  it('stops for good when discovery refuses the credentials', async () => {
    const errors: Error[] = [];
    const { client } = await connect({ secret: 'wrong', onError: (error) => errors.push(error) });
    await until(() => errors.length === 1, 'onError');
    expect(errors[0]!.message).toContain('code=514');
    expect(client.getConnectionStatus().state).toBe('failed');
    expect(stats()).toMatchObject({ discoveries: 1, refusals: 1, connectionsOpened: 0 });
  });
});
