/** The real upstream client against a sandbox, with budgets no benchmark reaches: it measures the simulator, not the limiter. */
import type { Sandbox } from '../src/sandbox/index.js';
import { createFeishuClient, type FeishuClient } from '../src/upstream/client.js';
import { GENEROUS } from '../test/helpers/budgets.js';

export function generousClient(sandbox: Sandbox): FeishuClient {
  return createFeishuClient({
    baseUrl: sandbox.url,
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    budgets: GENEROUS,
    retry: { maxAttempts: 1 },
  });
}
