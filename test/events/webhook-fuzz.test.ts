/**
 * Thousands of random and mutated pushes: the ingress must answer every one with a deliberate status
 * (never a 500, never a dropped connection) and keep serving afterwards.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encryptPayload, signBody } from '../../src/events/crypto.js';
import { decodeEvent, encodeEvent } from '../../src/events/event-codec.js';
import { createEventIntake } from '../../src/events/event-intake.js';
import { createWebhookHandler } from '../../src/events/webhook-handler.js';
import { silentLogger } from '../../src/logger.js';
import { fixture, PROCESS_EVENT_FIXTURES } from '../helpers/feishu-fixtures.js';
import { sealedPush, type Push } from '../helpers/push.js';
import { RecordingStore } from './support/recording-store.js';
import { serveWebhook, type RunningServer } from './support/webhook-server.js';

const TOKEN = 'vT0kenDemoVerification01';
const KEY = 'fuzz-encrypt-key';
const NOW_SECONDS = 1_718_000_001;
const CASES = 3_000;
const CONCURRENCY = 16;

/** mulberry32: a seeded generator, so a failure replays exactly. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const rng = generator(20_240_611);
const KEYS = ['schema', 'header', 'event', 'encrypt', 'type', 'challenge', 'token', 'event_id', 'event_type', 'process_id', 'status', 'x'];
const STRINGS = [
  '',
  '2.0',
  '99999999999999999999',
  '1603977298000000',
  'url_verification',
  TOKEN,
  'corehr.process.status.update_v2',
  'corehr.process.approver.updated_v2',
  '\u0000',
  '𝔘\ud800',
  'a'.repeat(5_000),
];
const NUMBERS = [0, -1, 1, 9, 2.5, 1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 1_603_977_298_000_000];

function junk(depth: number): unknown {
  switch (rng.int(depth > 3 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return rng.next() < 0.5;
    case 2:
      return rng.pick(NUMBERS);
    case 3:
      return rng.pick(STRINGS);
    case 4:
      return String(rng.int(1e9));
    case 5:
      return Array.from({ length: rng.int(4) }, () => junk(depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: rng.int(5) }, () => [rng.pick(KEYS), junk(depth + 1)]));
  }
}

const VALID = PROCESS_EVENT_FIXTURES.map((file) => fixture(file));

/** A valid event with one to three fields deleted or replaced by junk. */
function mutatedEvent(): Record<string, unknown> {
  const event = structuredClone(rng.pick(VALID));
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) {
    const section = event[rng.pick(['header', 'event'])];
    const target = typeof section === 'object' && section !== null ? (section as Record<string, unknown>) : event;
    const field = rng.pick(Object.keys(target).length > 0 ? Object.keys(target) : KEYS);
    if (rng.next() < 0.3) delete target[field];
    else target[field] = junk(0);
  }
  return event;
}

function flipBits(text: string): string {
  const bytes = Buffer.from(text, 'base64');
  for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
    const at = rng.int(bytes.length);
    bytes[at] = (bytes[at] ?? 0) ^ (1 << rng.int(8));
  }
  return bytes.toString('base64');
}

function signed(body: string, timestamp = String(NOW_SECONDS)): Push {
  return {
    body,
    headers: {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': 'n',
      'x-lark-signature': signBody(timestamp, 'n', KEY, body),
    },
  };
}

/** One fuzz case: which server it targets and what it sends. */
function fuzzCase(): { encrypted: boolean; push: Push } {
  const plain = (body: string, headers: Record<string, string> = {}) => ({ encrypted: false, push: { body, headers } });
  switch (rng.int(10)) {
    case 0:
      return plain(JSON.stringify(junk(0)));
    case 1:
      return plain(JSON.stringify(mutatedEvent()));
    case 2: {
      const text = JSON.stringify(rng.pick(VALID));
      return plain(text.slice(0, rng.int(text.length)));
    }
    case 3:
      return plain(Buffer.from(Array.from({ length: rng.int(300) }, () => rng.int(256))).toString('latin1'));
    case 4: {
      const depth = 1 + rng.int(50_000);
      return plain(rng.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
    }
    case 5:
      return { encrypted: true, push: sealedPush(JSON.stringify(mutatedEvent()), KEY, NOW_SECONDS) };
    case 6: {
      const body = JSON.stringify({ encrypt: flipBits(encryptPayload(JSON.stringify(rng.pick(VALID)), KEY)) });
      return { encrypted: true, push: rng.next() < 0.5 ? signed(body) : { body, headers: {} } };
    }
    case 7:
      return { encrypted: true, push: signed(JSON.stringify({ encrypt: junk(0) })) };
    case 8: {
      const push = sealedPush(JSON.stringify(rng.pick(VALID)), KEY, NOW_SECONDS);
      const header = rng.pick(['x-lark-request-timestamp', 'x-lark-request-nonce', 'x-lark-signature']);
      push.headers[header] = rng.pick(['', 'abc', '1e30', '-5', '99999999999999999999', 'zz'.repeat(32), String(rng.int(1e12))]);
      return { encrypted: true, push };
    }
    default: {
      const text = sealedPush(JSON.stringify(rng.pick(VALID)), KEY, NOW_SECONDS).body;
      return { encrypted: true, push: signed(text.slice(0, rng.int(text.length))) };
    }
  }
}

let encrypted: RunningServer;
let plain: RunningServer;
const store = new RecordingStore();

beforeAll(async () => {
  const common = { intake: createEventIntake({ store }), verificationToken: TOKEN, logger: silentLogger, now: () => NOW_SECONDS * 1000 };
  encrypted = await serveWebhook(createWebhookHandler({ ...common, encryptKey: KEY }));
  plain = await serveWebhook(createWebhookHandler(common));
});

afterAll(async () => {
  await Promise.all([encrypted.close(), plain.close(), store.close()]);
});

it(`answers ${CASES} random and mutated pushes with a deliberate status and keeps serving`, { timeout: 30_000 }, async () => {
  const cases = Array.from({ length: CASES }, fuzzCase);
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const { encrypted: toEncrypted, push } = cases[next++] as (typeof cases)[number];
      const response = await fetch(toEncrypted ? encrypted.url : plain.url, { method: 'POST', headers: push.headers, body: push.body });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 401]));
  expect([...statuses.keys()].filter((status) => ![200, 400, 401, 413].includes(status))).toEqual([]);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
  for (const event of store.recorded) {
    expect(Number.isNaN(event.occurredAt.getTime())).toBe(false);
    expect({ ...decodeEvent(encodeEvent(event)), cursor: event.cursor }).toEqual(event);
  }
  const challenge = await fetch(plain.url, {
    method: 'POST',
    body: JSON.stringify({ challenge: 'still-alive', token: TOKEN, type: 'url_verification' }),
  });
  expect(await challenge.json()).toEqual({ challenge: 'still-alive' });
});
