/** The real upstream client against a sandbox, with budgets no benchmark reaches: it measures the simulator, not the limiter. */
import type { Sandbox } from '../src/sandbox/index.js';
import { ENDPOINTS, type Endpoint } from '../src/upstream/api.js';
import type { Budget } from '../src/upstream/budgets.js';
import { createFeishuClient, type FeishuClient } from '../src/upstream/client.js';

const GENEROUS = Object.fromEntries(ENDPOINTS.map((endpoint) => [endpoint, { limit: 1_000_000, windowMs: 1_000 }])) as Record<Endpoint, Budget>;

export function generousClient(sandbox: Sandbox): FeishuClient {
  return createFeishuClient({
    baseUrl: sandbox.url,
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    budgets: GENEROUS,
    retry: { maxAttempts: 1 },
  });
}
