/**
 * Names the caller of every GraphQL request over HTTP (and so of every SSE stream) before yoga parses
 * anything: the caller goes into the server context, where the GraphQL context picks it up. A request
 * that names no acceptable caller ends here with HTTP 401 and `extensions.code: UNAUTHENTICATED` (503 when
 * its credentials could not be checked, e.g. the JWKS unreachable).
 */
import type { Plugin } from 'graphql-yoga';
import { AuthenticationError } from '../auth/authentication-error.js';
import type { Authenticator, Credentials } from '../auth/authenticator.js';
import type { Caller } from '../auth/caller.js';
import type { Logger } from '../logger.js';

export interface CallerAuthenticationOptions {
  authenticator: Authenticator;
  /** The GraphQL path; other routes (probes, metrics) are not GraphQL and need no caller. */
  endpoint: string;
  logger: Logger;
}

/** Where the resolved caller travels from the HTTP layer (or the WebSocket's connection) to the GraphQL context. */
/** When a refused caller may try again after a check that could not be made (jose's JWKS cooldown is shorter). */
const UNAVAILABLE_RETRY_AFTER_S = 5;

export interface CallerCarrier {
  caller?: Caller;
}

export function credentialsOf(headers: Headers): Credentials {
  return { authorization: headers.get('authorization'), apiKey: headers.get('x-api-key') };
}

export function unauthenticatedBody(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/** Why a caller was refused, for the log: the reason only, never the credential. */
export function logRefusal(logger: Logger, error: AuthenticationError, transport: string): void {
  if (error.unavailable)
    logger.warn({ transport, reason: error.message, cause: String(error.cause) }, 'caller refused: its credentials could not be checked');
  else logger.debug({ transport, reason: error.message }, 'caller refused');
}

export function useCallerAuthentication(options: CallerAuthenticationOptions): Plugin {
  const { authenticator, endpoint, logger } = options;
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      try {
        (serverContext as CallerCarrier).caller = await authenticator.authenticate(credentialsOf(request.headers));
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        logRefusal(logger, error, 'http');
        // Refused either way; a check that could not be made (the JWKS unreachable) is the gateway's
        // failure, not the caller's: 503 with Retry-After, so clients retry and monitors see it.
        const headers: Record<string, string> = error.unavailable
          ? { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(UNAVAILABLE_RETRY_AFTER_S) }
          : { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' };
        endResponse(new fetchAPI.Response(unauthenticatedBody(error.message), { status: error.unavailable ? 503 : 401, headers }));
      }
    },
  };
}
