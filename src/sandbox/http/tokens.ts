/**
 * tenant_access_token for the one simulated self-built app. Feishu's rules: a token lives 2 hours; asking
 * again returns the same token while it has >= 30 minutes left, a new one when less (the old stays
 * valid until it expires).
 */
import { randomBytes } from 'node:crypto';
import type { WireTokenResponse } from '../../upstream/wire.js';
import { CODES, messageOf } from '../errors.js';

const REUSE_THRESHOLD_MS = 30 * 60_000;

export interface TokenAnswer {
  status: number;
  body: WireTokenResponse;
}

export class TokenIssuer {
  private readonly expiries = new Map<string, number>();
  private current: string | undefined;

  constructor(
    private readonly appId: string,
    private readonly appSecret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {}

  issue(body: unknown): TokenAnswer {
    const request = (body ?? {}) as { app_id?: unknown; app_secret?: unknown };
    if (typeof request.app_id !== 'string' || typeof request.app_secret !== 'string') return refuse(CODES.tokenParamInvalid);
    if (request.app_id !== this.appId) return refuse(CODES.appUnauthorized);
    if (request.app_secret !== this.appSecret) return refuse(CODES.wrongSecret);
    const now = this.now();
    const currentExpiry = this.current === undefined ? undefined : this.expiries.get(this.current);
    if (this.current === undefined || currentExpiry === undefined || currentExpiry - now < REUSE_THRESHOLD_MS) {
      this.current = `t-${randomBytes(20).toString('hex')}`;
      this.expiries.set(this.current, now + this.ttlSeconds * 1000);
    }
    const remaining = Math.floor((this.expiries.get(this.current)! - now) / 1000);
    return { status: 200, body: { code: CODES.ok, msg: 'ok', tenant_access_token: this.current, expire: remaining } };
  }

  /** 0 when the Authorization header carries a live tenant token, else the Feishu code to answer. */
  check(authorization: string | undefined): number {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return CODES.noToken;
    const token = match[1]!;
    if (!token.startsWith('t-') && !token.startsWith('u-')) return CODES.badTokenFormat;
    const expiry = this.expiries.get(token);
    return expiry !== undefined && expiry > this.now() ? CODES.ok : CODES.badToken;
  }

  /** Every token issued so far stops working; the next token request gets a new one. */
  expireAll(): void {
    for (const token of this.expiries.keys()) this.expiries.set(token, 0);
    this.current = undefined;
  }
}

function refuse(code: number): TokenAnswer {
  return { status: 400, body: { code, msg: messageOf(code) } };
}
