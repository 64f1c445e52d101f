/**
 * Refusals are expected, not failures: a call refused for want of budget is counted by endpoint and
 * reason and logged at info, and the GraphQL request it fails logs nothing at error and no stack.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { GatewayMetrics } from '../../src/server/gateway-metrics.js';
import { upstreamTelemetry } from '../../src/server/upstream-telemetry.js';
import { createFeishuClient, type FeishuClient } from '../../src/upstream/client.js';

describe('a call refused for want of budget', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    }),
  );
  const metrics = new GatewayMetrics({ runtime: false });
  let sandbox: Sandbox;
  let client: FeishuClient;
  let gateway: Gateway;

  beforeAll(async () => {
    sandbox = await startSandbox({ processes: 10, rateLimits: false });
    client = createFeishuClient({
      baseUrl: sandbox.url,
      appId: sandbox.appId,
      appSecret: sandbox.appSecret,
      budgets: { getProcess: { limit: 1, windowMs: 60_000 } },
      observer: upstreamTelemetry(metrics, logger),
      logger,
    });
    gateway = await createGateway({ api: client, port: 0, logger, metrics });
  });

  afterAll(async () => {
    await gateway.close();
    await client.close();
    await sandbox.close();
  });

  it('is counted by endpoint and reason, logged at info, and the request it fails logs no error and no stack', async () => {
    const [first, second] = sandbox.control.processIds() as [string, string];
    const ask = async (processId: string) =>
      (await (
        await fetch(gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ process(processId: "${processId}") { status } }` }),
        })
      ).json()) as { errors?: { extensions: Record<string, unknown> }[] };
    expect((await ask(first)).errors).toBeUndefined();
    const refused = await ask(second);
    expect(refused.errors?.[0]?.extensions['code']).toBe('RATE_LIMITED');

    const text = await metrics.render();
    expect(text).toMatch(/^feishu_gateway_limiter_refusals_total\{endpoint="getProcess",class="interactive",reason="caller_share"\} 1$/m);
    expect(text).toMatch(/^feishu_gateway_limiter_wait_seconds_count\{endpoint="getProcess",class="interactive"\} 1$/m);
    expect(lines.find((line) => String(line['msg']).startsWith('call refused before reaching Feishu'))).toMatchObject({
      level: 30,
      endpoint: 'getProcess',
      reason: 'caller_share',
    });
    expect(lines.filter((line) => (line['level'] as number) >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('"stack"');
  });
});
