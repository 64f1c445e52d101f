/**
 * Names the caller behind a set of credentials: an API key (`Authorization: Bearer <key>` or
 * `X-API-Key: <key>`) or a JWT (`Authorization: Bearer <jwt>`). Anything else is refused with an
 * AuthenticationError; nothing about GraphQL or HTTP lives here.
 */
import type { Config } from '../config.js';
import { createApiKeyRing } from './api-keys.js';
import { AuthenticationError } from './authentication-error.js';
import type { Caller } from './caller.js';
import { createJwtVerifier, looksLikeJwt, type JwksOptions } from './jwt.js';

/** What a request, stream or socket presented. */
export interface Credentials {
  /** The Authorization header (or the WebSocket connection_init payload's `authorization`). */
  authorization?: string | null;
  /** The X-API-Key header (or the payload's `x-api-key`). */
  apiKey?: string | null;
}

export interface Authenticator {
  /** The caller, or an AuthenticationError. */
  authenticate(credentials: Credentials): Promise<Caller>;
}

export type AuthenticatorOptions = Pick<Config['callers'], 'apiKeys' | 'jwt'> & {
  /** JWKS fetching (tests shorten the cooldown). */
  jwks?: JwksOptions;
};

export const MISSING_CREDENTIALS = 'credentials required: send Authorization: Bearer <API key or JWT>, or X-API-Key: <API key>';

function presented(credentials: Credentials): { token: string; fromApiKeyHeader: boolean } {
  const authorization = credentials.authorization?.trim() || undefined;
  const apiKey = credentials.apiKey?.trim() || undefined;
  if (authorization && apiKey) throw new AuthenticationError('send one credential: Authorization or X-API-Key, not both');
  if (apiKey) return { token: apiKey, fromApiKeyHeader: true };
  if (!authorization) throw new AuthenticationError(MISSING_CREDENTIALS);
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <API key or JWT>"');
  return { token: match[1] as string, fromApiKeyHeader: false };
}

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const keys = createApiKeyRing(options.apiKeys);
  const jwt = options.jwt && createJwtVerifier(options.jwt, options.jwks);
  return {
    async authenticate(credentials) {
      const { token, fromApiKeyHeader } = presented(credentials);
      const byKey = keys.callerOf(token);
      if (byKey) return byKey;
      if (fromApiKeyHeader || !looksLikeJwt(token)) throw new AuthenticationError('unknown API key');
      if (!jwt) throw new AuthenticationError('JWTs are not accepted here (no GATEWAY_JWT_SECRET or GATEWAY_JWKS_URL)');
      return jwt.callerOf(token);
    },
  };
}
