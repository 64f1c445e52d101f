/**
 * Caller JWTs, verified with jose: an HS256 secret, or the keys of a JWKS endpoint (cached, fetched
 * again when a token names an unknown `kid`, at most once per cooldown). `exp` is required, `nbf`,
 * `iss` and `aud` are honoured with a few seconds of clock skew, and only the configured family of
 * algorithms is accepted, so `alg: none` and HS256-signed-with-the-public-key tokens are refused.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { JwtSettings } from '../config.js';
import { AuthenticationError } from './authentication-error.js';
import { isScope, scopeSet, type Caller, type Scope } from './caller.js';

export interface JwksOptions {
  /** Least time between two fetches prompted by unknown `kid`s. @default 30_000 */
  cooldownMs?: number;
  /** How long fetched keys are trusted before they are fetched again. @default 600_000 */
  cacheMaxAgeMs?: number;
  /** @default 5_000 */
  timeoutMs?: number;
}

export interface JwtVerifier {
  callerOf(token: string): Promise<Caller>;
}

export const CLOCK_SKEW_SECONDS = 5;
const SECRET_ALGORITHMS = ['HS256'];
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

/** A compact JWS: header.payload.signature (the signature may be empty, as in `alg: none`; refused later). */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

function scopesOf(payload: JWTPayload): Scope[] {
  const granted: unknown[] = [];
  if (typeof payload['scope'] === 'string') granted.push(...payload['scope'].split(' '));
  if (Array.isArray(payload['scp'])) granted.push(...payload['scp']);
  // A scope this gateway does not know grants nothing; it is not an error (tokens serve many audiences).
  return granted.filter(isScope);
}

function callerOfPayload(payload: JWTPayload, userClaim: string): Caller {
  const user = payload[userClaim];
  if (user !== undefined && (typeof user !== 'string' || user === ''))
    throw new AuthenticationError(`token claim ${userClaim} must be a non-empty string`);
  const name = payload.sub ?? user;
  if (!name) throw new AuthenticationError(`token names no caller: it needs "sub" or "${userClaim}"`);
  return {
    name,
    kind: 'jwt',
    scopes: scopeSet(scopesOf(payload)),
    ...(user && { user: { id: user, idType: 'OPEN_ID' } }),
    // `exp` is required, so it is there.
    expiresAt: new Date((payload.exp as number) * 1000),
  };
}

/** jose's verdicts in words a client can act on (never the token itself). */
function refusalOf(error: unknown): AuthenticationError {
  if (error instanceof errors.JWTExpired) return new AuthenticationError('token expired', { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthenticationError(
      error.claim === 'nbf' ? 'token not yet valid' : `token claim ${error.claim} is missing or not accepted`,
      { cause: error },
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new AuthenticationError('token algorithm not accepted', { cause: error });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new AuthenticationError('token signature invalid', { cause: error });
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new AuthenticationError('token signed with a key the gateway does not know', { cause: error });
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return new AuthenticationError('token malformed', { cause: error });
  if (error instanceof AuthenticationError) return error;
  // The keys could not be fetched (timeout, refused connection, a bad JWKS document): fail closed.
  return new AuthenticationError('token keys could not be fetched; try again later', { unavailable: true, cause: error });
}

export function createJwtVerifier(settings: JwtSettings, jwks: JwksOptions = {}): JwtVerifier {
  const key = settings.secret
    ? new TextEncoder().encode(settings.secret)
    : createRemoteJWKSet(new URL(settings.jwksUrl as string), {
        cooldownDuration: jwks.cooldownMs ?? 30_000,
        cacheMaxAge: jwks.cacheMaxAgeMs ?? 600_000,
        timeoutDuration: jwks.timeoutMs ?? 5_000,
      });
  const options = {
    algorithms: settings.secret ? SECRET_ALGORITHMS : JWKS_ALGORITHMS,
    requiredClaims: ['exp'],
    clockTolerance: CLOCK_SKEW_SECONDS,
    ...(settings.issuer !== undefined && { issuer: settings.issuer }),
    ...(settings.audience !== undefined && { audience: settings.audience }),
  };
  return {
    async callerOf(token) {
      try {
        // jose's two overloads (secret, key set) take the same options; the union needs one of them picked.
        const { payload } = key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
        return callerOfPayload(payload, settings.userClaim);
      } catch (error) {
        throw refusalOf(error);
      }
    },
  };
}
