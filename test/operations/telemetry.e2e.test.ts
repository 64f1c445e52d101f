/**
 * What an operator sees of a running gateway (`npm start`'s process, sandbox mode, tracing on towards
 * a loopback OTLP/HTTP receiver): /metrics moving after a query, an upstream error and a webhook
 * event; a trace with the operation's span, its upstream child span, and the trace context reaching
 * Feishu (the simulator's request log); the client's request id in the response and in every log line
 * of its request; and not one line of plain text.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxRequest } from '../../src/sandbox/types.js';
import {
  cleanEnv,
  killStartedProcessesAfterAll,
  postGraphQL,
  startProcess,
  type LogLine,
  type RunningProcess,
} from '../helpers/gateway-process.js';

killStartedProcessesAfterAll();

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const REQUEST_ID = 'client-req-4711';

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((item) => item.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

/** Sample values of one series in Prometheus text (labels in any order), summed over the matching lines. */
function sampleSum(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

describe('a running gateway, as an operator watches it', () => {
  let receiver: Server;
  const spans: OtlpSpan[] = [];
  let gateway: RunningProcess;
  let base: string;
  let sandboxUrl: string;

  const sandbox = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${sandboxUrl}${path}`, init);
    expect(response.status, `${init?.method ?? 'GET'} ${path}`).toBe(200);
    return (await response.json()) as T;
  };
  const metrics = async () => (await fetch(`${base}/metrics`)).text();

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const exported = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const resource of exported.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    gateway = startProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: cleanEnv({
        PORT: '0',
        LOG_LEVEL: 'debug',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      }),
    });
    const ready = await gateway.waitForLog((line) => line.msg === 'gateway ready');
    base = String(ready['graphiql']).replace(/\/graphql$/, '');
    sandboxUrl = String((await gateway.waitForLog((line) => line.msg.startsWith('sandbox mode')))['sandboxUrl']);
  });

  afterAll(async () => {
    if (gateway && gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const processStatus = (processId: string, headers: Record<string, string> = {}) =>
    postGraphQL(
      `${base}/graphql`,
      {
        query: 'query ProcessStatus($id: ID!) { process(processId: $id) { processId status } }',
        variables: { id: processId },
        operationName: 'ProcessStatus',
      },
      headers,
    );

  it('moves /metrics after a query, an upstream error and a webhook event: histograms by operation and by endpoint and outcome, counters, runtime', async () => {
    const before = await metrics();
    const { processIds } = await sandbox<{ processIds: string[] }>('/_sandbox/processes');
    const [ok, failing, commented] = processIds as [string, string, string];

    expect((await processStatus(ok)).body.errors).toBeUndefined();
    await sandbox('/_sandbox/faults', { method: 'POST', body: JSON.stringify({ endpoint: 'getProcess', code: 1160101, times: 1 }) });
    const failed = await processStatus(failing);
    expect(failed.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', feishuCode: 1160101, logId: expect.any(String) });
    const { sampleUserIds } = await sandbox<{ sampleUserIds: string[] }>('/_sandbox/info');
    await sandbox(`/_sandbox/processes/${commented}/comments`, {
      method: 'POST',
      body: JSON.stringify({ commentor: sampleUserIds[0], message: 'looks good' }),
    });
    await sandbox('/_sandbox/flush-events', { method: 'POST' });

    const after = await metrics();
    const moved = (name: string, labels: Record<string, string> = {}) => sampleSum(after, name, labels) - sampleSum(before, name, labels);
    const operation = { operation: 'ProcessStatus', type: 'query' };
    expect(moved('feishu_gateway_graphql_operation_duration_seconds_count', { ...operation, outcome: 'ok' })).toBe(1);
    expect(moved('feishu_gateway_graphql_operation_duration_seconds_count', { ...operation, outcome: 'partial' })).toBe(1);
    expect(moved('feishu_gateway_graphql_operation_duration_seconds_bucket', { ...operation, outcome: 'ok', le: '+Inf' })).toBe(1);
    expect(moved('feishu_gateway_upstream_call_duration_seconds_count', { endpoint: 'getProcess', outcome: 'ok' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(moved('feishu_gateway_upstream_call_duration_seconds_count', { endpoint: 'getProcess', outcome: 'feishu_rejected' })).toBe(1);
    expect(
      moved('feishu_gateway_upstream_call_duration_seconds_bucket', { endpoint: 'getProcess', outcome: 'feishu_rejected', le: '+Inf' }),
    ).toBe(1);
    expect(moved('feishu_gateway_limiter_wait_seconds_count', { endpoint: 'getProcess' })).toBeGreaterThanOrEqual(2);
    expect(moved('feishu_gateway_webhook_events_total', { type: 'COMMENT_ADDED', outcome: 'recorded' })).toBe(1);
    expect(moved('feishu_gateway_upstream_calls_total', { endpoint: 'getProcess' })).toBeGreaterThanOrEqual(2);
    expect(moved('feishu_gateway_cache_misses_total', { kind: 'process' })).toBeGreaterThanOrEqual(2);
    expect(moved('feishu_gateway_http_requests_total', { route: '/graphql', status: '200' })).toBe(2);
    expect(moved('feishu_gateway_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status: '200' })).toBe(2);
    expect(moved('feishu_gateway_cache_invalidations_total')).toBeGreaterThanOrEqual(1);
    expect(sampleSum(after, 'feishu_gateway_subscriptions_active')).toBe(0);
    expect(sampleSum(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleSum(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(after).toMatch(/^# TYPE feishu_gateway_upstream_call_duration_seconds histogram$/m);
  });

  it('returns the client’s request id, puts it in GraphQL errors and on every log line of its request, and sends it, the trace context and a user agent to Feishu', async () => {
    const { processIds } = await sandbox<{ processIds: string[] }>('/_sandbox/processes');
    await sandbox('/_sandbox/faults', { method: 'POST', body: JSON.stringify({ endpoint: 'getProcess', code: 1160101, times: 1 }) });
    const answer = await processStatus(processIds[10]!, { 'x-request-id': REQUEST_ID, traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01` });
    expect(answer.headers.get('x-request-id')).toBe(REQUEST_ID);
    expect(answer.body.errors?.[0]?.extensions?.['requestId']).toBe(REQUEST_ID);

    const generated = await fetch(`${base}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await gateway.waitForLog((line) => line.msg === 'request' && line['requestId'] === REQUEST_ID);
    const ours = gateway.logLines().filter((line) => line['requestId'] === REQUEST_ID);
    const access = ours.filter((line) => line.msg === 'request');
    expect(access).toEqual([
      expect.objectContaining({
        method: 'POST',
        route: '/graphql',
        status: 200,
        operation: 'ProcessStatus',
        operationType: 'query',
        outcome: 'partial',
        errorCodes: ['UPSTREAM_ERROR'],
        durationMs: expect.any(Number),
      }),
    ]);
    const upstreamFailure = ours.find((line) => line.msg === 'feishu call failed');
    expect(upstreamFailure).toMatchObject({
      endpoint: 'getProcess',
      feishuCode: 1160101,
      logId: expect.any(String),
      outcome: 'feishu_rejected',
    });
    expect(upstreamFailure).not.toHaveProperty('err');
    // Lines of this request that lack its id: none (the other requests' lines carry theirs).
    const during = gateway
      .logLines()
      .filter((line: LogLine) => line['component'] === 'upstream' && line['path'] === `/corehr/v2/processes/${processIds[10]}`);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((line) => line['requestId'] === REQUEST_ID)).toBe(true);

    const requests = await sandbox<SandboxRequest[]>('/_sandbox/requests');
    const sent = requests.filter((request) => request.endpoint === 'getProcess' && request.path.endsWith(processIds[10]!));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers['x-request-id']).toBe(REQUEST_ID);
    expect(sent[0]?.headers['user-agent']).toMatch(/^feishu-process-gateway\/\d+\.\d+\.\d+ node\//);
    expect(sent[0]?.headers['traceparent']).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
    expect(sent[0]?.headers).not.toHaveProperty('authorization');
  });

  it('exports, once stopped, the operation span (child of the client’s) with an upstream child span whose context reached Feishu', async () => {
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });

    const operation = spans.find((span) => span.traceId === TRACE_ID && span.name === 'query ProcessStatus');
    expect(operation).toBeDefined();
    expect(operation?.parentSpanId).toBe(CLIENT_SPAN_ID);
    expect(attribute(operation!, 'graphql.operation.name')).toBe('ProcessStatus');
    const upstream = spans.find((span) => span.parentSpanId === operation?.spanId && span.name === 'feishu getProcess');
    expect(upstream).toBeDefined();
    expect(attribute(upstream!, 'feishu.code')).toBe(1160101);
    expect(attribute(upstream!, 'feishu.log_id')).toEqual(expect.any(String));

    const logIds = gateway
      .logLines()
      .filter((line) => line.msg === 'feishu call failed' && line['requestId'] === REQUEST_ID)
      .map((line) => line['logId']);
    expect(logIds).toContain(attribute(upstream!, 'feishu.log_id'));
  });

  it('writes nothing but JSON lines when stdout is not a terminal', () => {
    expect(gateway.logLines().length).toBeGreaterThan(10);
    expect(gateway.plainLines()).toEqual([]);
  });
});
