/**
 * OpenTelemetry tracing, started only when an OTLP endpoint is configured: the SDK is imported here,
 * dynamically, so a gateway without tracing never loads it (the rest of the code uses
 * @opentelemetry/api alone, which does nothing until a provider is registered). Registering sets the
 * W3C trace context propagator (`traceparent` in from clients, out to Feishu) and the
 * AsyncLocalStorage context manager (a GraphQL operation's span is the parent of its upstream calls).
 */
import type { Logger } from './logger.js';
import { GATEWAY_NAME, GATEWAY_VERSION } from './version.js';

export interface Tracing {
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

export async function startTracing(endpoint: string, logger: Logger): Promise<Tracing> {
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env['OTEL_SERVICE_NAME'] ?? GATEWAY_NAME,
      'service.version': GATEWAY_VERSION,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }))],
  });
  provider.register();
  logger.info({ endpoint: `${endpoint}/v1/traces` }, 'tracing: spans are exported over OTLP/HTTP');
  return { shutdown: () => provider.shutdown() };
}
