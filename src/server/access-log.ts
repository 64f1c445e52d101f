/**
 * One access line per request, written when its response ends: method, route, status and duration,
 * plus whatever the request's scope gathered on the way (GraphQL operation, outcome and error codes;
 * the caller, once authentication fills it in). Probes and scrapes go at debug, so they do not drown
 * the traffic that matters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { RequestScope } from './request-scope.js';

export interface AccessFacts {
  req: IncomingMessage;
  res: ServerResponse;
  route: string;
  durationMs: number;
}

export function logAccess(logger: Logger, scope: RequestScope, { req, res, route, durationMs }: AccessFacts, quiet: boolean): void {
  const line = {
    requestId: scope.requestId,
    method: req.method,
    route,
    status: res.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
    // A response that never finished was cut: the client left, or the gateway closed its connection.
    ...(res.writableFinished ? {} : { aborted: true }),
    ...scope.access,
  };
  if (quiet) logger.debug(line, 'request');
  else logger.info(line, 'request');
}
