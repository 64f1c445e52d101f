import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, type Frame } from '../../src/sandbox/long-connection/frame.js';

const event: Frame = {
  seqId: 7n,
  logId: 18_446_744_073_709_551_615n,
  service: 33_554_678,
  method: 1,
  headers: [
    { key: 'type', value: 'event' },
    { key: 'message_id', value: '消息-1' },
    { key: 'sum', value: '1' },
    { key: 'seq', value: '0' },
  ],
  payload: new TextEncoder().encode('{"schema":"2.0"}'),
  logIdNew: 'log-new',
};

describe('pbbp2 frames', () => {
  it('round-trips every field, with 64-bit ids exact and UTF-8 headers', () => {
    expect(decodeFrame(encodeFrame(event))).toEqual({ ...event, payload: event.payload });
  });

  it('writes the required fields even when they are zero, as proto2 requires', () => {
    const ping: Frame = { seqId: 0n, logId: 0n, service: 0, method: 0, headers: [{ key: 'type', value: 'ping' }] };
    const bytes = encodeFrame(ping);
    expect([...bytes.subarray(0, 8)]).toEqual([0x08, 0, 0x10, 0, 0x18, 0, 0x20, 0]);
    expect(decodeFrame(bytes)).toEqual(ping);
  });

  it('encodes a negative int32 sign-extended to ten bytes, and reads it back', () => {
    const bytes = encodeFrame({ seqId: 1n, logId: 1n, service: -1, method: 1, headers: [] });
    expect(bytes.length).toBe(2 + 2 + 11 + 2);
    expect(decodeFrame(bytes).service).toBe(-1);
  });

  it('skips fields it does not know', () => {
    const known = encodeFrame(event);
    const unknown = Uint8Array.from([0x58, 0x96, 0x01, 0x62, 0x02, 0x68, 0x69]); // field 11 varint, field 12 bytes
    expect(decodeFrame(Uint8Array.from([...unknown, ...known]))).toEqual(decodeFrame(known));
  });

  it.each([
    ['a frame without its required method', Uint8Array.from([0x08, 1, 0x10, 1, 0x18, 1])],
    ['a truncated varint', Uint8Array.from([0x08, 0x80])],
    ['a length that runs past the end', Uint8Array.from([0x08, 1, 0x10, 1, 0x18, 1, 0x20, 1, 0x42, 9, 1])],
    ['a header without its value', Uint8Array.from([0x08, 1, 0x10, 1, 0x18, 1, 0x20, 1, 0x2a, 3, 0x0a, 1, 0x61])],
  ])('refuses %s', (_name, bytes) => {
    expect(() => decodeFrame(bytes)).toThrow();
  });
});
