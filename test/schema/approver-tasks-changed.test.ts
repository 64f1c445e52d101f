/**
 * `approverTasksChanged` on the composed gateway (startApp, sandbox mode, no Redis): a user who gains
 * a task hears of it, over SSE and WebSocket, and a re-read of the inbox shows it; others hear nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import type { Sandbox, SandboxUser } from '../../src/sandbox/types.js';
import { ApproveTaskDocument } from '../../src/generated/graphql.js';
import { graphql } from '../generated/index.js';
import { InboxProcessIdsDocument } from '../helpers/documents.js';
import { taskHandedOnProcess, usersByFewestTasks } from '../helpers/sandbox-fixtures.js';
import { dataOf } from '../helpers/typed-operations.js';
import { subscribeOver, until, type Transport } from '../helpers/subscription-clients.js';

let app: App;
let sandbox: Sandbox;

beforeAll(async () => {
  app = await startApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SANDBOX_PROCESSES: '30' }), logger: silentLogger });
  sandbox = app.sandbox as Sandbox;
});

afterAll(async () => {
  await app?.close();
});

// The product's ApproverTasksChanged leaves out userIdType, which this test checks.
const CHANGED = graphql(`subscription TasksChangedFor($u: ID!) { approverTasksChanged(userId: $u) { userId userIdType occurredAt } }`);


async function inbox(userId: string): Promise<(string | undefined)[]> {
  const data = await dataOf(app.gateway.graphqlUrl, InboxProcessIdsDocument, { u: userId });
  return data.approverTasks.edges.map((edge) => edge.node?.process.processId);
}

describe('approverTasksChanged', () => {
  it.each<[Transport, Transport]>([
    ['sse', 'ws'],
    ['ws', 'sse'],
  ])('tells a user who gains a task (over %s), and nobody uninvolved (over %s)', async (transport, otherTransport) => {
    const [first, second, initiator, bystander] = usersByFewestTasks(sandbox) as [SandboxUser, SandboxUser, SandboxUser, SandboxUser];
    const processId = taskHandedOnProcess(sandbox, initiator.openId, first.openId, second.openId);
    expect(await inbox(second.openId)).not.toContain(processId);

    const feeds = [
      subscribeOver(transport, app.gateway.graphqlUrl, CHANGED, { u: second.openId }),
      subscribeOver(otherTransport, app.gateway.graphqlUrl, CHANGED, { u: bystander.openId }),
    ];
    try {
      await until(() => app.gateway.activeSubscriptions() === 2, 'both subscriptions');
      const approverId = sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
      const approved = await dataOf(app.gateway.graphqlUrl, ApproveTaskDocument, { processId, approverId: approverId!, actorId: first.openId });
      expect(approved.approveTask.__typename).toBe('ApproveTaskSuccess');

      const [heard] = await feeds[0]!.waitFor(1);
      expect(heard?.data?.approverTasksChanged).toMatchObject({ userId: second.openId, userIdType: 'OPEN_ID' });
      expect(await inbox(second.openId)).toContain(processId);
      await sandbox.control.flushEvents();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(feeds[1]!.results).toEqual([]);
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
    }
    await until(() => app.gateway.activeSubscriptions() === 0, 'no subscriptions');
  });

  it('ends when the gateway closes', async () => {
    const own = await startApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), logger: silentLogger, sandbox });
    const feed = subscribeOver('ws', own.gateway.graphqlUrl, CHANGED, { u: 'ou_anyone' });
    await until(() => own.gateway.activeSubscriptions() === 1, 'the subscription');
    await own.close();
    await feed.waitForCompletion();
    expect(own.gateway.activeSubscriptions()).toBe(0);
    await feed.close();
  });
});
