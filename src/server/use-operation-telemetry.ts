/**
 * Per GraphQL operation: a duration histogram by name, type and outcome, the fields of the request's
 * access line, and an OpenTelemetry span, continued from the client's `traceparent` and active while
 * the operation executes, so the upstream calls it makes become its children.
 *
 * Our own small plugin rather than @envelop/opentelemetry: that one needs a tracer provider from the
 * SDK at creation (we load no SDK unless tracing is on) and brings its own copy of the SDK, and its
 * spans per resolver would be noise; ours uses @opentelemetry/api alone, which is a no-op until
 * src/telemetry/tracing.ts registers a provider.
 */
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type TextMapGetter } from '@opentelemetry/api';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from './gateway-metrics.js';
import { currentRequest } from './request-scope.js';

export const TRACER_NAME = 'feishu-process-gateway';

const headersGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};

type Outcome = 'ok' | 'partial' | 'error';

function outcomeOf(result: unknown): Outcome {
  const { errors, data } = result as ExecutionResult;
  if (!errors?.length) return 'ok';
  return data ? 'partial' : 'error';
}

function describe(document: DocumentNode, operationName: string | null | undefined): { name: string; type: string } {
  const operation = getOperationAST(document, operationName);
  return { name: operation?.name?.value ?? 'anonymous', type: operation?.operation ?? 'unknown' };
}

function startSpan(
  request: Request | undefined,
  name: string,
  type: string,
  requestId: string | undefined,
): { span: Span; active: ReturnType<typeof context.active> } {
  const parent = request ? propagation.extract(ROOT_CONTEXT, request.headers, headersGetter) : context.active();
  const span = trace.getTracer(TRACER_NAME).startSpan(
    name === 'anonymous' ? type : `${type} ${name}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type, ...(requestId ? { 'request.id': requestId } : {}) },
    },
    parent,
  );
  return { span, active: trace.setSpan(parent, span) };
}

function endSpan(span: Span, result: unknown): void {
  const outcome = outcomeOf(result);
  if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: (result as ExecutionResult).errors?.[0]?.message });
  span.setAttribute('graphql.outcome', outcome);
  span.end();
}

/** What every operation starts with: its name and type in the access line, and its span. */
function begin(args: { document: DocumentNode; operationName?: string | null; contextValue: { request?: Request } }) {
  const { name, type } = describe(args.document, args.operationName);
  const scope = currentRequest();
  if (scope) Object.assign(scope.access, { operation: name, operationType: type });
  return { name, type, scope, ...startSpan(args.contextValue.request, name, type, scope?.requestId) };
}

export function useOperationTelemetry(metrics: GatewayMetrics): Plugin<{ request?: Request }> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const started = performance.now();
      const { name, type, scope, span, active } = begin(args);
      setExecuteFn((executionArgs) => context.with(active, () => executeFn(executionArgs)));
      return {
        onExecuteDone({ result }) {
          const outcome = outcomeOf(result);
          metrics.operationDuration.observe(
            { operation: metrics.operationLabel(name), type, outcome },
            (performance.now() - started) / 1000,
          );
          if (scope) scope.access['outcome'] = outcome;
          endSpan(span, result);
        },
      };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const { span, active } = begin(args);
      setSubscribeFn((subscribeArgs) => context.with(active, () => subscribeFn(subscribeArgs)));
      return {
        // The span covers setting the subscription up; its events are not one operation.
        onSubscribeResult({ result }) {
          endSpan(span, Symbol.asyncIterator in (result as object) ? {} : result);
        },
      };
    },
  };
}
