/**
 * The wire: one keep-alive undici pool to Feishu's origin, and `call()`, which sends one request,
 * hands the answer to `decodeResponse`, logs it, and turns transport failures into `UpstreamError`.
 */
import { Pool } from 'undici';
import type { Logger } from '../logger.js';
import { decodeResponse, scrub, type Decoded } from './response-envelope.js';
import { UpstreamError } from './errors.js';
import { outcomeOf, type UpstreamObserver } from './observer.js';

export interface Timeouts {
  /** TCP (and TLS) connect. @default 3000 */
  connectMs: number;
  /** From sending to the end of the response headers. @default 10000 */
  headersMs: number;
  /** Between two chunks of the response body. @default 10000 */
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 3_000, headersMs: 10_000, bodyMs: 10_000 };

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface HttpRequest {
  /** Name for errors and logs: an `Endpoint`, or the token request. */
  endpoint: string;
  method: 'GET' | 'PUT' | 'POST';
  /** Path below `/open-apis`, segments already encoded. */
  path: string;
  /** Arrays become repeated keys (`statuses=1&statuses=9`); undefined values are left out. */
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  token?: string;
  nestedCode?: boolean;
  signal: AbortSignal;
}

export interface FeishuHttpOptions {
  /** Feishu's root without `/open-apis`, e.g. `https://open.feishu.cn`. */
  baseUrl: string;
  timeouts: Timeouts;
  logger: Logger;
  /** Never to appear in an error: the app secret (the request's token is added per call). */
  secrets: readonly string[];
  /** Told about every request (metrics, tracing, logs); may add headers to it. */
  observer?: UpstreamObserver;
  /** Names the gateway to Feishu. @default 'feishu-process-gateway' */
  userAgent?: string;
}

/** Socket errors raised before a request could leave this process: the request never reached Feishu. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** Keep idle sockets for a while: Feishu calls come in bursts, and TLS handshakes are the slow part. */
const KEEP_ALIVE_MS = 30_000;
const DEFAULT_USER_AGENT = 'feishu-process-gateway';
/** How long close() lets calls in flight finish. */
const CLOSE_GRACE_MS = 3_000;

export function buildQuery(query: Readonly<Record<string, QueryValue>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause === undefined || cause === error ? undefined : errorCode(cause);
}

export class FeishuHttp {
  private readonly pool: Pool;
  private readonly prefix: string;

  constructor(private readonly options: FeishuHttpOptions) {
    const url = new URL(options.baseUrl);
    this.prefix = `${url.pathname.replace(/\/+$/, '')}/open-apis`;
    this.pool = new Pool(url.origin, {
      connect: { timeout: options.timeouts.connectMs },
      headersTimeout: options.timeouts.headersMs,
      bodyTimeout: options.timeouts.bodyMs,
      keepAliveTimeout: KEEP_ALIVE_MS,
    });
  }

  async call<B>(request: HttpRequest): Promise<Decoded<B>> {
    const started = performance.now();
    // PUTs change Feishu's state; GETs and the token request may be repeated freely.
    const idempotent = request.method !== 'PUT';
    const secrets = request.token ? [...this.options.secrets, request.token] : this.options.secrets;
    const watch = this.options.observer?.callStarted?.({ endpoint: request.endpoint, method: request.method, path: request.path });
    const headers: Record<string, string> = { ...watch?.headers, 'user-agent': this.options.userAgent ?? DEFAULT_USER_AGENT };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    if (request.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    let status: number | undefined;
    let outcome: { code?: number; logId?: string; error?: UpstreamError } = {};
    try {
      const response = await this.pool.request({
        path: `${this.prefix}${request.path}${buildQuery(request.query)}`,
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
      });
      status = response.statusCode;
      const text = await response.body.text();
      const decoded = decodeResponse<B>(
        { status, headers: response.headers, text },
        {
          endpoint: request.endpoint,
          idempotent,
          nestedCode: request.nestedCode,
          secrets,
        },
      );
      outcome = { code: 0, logId: decoded.logId };
      return decoded;
    } catch (error) {
      const failure = error instanceof UpstreamError ? error : this.transportError(request, error, idempotent, secrets);
      outcome = { code: failure.feishuCode, logId: failure.logId, error: failure };
      throw failure;
    } finally {
      this.options.logger.debug(
        {
          endpoint: request.endpoint,
          method: request.method,
          path: request.path,
          status,
          code: outcome.code,
          logId: outcome.logId,
          error: outcome.error?.kind,
          durationMs: Math.round(performance.now() - started),
        },
        'feishu call',
      );
      watch?.end({
        outcome: outcomeOf(outcome.error),
        durationMs: performance.now() - started,
        httpStatus: status,
        feishuCode: outcome.code,
        logId: outcome.logId,
        error: outcome.error,
      });
    }
  }

  /**
   * Lets calls in flight finish for up to `graceMs`, then cuts them: a Feishu that stopped answering
   * must not hold the process past its shutdown.
   */
  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const cut = new Promise<'cut'>((resolve) => {
      timer = setTimeout(() => resolve('cut'), graceMs);
    });
    const closed = await Promise.race([this.pool.close().then(() => 'closed' as const), cut]);
    clearTimeout(timer);
    if (closed === 'cut') await this.pool.destroy();
  }

  private transportError(request: HttpRequest, error: unknown, idempotent: boolean, secrets: readonly string[]): UpstreamError {
    const code = errorCode(error);
    const aborted = request.signal.aborted;
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const reason = aborted ? 'deadline passed' : error instanceof Error ? error.message : String(error);
    return new UpstreamError({
      kind: aborted || (code !== undefined && TIMEOUT_CODES.has(code)) ? 'TIMEOUT' : 'UNAVAILABLE',
      endpoint: request.endpoint,
      message: scrub(`${request.endpoint}: ${reason}`, secrets),
      // A request that may have reached Feishu is only repeated when repeating it is harmless.
      retryable: notSent || (idempotent && !aborted),
      cause: error,
    });
  }
}
