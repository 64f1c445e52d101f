/** Why an upstream call failed, as callers branch on it. */
export type UpstreamErrorKind = 'FEISHU_ERROR' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'TIMEOUT' | 'AUTH_FAILED' | 'BAD_RESPONSE';

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  endpoint: string;
  message: string;
  httpStatus?: number;
  feishuCode?: number;
  logId?: string;
  retryable: boolean;
  /** Seconds until a rate-limited call may be tried again. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * Any failed call to Feishu. Carries what an operator needs to chase it (endpoint, codes, log id) and
 * never a credential: messages are built from Feishu's `msg` and our own words only.
 */
export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly endpoint: string;
  readonly httpStatus?: number;
  readonly feishuCode?: number;
  readonly logId?: string;
  readonly retryable: boolean;
  readonly retryAfter?: number;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'UpstreamError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.httpStatus = init.httpStatus;
    this.feishuCode = init.feishuCode;
    this.logId = init.logId;
    this.retryable = init.retryable;
    this.retryAfter = init.retryAfter;
  }
}
