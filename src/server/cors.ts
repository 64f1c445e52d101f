/**
 * Which browser origins may call /graphql: those listed in GATEWAY_CORS_ORIGINS, and the gateway's own
 * (GraphiQL). Others get no CORS headers over HTTP, and their WebSocket upgrades are refused.
 */
import type { CORSOptions } from 'graphql-yoga';

/** Headers a listed origin's page may send. */
const ALLOWED_REQUEST_HEADERS = ['content-type', 'authorization', 'x-api-key', 'idempotency-key', 'accept', 'x-graphql-event-stream-token'];

/** Same origin: the page was served by this gateway, at the host the browser addressed. */
function sameOrigin(origin: string, host: string | null | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether a browser page of `origin` may talk to this gateway (reached as `host`). No Origin: not a browser page. */
export function originAllowed(origin: string | null | undefined, host: string | null | undefined, allowed: readonly string[]): boolean {
  if (origin === null || origin === undefined) return true;
  return allowed.includes(origin) || sameOrigin(origin, host);
}

/** yoga's `cors` option: CORS headers for listed origins only; no credentials (callers send keys or tokens, not cookies). */
export function corsFor(allowed: readonly string[]): (request: Request) => CORSOptions | false {
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.includes(origin)) return false;
    return {
      origin: [origin],
      // PUT and DELETE: graphql-sse's single-connection mode reserves and stops with them.
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ALLOWED_REQUEST_HEADERS,
      credentials: false,
      maxAge: 600,
    };
  };
}
