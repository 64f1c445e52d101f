/**
 * One request's identity for everything that runs on its behalf: its id (the client's `x-request-id`
 * or a new one), stamped on every log line written for it, and the fields of its access line, which
 * later parts fill in (the GraphQL operation, the caller's name).
 * Carried by AsyncLocalStorage, so code deep below (upstream calls) finds it without being handed it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { withLogFields } from '../logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestScope {
  requestId: string;
  /** Fields of the request's access line beyond method, route, status and duration; anyone may add. */
  access: Record<string, unknown>;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** A client's id is kept when it is a plausible one (no spaces, no control characters, bounded); otherwise a new one is made. */
const ACCEPTABLE_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestIdFrom(header: string | readonly string[] | null | undefined): string {
  const given = Array.isArray(header) ? header[0] : (header as string | null | undefined);
  return given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

export function openRequestScope(requestId: string): RequestScope {
  return { requestId, access: {} };
}

/** Runs the request's handling: every line logged meanwhile (by any logger made by createLogger) carries `requestId`. */
export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, () => withLogFields({ requestId: scope.requestId }, run));
}

/** The scope of the request this code runs for, if any (background work has none). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}
