/**
 * The upstream client's observer as the gateway wires it: each request to Feishu becomes a histogram
 * sample (endpoint, outcome), a child span of the GraphQL operation it serves (trace context sent to
 * Feishu in `traceparent`), and, when it failed, a log line at info or warn with Feishu's log id; the request id goes
 * to Feishu too. Budget waits and refusals become metrics and, for refusals, an info line.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Logger } from '../logger.js';
import type { RefusalReason } from '../upstream/fair-shares.js';
import type { UpstreamObserver } from '../upstream/observer.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import { currentRequest, REQUEST_ID_HEADER } from './request-scope.js';
import { TRACER_NAME } from './use-operation-telemetry.js';

const REFUSALS: Readonly<Record<RefusalReason, string>> = {
  exhausted: 'no call budget before its deadline',
  caller_share: "its caller's share of the call budget is used up",
  background_share: 'background work used up its share of the call budget',
  unavailable: 'the shared call budget could not be checked',
};

export function upstreamTelemetry(metrics: GatewayMetrics, logger: Logger): UpstreamObserver {
  const tracer = trace.getTracer(TRACER_NAME);
  return {
    callStarted({ endpoint, method, path }) {
      const span = tracer.startSpan(`feishu ${endpoint}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'feishu.endpoint': endpoint, 'http.request.method': method, 'url.path': path },
      });
      const headers: Record<string, string> = {};
      propagation.inject(trace.setSpan(context.active(), span), headers);
      const requestId = currentRequest()?.requestId;
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      return {
        headers,
        end({ outcome, durationMs, httpStatus, feishuCode, logId, error }) {
          metrics.upstreamDuration.observe({ endpoint, outcome }, durationMs / 1000);
          span.setAttributes({
            'feishu.outcome': outcome,
            ...(httpStatus === undefined ? {} : { 'http.response.status_code': httpStatus }),
            ...(feishuCode === undefined ? {} : { 'feishu.code': feishuCode }),
            ...(logId === undefined ? {} : { 'feishu.log_id': logId }),
          });
          if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
          span.end();
          if (!error) return;
          const line = { endpoint, method, path, outcome, httpStatus, feishuCode, logId, durationMs: Math.round(durationMs) };
          // (Every call is also logged at debug by the client itself.) Throttling is Feishu doing its job; anything else is worth an operator's look, with the log id Feishu asks for.
          if (outcome === 'rate_limited') logger.info({ ...line, retryAfter: error.retryAfter }, 'feishu call throttled');
          else logger.warn({ ...line, error: error.message }, 'feishu call failed');
        },
      };
    },
    budgetWaited(endpoint, waitMs, callClass) {
      metrics.budgetWait.observe({ endpoint, class: callClass }, waitMs / 1000);
    },
    budgetRefused(endpoint, reason, callClass) {
      metrics.budgetRefusals.inc({ endpoint, class: callClass, reason });
      logger.info({ endpoint, reason, class: callClass }, `call refused before reaching Feishu: ${REFUSALS[reason]}`);
    },
    breakerChanged(endpoint, state) {
      metrics.setBreakerState(endpoint, state);
    },
    breakerRefused(endpoint) {
      metrics.breakerRefusals.inc({ endpoint });
    },
  };
}
