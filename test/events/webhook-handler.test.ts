import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../src/domain/events.js';
import { encryptPayload, signBody } from '../../src/events/crypto.js';
import { createEventIntake } from '../../src/events/event-intake.js';
import { createWebhookHandler } from '../../src/events/webhook-handler.js';
import { fixture, PROCESS_EVENT_FIXTURES, type EncryptedVector } from '../helpers/feishu-fixtures.js';
import { envelope, plainPush, sealedPush, send, type Push } from '../helpers/push.js';
import { RecordingStore } from './support/recording-store.js';
import { serveWebhook, type RunningServer } from './support/webhook-server.js';

const TOKEN = 'vT0kenDemoVerification01';
const signedVector = fixture<EncryptedVector>('event-encrypted-signed.json');
const challengeVector = fixture<EncryptedVector>('url-verification-encrypted.json');
const KEY = signedVector.encrypt_key;
const VECTOR_SECONDS = Number(signedVector.request.headers['X-Lark-Request-Timestamp']);

const logLines: string[] = [];
const logger = pino(
  { level: 'trace' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
);

let clock = VECTOR_SECONDS * 1000;
const store = new RecordingStore();
const onRecordedCalls: RecordedEvent[] = [];
const unnamedChanges: string[] = [];
let encrypted: RunningServer;
let plain: RunningServer;

beforeAll(async () => {
  const common = { logger, now: () => clock };
  const onRecorded = (event: RecordedEvent) => {
    onRecordedCalls.push(event);
    if (event.processId === 'explodes') throw new Error('cache is broken');
  };
  const intake = { store, logger, recordTimeoutMs: 300, onRecorded };
  encrypted = await serveWebhook(
    createWebhookHandler({ ...common, verificationToken: TOKEN, encryptKey: KEY, intake: createEventIntake(intake) }),
  );
  const onUnnamedChange = (processId: string) => void unnamedChanges.push(processId);
  plain = await serveWebhook(
    createWebhookHandler({ ...common, verificationToken: TOKEN, intake: createEventIntake({ ...intake, onUnnamedChange }) }),
  );
});

afterAll(async () => {
  await Promise.all([encrypted.close(), plain.close(), store.close()]);
});

beforeEach(() => {
  store.reset();
  onRecordedCalls.length = 0;
  unnamedChanges.length = 0;
  clock = VECTOR_SECONDS * 1000;
});

const vectorPush = (): Push => ({ body: signedVector.request.raw_body, headers: lowerCase(signedVector.request.headers) });
const seal = (value: unknown, seconds = clock / 1000) => sealedPush(JSON.stringify(value), KEY, seconds);
const statusEvent = (header: Record<string, unknown> = {}, event: Record<string, unknown> = {}) =>
  envelope('corehr.process.status.update_v2', { process_id: 'p-1', status: 9, ...event }, header);

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('event stream protocol § Acknowledgements: url_verification', () => {
  it('echoes the challenge of a plain request', async () => {
    const { body } = fixture<{ request: { body: unknown } }>('url-verification-plain.json').request;
    expect(await send(plain.url, plainPush(body))).toEqual({ status: 200, body: { challenge: 'c9f2e1d0-challenge-demo' } });
  });

  it('echoes the challenge of an encrypted request, unencrypted', async () => {
    const push = { body: challengeVector.request.raw_body, headers: lowerCase(challengeVector.request.headers) };
    expect(await send(encrypted.url, push)).toEqual({ status: 200, body: { challenge: 'c9f2e1d0-challenge-demo' } });
  });

  it('refuses a challenge carrying another verification token, plain or encrypted', async () => {
    const forged = { challenge: 'x', token: 'not-the-token', type: 'url_verification' };
    expect((await send(plain.url, plainPush(forged))).status).toBe(401);
    const sealed = { body: JSON.stringify({ encrypt: encryptPayload(JSON.stringify(forged), KEY) }), headers: {} };
    expect((await send(encrypted.url, sealed)).status).toBe(401);
  });
});

describe('event stream protocol § Acknowledgements: webhook event pushes', () => {
  it('records the signed, encrypted example and normalises it', async () => {
    expect(await send(encrypted.url, vectorPush())).toEqual({ status: 200, body: {} });
    expect(store.recorded).toEqual([
      {
        eventId: 'f1d6c3a2b9e84a0c9d7e6f5a4b3c2d1e',
        type: 'PROCESS_STATUS_CHANGED',
        occurredAt: new Date(1_718_000_000_000),
        processId: '7380000000000000001',
        bizType: 'leave_application',
        status: 'COMPLETED',
        flowDefinitionId: 'people_7023711013443944467_7382148112896872236',
        kind: 'NORMAL',
        cursor: expect.any(String),
      },
    ]);
    expect(onRecordedCalls.map((e) => e.eventId)).toEqual(['f1d6c3a2b9e84a0c9d7e6f5a4b3c2d1e']);
  });

  it('normalises the six process events', async () => {
    for (const file of PROCESS_EVENT_FIXTURES) expect((await send(plain.url, plainPush(fixture(file)))).status).toBe(200);
    const base = { processId: '7380912345678901234', cursor: expect.any(String) };
    expect(store.recorded).toEqual([
      {
        ...base,
        eventId: '3f1c8a0e5b2d4c6e9a7b1d3f5e7c9a0b',
        type: 'PROCESS_STATUS_CHANGED',
        status: 'COMPLETED',
        kind: 'NORMAL',
        occurredAt: new Date(1_718_010_000_500),
        bizType: 'leave_application',
        flowDefinitionId: 'people_7023711013443944467_7382148112896872236',
      },
      {
        ...base,
        eventId: '8b0d2f4a6c8e0a2c4e6a8c0e2a4c6e8a',
        type: 'PROCESS_UPDATED',
        status: 'IN_PROGRESS',
        kind: 'NORMAL',
        occurredAt: new Date(1_718_003_600_200),
        bizType: 'leave_application',
        flowDefinitionId: 'people_7023711013443944467_7382148112896872236',
      },
      {
        ...base,
        eventId: 'c4e6a8c0e2a4c6e8a0b2d4f6a8c0e2a4',
        type: 'NODE_UPDATED',
        nodeType: 'APPROVAL',
        nodeStatus: 'APPROVED',
        occurredAt: new Date(1_718_003_599_800),
        bizType: 'leave_application',
        flowDefinitionId: 'people_7023711013443944467_7382148112896872236',
        nodeDefinitionId: 'approval_d25b5eddfef',
        processNodeId: '7380912399900000001',
      },
      {
        ...base,
        eventId: 'a0b2d4f6a8c0e2a4c6e8a0b2d4f6a8c0',
        type: 'APPROVER_TASK_UPDATED',
        approverId: '7380912399900000003',
        taskType: 'APPROVAL',
        taskStatus: 'PENDING',
        occurredAt: new Date(1_718_003_600_100),
        bizType: 'leave_application',
        flowDefinitionId: 'people_7023711013443944467_7382148112896872236',
        nodeDefinitionId: 'approval_9b3c2f1e7aa',
        nodeId: '7380912399900000004',
      },
      {
        ...base,
        eventId: 'e2a4c6e8a0b2d4f6a8c0e2a4c6e8a0b2',
        type: 'CC_UPDATED',
        approverId: '7380912399900000005',
        occurredAt: new Date(1_718_003_600_300),
        bizType: 'leave_application',
      },
      {
        ...base,
        eventId: 'f6a8c0e2a4c6e8a0b2d4f6a8c0e2a4c6',
        type: 'COMMENT_ADDED',
        commentId: '7380912400011122233',
        occurredAt: new Date(1_718_003_500_100),
      },
    ]);
  });

  it('acknowledges a duplicate event id with 200 and records it once', async () => {
    const push = seal(statusEvent({ event_id: 'dup-1' }));
    const again = seal(statusEvent({ event_id: 'dup-1' }));
    expect((await send(encrypted.url, push)).status).toBe(200);
    expect((await send(encrypted.url, again)).status).toBe(200);
    expect(store.recorded.map((e) => e.eventId)).toEqual(['dup-1']);
    expect(onRecordedCalls).toHaveLength(1);
  });

  it('answers 503 when the event cannot be recorded, and records it on the retry', async () => {
    store.failures = 1;
    const push = vectorPush();
    expect((await send(encrypted.url, push)).status).toBe(503);
    expect(store.recorded).toEqual([]);
    expect((await send(encrypted.url, push)).status).toBe(200);
    expect(store.recorded).toHaveLength(1);
  });

  it('answers 503 when the store is too slow for Feishu, and the late record still counts once', async () => {
    store.stallMs = 1_000;
    expect((await send(encrypted.url, vectorPush())).status).toBe(503);
    await expect.poll(() => store.recorded.length).toBe(1);
    expect((await send(encrypted.url, vectorPush())).status).toBe(200);
    expect(store.recorded).toHaveLength(1);
    expect(onRecordedCalls).toHaveLength(1);
  });

  it('records an event whose create_time is no plausible Unix ms time with a valid time instead', async () => {
    for (const createTime of ['1603977298000000', '99999999999999999999', 'soon']) {
      expect((await send(plain.url, plainPush(statusEvent({ create_time: createTime })))).status).toBe(200);
    }
    expect(store.recorded).toHaveLength(3);
    for (const event of store.recorded) expect(event.occurredAt.getUTCFullYear()).toBeLessThan(3000);
  });

  it('acknowledges an event whose onRecorded hook throws', async () => {
    expect(await send(plain.url, plainPush(statusEvent({}, { process_id: 'explodes' })))).toEqual({ status: 200, body: {} });
    expect(onRecordedCalls.map((e) => e.processId)).toEqual(['explodes']);
  });

  it('acknowledges and ignores event types other than the six process events', async () => {
    const other = envelope('contact.user.created_v3', { object: {} });
    expect((await send(plain.url, plainPush(other))).status).toBe(200);
    expect(store.recorded).toEqual([]);
  });

  it('acknowledges a process event with a status code Feishu has not documented: not recorded, but its process changed', async () => {
    const push = statusEvent({}, { status: 77 });
    expect((await send(plain.url, plainPush(push))).status).toBe(200);
    expect(store.recorded).toEqual([]);
    expect(unnamedChanges).toEqual([(push.event as { process_id: string }).process_id]);
  });

  it('accepts integer codes sent as numeric strings and create_time as a number', async () => {
    const push = plainPush(statusEvent({ create_time: 1_718_000_000_123 }, { status: '2', properties: '3' }));
    expect((await send(plain.url, push)).status).toBe(200);
    expect(store.recorded[0]).toMatchObject({ status: 'REJECTED', kind: 'CORRECTION', occurredAt: new Date(1_718_000_000_123) });
  });
});

describe('event stream protocol § Acknowledgements: webhook refusals (never recorded)', () => {
  const cases: [string, () => Promise<{ status: number }>, number][] = [
    [
      'a bad signature',
      async () => {
        const push = vectorPush();
        const signature = push.headers['x-lark-signature'] as string;
        push.headers['x-lark-signature'] = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
        return send(encrypted.url, push);
      },
      401,
    ],
    [
      'a signature over other bytes (body re-serialised with a space)',
      async () => {
        const push = vectorPush();
        return send(encrypted.url, { ...push, body: push.body.replace('{"encrypt":', '{"encrypt": ') });
      },
      401,
    ],
    [
      'incomplete signature headers',
      async () => {
        const push = vectorPush();
        delete push.headers['x-lark-request-nonce'];
        return send(encrypted.url, push);
      },
      401,
    ],
    ['a wrong verification token inside a signed push', () => send(encrypted.url, seal(statusEvent({ token: 'stolen?' }))), 401],
    ['a wrong verification token in a plain push', () => send(plain.url, plainPush(statusEvent({ token: 'nope' }))), 401],
    ['a missing verification token', () => send(plain.url, plainPush(statusEvent({ token: undefined }))), 401],
    ['a replay: timestamp 6 minutes old', () => send(encrypted.url, seal(statusEvent(), clock / 1000 - 360)), 401],
    ['a replay: timestamp 6 minutes ahead', () => send(encrypted.url, seal(statusEvent(), clock / 1000 + 360)), 401],
    [
      'a replayed plain push (stale timestamp header)',
      () => send(plain.url, { ...plainPush(statusEvent()), headers: { 'x-lark-request-timestamp': String(clock / 1000 - 360) } }),
      401,
    ],
    ['a plain event where pushes must be encrypted', () => send(encrypted.url, plainPush(statusEvent())), 401],
    ['a JSON object that is no Feishu push, where pushes must be encrypted', () => send(encrypted.url, plainPush({ hello: 'world' })), 400],
    [
      'a v1 event where pushes must be encrypted',
      () => send(encrypted.url, plainPush({ uuid: 'u', token: TOKEN, ts: '1', type: 'event_callback', event: { type: 'x' } })),
      400,
    ],
    ['malformed JSON', () => send(plain.url, plainPush('{"schema": "2.0", "header": {')), 400],
    ['a JSON array', () => send(plain.url, plainPush('[1,2]')), 400],
    [
      'a v1 event (no schema 2.0)',
      () => send(plain.url, plainPush({ uuid: 'u', token: TOKEN, ts: '1', type: 'event_callback', event: { type: 'x' } })),
      400,
    ],
    ['schema 2.0 without a header', () => send(plain.url, plainPush({ schema: '2.0', event: {} })), 400],
    ['a header with a numeric event_id', () => send(plain.url, plainPush(statusEvent({ event_id: 12 }))), 400],
    ['a payload without its process id', () => send(plain.url, plainPush(statusEvent({}, { process_id: undefined }))), 400],
    ['a payload with an object for a status', () => send(plain.url, plainPush(statusEvent({}, { status: { a: 1 } }))), 400],
    [
      'an undecryptable signed push',
      async () => {
        const body = JSON.stringify({ encrypt: Buffer.alloc(48, 7).toString('base64') });
        const timestamp = String(clock / 1000);
        const headers = {
          'x-lark-request-timestamp': timestamp,
          'x-lark-request-nonce': 'n',
          'x-lark-signature': signBody(timestamp, 'n', KEY, body),
        };
        return send(encrypted.url, { body, headers });
      },
      400,
    ],
    ['an unsigned encrypted event', () => send(encrypted.url, { body: seal(statusEvent()).body, headers: {} }), 400],
    ['an encrypted push where no Encrypt Key is configured', () => send(plain.url, vectorPush()), 400],
    ['a body over the size limit', () => send(plain.url, plainPush(JSON.stringify({ ...statusEvent(), pad: 'x'.repeat(1_100_000) }))), 413],
    ['an empty body', () => send(plain.url, plainPush('')), 400],
  ];

  it.each(cases)('refuses %s', async (_name, request, status) => {
    expect((await request()).status).toBe(status);
    expect(store.recorded).toEqual([]);
  });

  it('accepts a timestamp 4 minutes away, in seconds or in milliseconds', async () => {
    expect((await send(encrypted.url, seal(statusEvent(), clock / 1000 - 240))).status).toBe(200);
    expect((await send(encrypted.url, seal(statusEvent(), clock + 240_000))).status).toBe(200);
    expect(store.recorded).toHaveLength(2);
  });

  it('refuses a streamed (chunked) body once it passes the size limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(plain.url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    await response.body?.cancel();
  });
});

describe('logging', () => {
  it('never writes the Encrypt Key, the Verification Token or a decrypted body', async () => {
    await send(encrypted.url, vectorPush());
    await send(encrypted.url, seal(statusEvent({ token: 'wrong' })));
    await send(plain.url, plainPush(statusEvent({}, { status: 77 })));
    const log = logLines.join('');
    expect(log).toContain('event recorded');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('"schema"');
    expect(log).not.toContain('encrypt"');
  });
});
