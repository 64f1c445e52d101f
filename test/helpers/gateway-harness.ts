/**
 * The whole read path on loopback for a test file: the Feishu sandbox, the real upstream client
 * over HTTP, and the gateway (yoga on a real port). GraphQL requests go through `yoga.fetch`; every
 * upstream call is real HTTP and counted by the sandbox.
 */
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { createLoaderCache, type LoaderCacheOptions } from '../../src/loaders/loader-cache.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/server/gateway.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/types.js';
import type { Endpoint } from '../../src/upstream/api.js';
import { createFeishuClient, type FeishuClient, type FeishuClientOptions } from '../../src/upstream/client.js';
import { GENEROUS } from './budgets.js';
import { operationText, type GraphQLResponse, type Operation, type UntypedResponse, type VariablesArgument } from './typed-operations.js';

export type { GraphQLResponse } from './typed-operations.js';

export interface GatewayHarness {
  sandbox: Sandbox;
  client: FeishuClient;
  gateway: Gateway;
  /** POSTs one operation to the gateway (in-process through yoga.fetch); see `Operation` for when a string fits. */
  query<T, V>(document: Operation<T, V>, ...variables: VariablesArgument<V>): Promise<GraphQLResponse<T>>;
  query(document: string, variables?: Record<string, unknown>): Promise<UntypedResponse>;
  /** Sandbox request counts per endpoint since the last `resetCounts`. */
  calls(): Partial<Record<Endpoint, number>>;
  close(): Promise<void>;
  /** `close`, so that a test starting its own harness can hold it with `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

export interface HarnessOptions {
  sandbox?: SandboxOptions;
  cache?: LoaderCacheOptions;
  client?: Partial<FeishuClientOptions>;
  gateway?: Partial<GatewayOptions>;
}

export async function startGatewayHarness(options: HarnessOptions = {}): Promise<GatewayHarness> {
  const sandbox = await startSandbox({ rateLimits: false, processes: 60, ...options.sandbox });
  const client = createFeishuClient({
    baseUrl: sandbox.url,
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    budgets: GENEROUS,
    retry: { maxAttempts: 1 },
    ...options.client,
  });
  const gateway = await createGateway({
    api: client,
    cache: createLoaderCache(options.cache),
    port: 0,
    sampleUserIds: sandbox.sampleUserIds,
    sampleTask: sandbox.sampleTask(),
    ...options.gateway,
  });
  return {
    sandbox,
    client,
    gateway,
    async query(document: DocumentNode | string, variables?: unknown) {
      const response = await gateway.yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: operationText(document), variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    calls() {
      const counts = sandbox.control.callCounts();
      return Object.fromEntries(Object.entries(counts).filter(([endpoint, count]) => endpoint !== 'token' && count > 0));
    },
    async close() {
      await gateway.close();
      await client.close();
      await sandbox.close();
    },
    [Symbol.asyncDispose](this: GatewayHarness) {
      return this.close();
    },
  };
}

/** One harness per test file, closed after its tests. */
export function useGatewayHarness(options: HarnessOptions = {}): () => GatewayHarness {
  let harness: GatewayHarness | undefined;
  beforeAll(async () => {
    harness = await startGatewayHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('gateway harness not started');
    return harness;
  };
}
