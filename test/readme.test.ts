import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { createGateway } from '../src/server.js';
import { GatewayMetrics } from '../src/server/gateway-metrics.js';
import { createFeishuClient } from '../src/upstream/client.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README', () => {
  it('keeps the two commands at its top', () => {
    const top = readme.split('\n').slice(0, 8).join('\n');
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm ci && npm test');
  });

  it('shows only operations the schema accepts', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });

  it('documents every metric family the gateway exports, and none it does not', async () => {
    // Never called: the gateway only needs a real client to export its call counts.
    const api = createFeishuClient({ baseUrl: 'http://127.0.0.1:9', appId: 'cli_readme', appSecret: 'unused' });
    const gateway = await createGateway({
      api,
      port: 0,
      metrics: new GatewayMetrics({ runtime: false }),
      // A replica holding the event long connection exports its families too.
      longConnectionStats: () => ({ state: 'connected', reconnects: 0, eventsReceived: 0, acks: {} }),
    });
    await gateway.close();
    await api.close();
    const exported = (await gateway.metrics.registry.getMetricsAsJSON()).map((family) => family.name).sort();
    const documented = [...new Set([...readme.matchAll(/`((?:feishu_gateway|graphql_envelop)_\w+)`/g)].map((match) => match[1]))].sort();
    expect(documented).toEqual(exported);
  });
});
