/**
 * The tenant_access_token: fetched on first use, shared by every call, refreshed shortly before it
 * expires, and fetched by one request however many calls need it at once.
 */
import { UpstreamError } from './errors.js';
import type { FeishuHttp } from './http.js';
import { untilAborted } from './signals.js';
import type { WireTokenRequest, WireTokenResponse } from './wire.js';

export const TOKEN_ENDPOINT = 'tenantAccessToken';
/** Below /open-apis, like every path the client sends (the simulator states Feishu's full path apart: sandbox/http/feishu-routes.ts). */
const TOKEN_PATH = '/auth/v3/tenant_access_token/internal';
/** Refresh this long before expiry, as Feishu's own SDKs do, so no call goes out with a dying token. */
const REFRESH_BEFORE_EXPIRY_MS = 3 * 60_000;
/** Until this close to expiry an old token still serves when its refresh fails. */
const STILL_USABLE_BEFORE_EXPIRY_MS = 30_000;

export interface TokenManagerOptions {
  http: FeishuHttp;
  appId: string;
  appSecret: string;
  now: () => number;
  /** How long one token request may take. */
  requestTimeoutMs: number;
}

interface CachedToken {
  token: string;
  refreshAt: number;
  usableUntil: number;
}

export class TokenManager {
  private cached?: CachedToken;
  private pending?: Promise<string>;

  constructor(private readonly options: TokenManagerOptions) {}

  /**
   * A valid token; waits for the shared request when none is cached or it is due for refresh, until
   * `signal` aborts. When a refresh fails while the old token is still good (Feishu keeps it valid
   * until it expires), the old one serves rather than failing every call.
   */
  async get(signal: AbortSignal): Promise<string> {
    const cached = this.cached;
    if (cached && this.options.now() < cached.refreshAt) return cached.token;
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    try {
      return await untilAborted(this.pending, signal);
    } catch (error) {
      if (cached && this.cached === cached && this.options.now() < cached.usableUntil && !signal.aborted) return cached.token;
      throw error;
    }
  }

  /** Forgets `token` after Feishu refused it; a token already replaced is left alone. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetch(): Promise<string> {
    const { http, appId, appSecret, now, requestTimeoutMs } = this.options;
    const body: WireTokenRequest = { app_id: appId, app_secret: appSecret };
    const issuedAt = now();
    const { body: answer, logId } = await http
      .call<WireTokenResponse>({
        endpoint: TOKEN_ENDPOINT,
        method: 'POST',
        path: TOKEN_PATH,
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
      .catch((error: unknown) => {
        // A refused app (wrong secret, unauthorised) is an authentication failure, not a Feishu hiccup.
        if (error instanceof UpstreamError && error.kind === 'FEISHU_ERROR' && !error.retryable) {
          const { endpoint, message, httpStatus, feishuCode, logId } = error;
          throw new UpstreamError({
            kind: 'AUTH_FAILED',
            endpoint,
            message,
            httpStatus,
            feishuCode,
            logId,
            retryable: false,
            cause: error,
          });
        }
        throw error;
      });
    const token = answer.tenant_access_token;
    const expire = answer.expire;
    if (!token || typeof expire !== 'number' || expire <= 0) {
      throw new UpstreamError({
        kind: 'BAD_RESPONSE',
        endpoint: TOKEN_ENDPOINT,
        message: `${TOKEN_ENDPOINT}: answer without a token or expiry`,
        logId,
        retryable: false,
      });
    }
    const lifetimeMs = expire * 1000;
    // A token that lives less than the refresh margin is used for half its life rather than never.
    const margin = Math.min(REFRESH_BEFORE_EXPIRY_MS, lifetimeMs / 2);
    this.cached = {
      token,
      refreshAt: issuedAt + lifetimeMs - margin,
      usableUntil: issuedAt + lifetimeMs - Math.min(STILL_USABLE_BEFORE_EXPIRY_MS, margin / 2),
    };
    return token;
  }
}
