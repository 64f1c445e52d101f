import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { startGatewayHarness, useGatewayHarness } from '../helpers/gateway-harness.js';

const webhookCalls: string[] = [];

const harness = useGatewayHarness({
  gateway: {
    webhook: (req, res) => {
      webhookCalls.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    },
  },
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await request(`${harness().gateway.url}${path}`, { headers });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
};

describe('gateway HTTP routes', () => {
  it('answers GraphQL over real HTTP on /graphql', async () => {
    const processId = harness().sandbox.control.createProcess({});
    const response = await request(harness().gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ process(processId: "${processId}") { processId status } }` }),
    });
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({ data: { process: { processId, status: 'IN_PROGRESS' } } });
  });

  it('serves liveness and readiness', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(200);
  });

  it('exports upstream calls per endpoint, cache hits and misses, and request counts as Prometheus text', async () => {
    const processId = harness().sandbox.control.createProcess({});
    const query = JSON.stringify({ query: `{ process(processId: "${processId}") { status } }` });
    for (let i = 0; i < 2; i += 1) {
      await request(harness().gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query }).then(
        (r) => r.body.text(),
      );
    }
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}"]/g, '\\$&')} (\\d+)$`, 'm').exec(metrics.text)?.[1]);
    expect(value('feishu_gateway_upstream_calls_total{endpoint="getProcess"}')).toBeGreaterThanOrEqual(1);
    expect(value('feishu_gateway_cache_misses_total{kind="process"}')).toBeGreaterThanOrEqual(1);
    expect(value('feishu_gateway_cache_hits_total{kind="process"}')).toBeGreaterThanOrEqual(1);
    expect(value('feishu_gateway_http_requests_total{route="/graphql",status="200"}')).toBeGreaterThanOrEqual(2);
    expect(metrics.text).toMatch(/^# TYPE feishu_gateway_upstream_calls_total counter$/m);
  });

  it('serves GraphiQL from the gateway itself, opening on a sample user’s inbox', async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/i);
    expect(page.text).toContain('query Inbox');
    expect(page.text).toContain(harness().sandbox.sampleUserIds[0]);
  });

  it('hands POST /webhook/feishu to the webhook handler, and nothing else', async () => {
    const pushed = await request(`${harness().gateway.url}/webhook/feishu`, { method: 'POST', body: '{}' });
    expect(pushed.statusCode).toBe(200);
    expect(await pushed.body.json()).toEqual({ ok: true });
    expect(webhookCalls).toEqual(['POST /webhook/feishu']);
    expect((await get('/webhook/feishu')).status).toBe(404);
    expect((await get('/nowhere')).status).toBe(404);
  });
});

describe('closing the gateway', () => {
  it('reports not ready while it drains', async () => {
    const own = await startGatewayHarness({ gateway: { drainDelayMs: 300 } });
    const ready = () => request(`${own.gateway.url}/readyz`).then(async (r) => (await r.body.text(), r.statusCode));
    expect(await ready()).toBe(200);
    const closing = own.close();
    expect(await ready()).toBe(503);
    await closing;
  });

  it('reports not ready, with the reasons as JSON, while a readiness check fails', async () => {
    let problem: string | undefined = 'redis unreachable';
    await using own = await startGatewayHarness({ gateway: { readinessChecks: [() => problem, () => undefined] } });
    const first = await request(`${own.gateway.url}/readyz`);
    expect(first.statusCode).toBe(503);
    expect(await first.body.json()).toEqual({ status: 'not ready', reasons: ['redis unreachable'] });
    problem = undefined;
    const second = await request(`${own.gateway.url}/readyz`);
    expect(second.statusCode).toBe(200);
    expect(await second.body.json()).toEqual({ status: 'ready' });
  });
});
