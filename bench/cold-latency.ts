/**
 * Gateway-added latency of a cold `process(processId)`: for each of many processes the gateway has
 * never read, the simulator's own time (the same get-process request sent to it directly) and the
 * gateway's time (the GraphQL query that makes exactly that request), one after the other on
 * keep-alive loopback connections. Added = gateway minus simulator, per process.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Pool } from 'undici';
import { createLoaderCache } from '../src/loaders/loader-cache.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createGateway } from '../src/server/gateway.js';
import { ResultCache } from '../src/server/result-cache.js';
import { getProcessRequest } from '../src/upstream/requests.js';
import { ProcessStatusDocument } from '../test/helpers/documents.js';
import type { GraphQLResponse } from '../test/helpers/typed-operations.js';
import { generousClient } from './generous-client.js';
import { percentile } from './stats.js';
import { count, fixed, type Table } from './table.js';

const MEASURED = 500;
/** Unmeasured first: until the JIT has seen this path a thousand times its numbers are not the steady state (see BENCHMARKS.md). */
const WARM_UP = 1_000;
const TARGET_P50_MS = 1;

// The least GraphQL read that makes exactly one getProcess request, printed once.
const QUERY_TEXT = print(ProcessStatusDocument);

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function benchColdLatency(): Promise<Table[]> {
  const sandbox = await startSandbox({ rateLimits: false, processes: MEASURED + WARM_UP });
  const client = generousClient(sandbox);
  const gateway = await createGateway({
    api: client,
    cache: createLoaderCache(),
    port: 0,
    resultCache: new ResultCache({ maxBytes: 64 * 1_048_576 }),
  });
  const toGateway = new Pool(gateway.url, { connections: 1 });
  const toSandbox = new Pool(sandbox.url, { connections: 1 });
  try {
    const tokenAnswer = await toSandbox.request({
      path: '/open-apis/auth/v3/tenant_access_token/internal',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: sandbox.appId, app_secret: sandbox.appSecret }),
    });
    const { tenant_access_token: token } = (await tokenAnswer.body.json()) as { tenant_access_token: string };
    const direct = async (processId: string) => {
      const request = getProcessRequest(processId);
      const answer = await toSandbox.request({
        path: `/open-apis${request.path}?${new URLSearchParams(request.query as Record<string, string>).toString()}`,
        method: 'GET',
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await answer.body.json()) as { code: number };
      if (body.code !== 0) throw new Error(`the sandbox answered code ${body.code}`);
    };
    const viaGateway = async (processId: string) => {
      const answer = await toGateway.request({
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: QUERY_TEXT, variables: { processId } }),
      });
      const body = (await answer.body.json()) as GraphQLResponse<ResultOf<typeof ProcessStatusDocument>>;
      if (body.errors || body.data?.process?.processId !== processId) throw new Error(`the gateway answered ${JSON.stringify(body)}`);
    };

    const processIds = sandbox.control.processIds();
    const gatewayMs: number[] = [];
    const directMs: number[] = [];
    const addedMs: number[] = [];
    for (const [index, processId] of processIds.slice(0, MEASURED + WARM_UP).entries()) {
      const simulator = await timed(() => direct(processId));
      const total = await timed(() => viaGateway(processId));
      if (index < WARM_UP) continue;
      directMs.push(simulator);
      gatewayMs.push(total);
      addedMs.push(total - simulator);
    }
    const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
    const [added, simulator, total] = [sorted(addedMs), sorted(directMs), sorted(gatewayMs)];
    const p50 = percentile(added, 50);
    return [
      {
        title: `Gateway-added latency of a cold process(processId) (${count(MEASURED)} processes the gateway never read, after ${WARM_UP} unmeasured)`,
        columns: ['what', 'p50 ms', 'p95 ms', 'p99 ms'],
        rows: [
          [
            "simulator's own time (get-process sent directly)",
            fixed(percentile(simulator, 50), 2),
            fixed(percentile(simulator, 95), 2),
            fixed(percentile(simulator, 99), 2),
          ],
          [
            'gateway time (GraphQL query, one cold detail read)',
            fixed(percentile(total, 50), 2),
            fixed(percentile(total, 95), 2),
            fixed(percentile(total, 99), 2),
          ],
          [
            'added by the gateway (per process: gateway minus simulator)',
            fixed(p50, 2),
            fixed(percentile(added, 95), 2),
            fixed(percentile(added, 99), 2),
          ],
        ],
        notes: [
          `Target: added p50 <= ${TARGET_P50_MS} ms: ${p50 <= TARGET_P50_MS ? 'met' : `missed by ${fixed(p50 - TARGET_P50_MS, 2)} ms`}.`,
          'One keep-alive connection each, one request at a time, on 127.0.0.1; the gateway runs with its loader cache, result cache and token cache (no token fetch in the measured calls).',
        ],
      },
    ];
  } finally {
    await toGateway.close();
    await toSandbox.close();
    await gateway.close();
    await client.close();
    await sandbox.close();
  }
}
