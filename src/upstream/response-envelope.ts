/**
 * The one place where a Feishu answer becomes either a body whose `code` is 0 or a typed
 * `UpstreamError`. Everything else trusts what comes out of here.
 */
import { FEISHU_CODES } from './codes.js';
import { UpstreamError, type UpstreamErrorKind } from './errors.js';
import { LOGID_HEADER, RATE_LIMIT_HEADERS } from './wire.js';

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

export interface DecodeContext {
  endpoint: string;
  /** Whether sending the same request again is harmless (reads, the token request). */
  idempotent: boolean;
  /** Approve/reject put a second code inside `data`; it must be 0 as well. */
  nestedCode?: boolean;
  /** Values that must never reach an error message (app secret, access token). */
  secrets: readonly string[];
}

/** A decoded success: the whole body (the token endpoint has no `data` wrapper) and its log id. */
export interface Decoded<B> {
  body: B;
  logId?: string;
}

interface ResponseEnvelope {
  code: number;
  msg?: unknown;
  data?: unknown;
  error?: { logid?: unknown };
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Replaces every secret in `text`: Feishu messages may echo what they were sent. */
export function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
}

function parseEnvelope(text: string): ResponseEnvelope | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && typeof (parsed as ResponseEnvelope).code === 'number') return parsed as ResponseEnvelope;
  } catch {
    // Not JSON: reported below as a bad or unavailable response.
  }
  return undefined;
}

function nestedFailure(envelope: ResponseEnvelope): { code: number; msg: unknown } | undefined {
  const data = envelope.data as { code?: unknown; msg?: unknown } | undefined;
  if (data && typeof data.code === 'number' && data.code !== 0) return { code: data.code, msg: data.msg };
  return undefined;
}

function retryAfterSeconds(headers: ResponseHeaders): number {
  const reset = Number(header(headers, RATE_LIMIT_HEADERS.reset));
  return Number.isFinite(reset) && reset >= 0 ? Math.ceil(reset) : 1;
}

export function decodeResponse<B>(raw: RawResponse, context: DecodeContext): Decoded<B> {
  const envelope = parseEnvelope(raw.text);
  const logId = header(raw.headers, LOGID_HEADER) || (typeof envelope?.error?.logid === 'string' ? envelope.error.logid : undefined);
  const fail = (kind: UpstreamErrorKind, retryable: boolean, code: number | undefined, msg: unknown, retryAfter?: number) =>
    new UpstreamError({
      kind,
      endpoint: context.endpoint,
      message: scrub(
        `${context.endpoint}: HTTP ${raw.status}${code === undefined ? '' : `, Feishu code ${code}`}${typeof msg === 'string' && msg ? `: ${msg}` : ''}`,
        context.secrets,
      ),
      httpStatus: raw.status,
      feishuCode: code,
      logId,
      retryable,
      retryAfter,
    });

  // Throttled requests are refused before Feishu acts on them, so even a PUT may be sent again.
  const rateLimited = () =>
    fail('RATE_LIMITED', true, envelope?.code ?? FEISHU_CODES.rateLimited, envelope?.msg, retryAfterSeconds(raw.headers));

  if (!envelope) {
    if (raw.status === 429) throw rateLimited();
    if (raw.status >= 500) throw fail('UNAVAILABLE', context.idempotent, undefined, 'no Feishu envelope in the answer');
    throw fail('BAD_RESPONSE', false, undefined, 'no Feishu envelope in the answer');
  }
  const { code, msg } = envelope;
  if (code === 0) {
    const nested = context.nestedCode ? nestedFailure(envelope) : undefined;
    if (nested) throw fail('FEISHU_ERROR', false, nested.code, nested.msg);
    return { body: envelope as B, logId };
  }
  if (raw.status === 429 || code === FEISHU_CODES.rateLimited) throw rateLimited();
  // A rejected token means Feishu did nothing, whatever the method; the caller refreshes and retries once.
  if (FEISHU_CODES.tokenInvalid.includes(code)) throw fail('AUTH_FAILED', false, code, msg);
  const transient = FEISHU_CODES.transient.includes(code) || raw.status >= 500;
  throw fail('FEISHU_ERROR', transient && context.idempotent, code, msg);
}
