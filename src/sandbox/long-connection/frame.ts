/**
 * The long connection's binary frames: protobuf (proto2) message `pbbp2.Frame`, as Feishu's SDKs
 * define it (long-connection.md §2):
 *
 *   message Header { required string key = 1; required string value = 2; }
 *   message Frame {
 *     required uint64 SeqID = 1;   required uint64 LogID = 2;
 *     required int32  service = 3; required int32  method = 4;   // method: 0 control, 1 data
 *     repeated Header headers = 5;
 *     optional string payload_encoding = 6; optional string payload_type = 7;
 *     optional bytes  payload = 8;          optional string LogIDNew = 9;
 *   }
 *
 * Hand-written rather than built on protobufjs: the message has four kinds of field, and protobufjs
 * keeps its 64-bit handling in process-wide state (`util.Long`) that the official SDK switches off
 * when it loads, so a protobufjs codec would decode SeqID/LogID differently depending on whether the
 * SDK shares the process. Here 64-bit fields are bigints, always; the official WSClient reading and
 * echoing these frames is the check that the encoding is Feishu's.
 */

export const FRAME_METHOD = { control: 0, data: 1 } as const;

export interface FrameHeader {
  key: string;
  value: string;
}

export interface Frame {
  seqId: bigint;
  logId: bigint;
  service: number;
  method: number;
  headers: FrameHeader[];
  payloadEncoding?: string;
  payloadType?: string;
  payload?: Uint8Array;
  logIdNew?: string;
}

const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;
const UINT64_MAX = (1n << 64n) - 1n;

class Writer {
  private readonly bytes: number[] = [];

  varint(value: bigint): this {
    let rest = BigInt.asUintN(64, value);
    while (rest >= 0x80n) {
      this.bytes.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.bytes.push(Number(rest));
    return this;
  }

  tag(field: number, wireType: number): this {
    return this.varint(BigInt((field << 3) | wireType));
  }

  /** Length-delimited: strings, bytes and embedded messages. */
  lengthDelimited(field: number, data: Uint8Array): this {
    this.tag(field, BYTES).varint(BigInt(data.length));
    for (const byte of data) this.bytes.push(byte);
    return this;
  }

  string(field: number, value: string | undefined): this {
    return value === undefined ? this : this.lengthDelimited(field, Buffer.from(value, 'utf8'));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

class Reader {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  varint(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new Error('frame ends inside a varint');
      value |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asUintN(64, value);
    }
    throw new Error('varint longer than 10 bytes');
  }

  bytesField(): Uint8Array {
    const length = Number(this.varint());
    if (this.pos + length > this.bytes.length) throw new Error('length-delimited field runs past the frame');
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.varint();
    else if (wireType === BYTES) this.bytesField();
    else if (wireType === FIXED64 || wireType === FIXED32) this.pos += wireType === FIXED64 ? 8 : 4;
    else throw new Error(`unsupported wire type ${wireType}`);
    if (this.pos > this.bytes.length) throw new Error('field runs past the frame');
  }
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
/** int32 on the wire is a sign-extended 64-bit varint. */
const int32 = (value: bigint) => Number(BigInt.asIntN(32, value));

export function encodeFrame(frame: Frame): Uint8Array {
  if (frame.seqId < 0n || frame.seqId > UINT64_MAX || frame.logId < 0n || frame.logId > UINT64_MAX)
    throw new RangeError('SeqID and LogID are uint64');
  const writer = new Writer()
    .tag(1, VARINT)
    .varint(frame.seqId)
    .tag(2, VARINT)
    .varint(frame.logId)
    .tag(3, VARINT)
    .varint(BigInt(frame.service | 0))
    .tag(4, VARINT)
    .varint(BigInt(frame.method | 0));
  for (const header of frame.headers) {
    writer.lengthDelimited(5, new Writer().string(1, header.key).string(2, header.value).finish());
  }
  writer.string(6, frame.payloadEncoding).string(7, frame.payloadType);
  if (frame.payload !== undefined) writer.lengthDelimited(8, frame.payload);
  return writer.string(9, frame.logIdNew).finish();
}

function decodeHeader(bytes: Uint8Array): FrameHeader {
  const reader = new Reader(bytes);
  let key: string | undefined;
  let value: string | undefined;
  while (!reader.done) {
    const tag = Number(reader.varint());
    const [field, wireType] = [tag >>> 3, tag & 7];
    if (field === 1 && wireType === BYTES) key = text(reader.bytesField());
    else if (field === 2 && wireType === BYTES) value = text(reader.bytesField());
    else reader.skip(wireType);
  }
  if (key === undefined || value === undefined) throw new Error('frame header lacks its key or value');
  return { key, value };
}

/** Throws on bytes that are not a well-formed Frame with its required fields. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const reader = new Reader(bytes);
  const frame: Partial<Frame> & { headers: FrameHeader[] } = { headers: [] };
  while (!reader.done) {
    const tag = Number(reader.varint());
    const [field, wireType] = [tag >>> 3, tag & 7];
    const expected = field >= 1 && field <= 4 ? VARINT : field >= 5 && field <= 9 ? BYTES : undefined;
    if (expected === undefined || wireType !== expected) {
      reader.skip(wireType);
      continue;
    }
    if (field === 1) frame.seqId = reader.varint();
    else if (field === 2) frame.logId = reader.varint();
    else if (field === 3) frame.service = int32(reader.varint());
    else if (field === 4) frame.method = int32(reader.varint());
    else if (field === 5) frame.headers.push(decodeHeader(reader.bytesField()));
    else if (field === 6) frame.payloadEncoding = text(reader.bytesField());
    else if (field === 7) frame.payloadType = text(reader.bytesField());
    else if (field === 8) frame.payload = reader.bytesField();
    else frame.logIdNew = text(reader.bytesField());
  }
  const { seqId, logId, service, method } = frame;
  if (seqId === undefined || logId === undefined || service === undefined || method === undefined) {
    throw new Error('frame lacks SeqID, LogID, service or method');
  }
  return { ...frame, seqId, logId, service, method };
}

export function headerOf(frame: Frame, key: string): string | undefined {
  return frame.headers.find((header) => header.key === key)?.value;
}
