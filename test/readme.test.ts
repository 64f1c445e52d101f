import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLoaderCache } from '../src/loaders/loader-cache.js';
import { schema } from '../src/schema/index.js';
import { GatewayMetrics } from '../src/server/gateway-metrics.js';

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
    const metrics = new GatewayMetrics({ runtime: false });
    metrics.watch({ cache: createLoaderCache(), upstreamCalls: () => ({}) as never, activeSubscriptions: () => 0 });
    const exported = (await metrics.registry.getMetricsAsJSON()).map((family) => family.name).sort();
    const documented = [...new Set([...readme.matchAll(/`(feishu_gateway_\w+)`/g)].map((match) => match[1]))].sort();
    expect(documented).toEqual(exported);
  });
});
