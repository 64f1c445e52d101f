/**
 * GraphiQL's example tabs as the gateway configures them: with the sandbox's real task, and outside
 * the sandbox with placeholders that say what to put; a new idempotency key for each page load.
 */
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { graphiqlOptions } from '../../src/server/graphiql.js';

const tabs = (options: ReturnType<typeof graphiqlOptions>) =>
  (options.defaultTabs ?? []).map((tab) => ({
    operation: /^(query|mutation|subscription) (\w+)/m.exec(tab.query ?? '')?.[2],
    variables: JSON.parse(tab.variables ?? '{}') as Record<string, unknown>,
  }));

describe('GraphiQL example tabs', () => {
  it("offer reads, an approval and two subscriptions filled from the sandbox's user and task in progress", () => {
    const task = { userId: 'ou_sample', processId: 'p-1', approverId: 'a-1' };
    expect(
      tabs(graphiqlOptions({ sampleUserIds: ['ou_sample', 'ou_other'], sampleTask: task, now: () => Date.parse('2026-03-01T00:00:00Z') })),
    ).toEqual([
      { operation: 'Inbox', variables: { userId: 'ou_sample' } },
      { operation: 'ProcessDetail', variables: { processId: 'p-1' } },
      { operation: 'RecentProcesses', variables: { from: '2025-12-21T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' } },
      {
        operation: 'ApproveTask',
        variables: { processId: 'p-1', approverId: 'a-1', actorId: 'ou_sample', idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      },
      { operation: 'ProcessEvents', variables: { after: null, processIds: ['p-1'] } },
      { operation: 'ApproverTasksChanged', variables: { userId: 'ou_sample' } },
    ]);
  });

  it('outside the sandbox, say what to put and let the caller act as itself', () => {
    const [inbox, detail, , approve, events] = tabs(graphiqlOptions());
    expect(inbox?.variables).toEqual({ userId: 'ou_your_open_id' });
    expect(detail?.variables).toEqual({ processId: 'a processId from the Inbox tab' });
    expect(approve?.variables).toEqual({
      processId: 'a processId from the Inbox tab',
      approverId: 'an approverId from the Inbox tab',
      idempotencyKey: expect.any(String),
    });
    expect(events?.variables).toEqual({ after: null, processIds: null });
  });

  it('give the approval a new idempotency key on every page load', () => {
    const keys = new Set(Array.from({ length: 3 }, () => tabs(graphiqlOptions())[3]?.variables['idempotencyKey']));
    expect(keys.size).toBe(3);
  });
});

describe('npm start in sandbox mode', () => {
  it("serves GraphiQL with the sandbox's task in progress in its tabs", async () => {
    const app = await startApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SANDBOX_PROCESSES: '20' }), logger: silentLogger });
    try {
      const task = app.sandbox?.sampleTask();
      expect(task).toMatchObject({ userId: app.sandbox?.sampleUserIds[0] });
      const page = await (await fetch(app.gateway.graphqlUrl, { headers: { accept: 'text/html' } })).text();
      for (const id of [task!.processId, task!.approverId]) expect(page).toContain(id);
    } finally {
      await app.close();
    }
  });
});
