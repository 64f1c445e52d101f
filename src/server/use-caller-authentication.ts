/**
 * Names the caller of every GraphQL request over HTTP (and so of every SSE stream) before yoga parses
 * anything: the caller goes into the server context, where the GraphQL context picks it up. A request
 * that names no acceptable caller ends here with HTTP 401 and `extensions.code: UNAUTHENTICATED`.
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
        endResponse(
          new fetchAPI.Response(unauthenticatedBody(error.message), {
            status: 401,
            headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
          }),
        );
      }
    },
  };
}
