/**
 * One access line per request, written when its response ends: method, route, status and duration,
 * plus whatever the request's scope gathered on the way (GraphQL operation, outcome and error codes;
 * the caller's name). Probes and scrapes go at debug, so they do not drown
 * the traffic that matters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import { openRequestScope, REQUEST_ID_HEADER, requestIdFrom, type RequestScope } from './request-scope.js';

export interface AccessFacts {
  req: IncomingMessage;
  res: ServerResponse;
  route: string;
  durationMs: number;
}

function logAccess(logger: Logger, scope: RequestScope, { req, res, route, durationMs }: AccessFacts, quiet: boolean): void {
  // Not even built when its level is off (tests and benchmarks log nothing; production drops the quiet ones).
  if (!logger.isLevelEnabled(quiet ? 'debug' : 'info')) return;
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

/**
 * Opens a request's scope (its id, returned in `x-request-id`) and, when its response ends, counts
 * it, times it and writes its access line. The caller runs the handling inside the scope.
 */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  deps: { logger: Logger; metrics: GatewayMetrics; quiet: boolean },
): RequestScope {
  const started = performance.now();
  const scope = openRequestScope(requestIdFrom(req.headers[REQUEST_ID_HEADER]));
  res.setHeader(REQUEST_ID_HEADER, scope.requestId);
  res.once('finish', () => deps.metrics.httpRequests.inc({ route, status: String(res.statusCode) }));
  res.once('close', () => {
    const durationMs = performance.now() - started;
    deps.metrics.httpDuration.observe({ route, method: req.method ?? 'GET', status: String(res.statusCode) }, durationMs / 1000);
    logAccess(deps.logger, scope, { req, res, route, durationMs }, deps.quiet);
  });
  return scope;
}
