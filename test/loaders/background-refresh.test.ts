/**
 * Background refreshes after events are budgeted: a changed process is read again only when someone
 * holds it in cache or a live subscription watches it, and then only from background work's share of
 * getProcess (half of 100 a minute), whatever the number of events. Counted at the sandbox, which
 * enforces Feishu's budgets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { FEISHU_BUDGETS } from '../../src/upstream/budgets.js';
import { backgroundCap, DEFAULT_FAIR_SHARES } from '../../src/upstream/fair-shares.js';
import { graphql } from '../generated/index.js';
import { ProcessStatusDocument } from '../helpers/documents.js';
import { subscribeOver, until } from '../helpers/subscription-clients.js';
import { postOperation } from '../helpers/typed-operations.js';

// Set up here in full, like other files that start the app, with the sandbox size this file's counts rely on.
let app: App;
let sandbox: Sandbox;

beforeAll(async () => {
  app = await startApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SANDBOX_PROCESSES: '250' }), logger: silentLogger });
  if (!app.sandbox) throw new Error('expected sandbox mode');
  sandbox = app.sandbox;
});

afterAll(async () => {
  await app?.close();
});

/** One comment (one pushed event) on each of `count` processes; resolves once all were delivered and refreshes had time to run. */
async function commentOn(processIds: readonly string[]): Promise<void> {
  const commentor = sandbox.control.users()[0]?.openId ?? '';
  for (const processId of processIds) sandbox.control.addComment(processId, commentor, 'a change');
  await sandbox.control.flushEvents();
  // The refresher waits 250 ms per process for more changes, then reads within 1.5 s.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

describe('background refreshes after events', () => {
  it('reads nothing for 110 events about processes nobody holds or watches', async () => {
    sandbox.control.resetCounts();
    await commentOn(sandbox.control.processIds().slice(0, 110));
    expect(sandbox.control.pushedEvents().filter((push) => push.delivered).length).toBeGreaterThanOrEqual(110);
    expect(sandbox.control.callCounts().getProcess).toBe(0);
  });

  it('spends at most the background share on 110 events watched by a subscriber, leaving the reserve to clients', async () => {
    const feed = subscribeOver(
      'sse',
      app.gateway.graphqlUrl,
      graphql(`
        subscription EveryEventId {
          processEvents {
            eventId
          }
        }
      `),
      {},
    );
    try {
      await until(() => app.gateway.activeSubscriptions() === 1, 'the subscription');
      sandbox.control.resetCounts();
      await commentOn(sandbox.control.processIds().slice(110, 220));
      await feed.waitFor(110, 10_000);
      const cap = backgroundCap(FEISHU_BUDGETS.getProcess, DEFAULT_FAIR_SHARES);
      expect(sandbox.control.callCounts().getProcess).toBeGreaterThan(0);
      expect(sandbox.control.callCounts().getProcess).toBeLessThanOrEqual(cap);
      expect(sandbox.control.requests().filter((request) => request.status === 429)).toEqual([]);

      // The reserve is still there for a client's read.
      const body = await postOperation(app.gateway.graphqlUrl, ProcessStatusDocument, { processId: sandbox.control.processIds()[230]! });
      expect(body.errors).toBeUndefined();
      expect(body.data?.process?.status).toEqual(expect.any(String));
    } finally {
      await feed.close();
    }
  });
});
