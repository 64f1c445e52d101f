import { afterAll, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { WebhookReceiver } from './support/feishu-http.js';

let sandbox: Sandbox | undefined;
const receiver = new WebhookReceiver();

afterAll(async () => {
  await sandbox?.close();
  await receiver.close();
});

it('acts on its own when live activity is on, and the changes are pushed as events', async () => {
  await receiver.start();
  sandbox = await startSandbox({ processes: 50, liveActivity: 0.01, duplicateRate: 0, webhookUrl: receiver.url });
  const before = JSON.stringify(sandbox.control.processIds().map((id) => sandbox!.control.getProcessWire(id)));
  for (let waited = 0; receiver.received.length < 5 && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(receiver.received.length).toBeGreaterThanOrEqual(5);
  expect(JSON.stringify(sandbox.control.processIds().map((id) => sandbox!.control.getProcessWire(id)))).not.toBe(before);
});
