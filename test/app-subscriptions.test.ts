/**
 * The single-process path (no REDIS_URL): `startApp` in sandbox mode, whose simulator pushes its
 * events (encrypted, signed, some sent twice) to the gateway's webhook; subscribers over SSE and
 * WebSocket get each recorded event once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Sandbox } from '../src/sandbox/types.js';
import { graphql } from './generated/index.js';
import { subscribeOver, until } from './helpers/subscription-clients.js';
import { deliveredEventIds } from './helpers/sandbox-fixtures.js';

// Set up here in full, like other files that start the app, with the sandbox size this file's counts rely on.
let app: App;
let sandbox: Sandbox;

beforeAll(async () => {
  app = await startApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SANDBOX_PROCESSES: '30' }), logger: silentLogger });
  if (!app.sandbox) throw new Error('expected sandbox mode');
  sandbox = app.sandbox;
});

afterAll(async () => {
  await app?.close();
});

const EVENTS = graphql(`
  subscription EventsWithComments($filter: ProcessEventFilter) {
    processEvents(filter: $filter) {
      eventId
      type
      process {
        status
      }
      ... on CommentAddedEvent {
        comment {
          message
        }
      }
    }
  }
`);

describe('event stream protocol § Transports: one process, no Redis', () => {
  it('keeps events in memory and delivers each pushed event once over SSE and over WebSocket', async () => {
    expect(app.events.backend).toBe('memory');
    const processId = sandbox.control.createProcess({ emitEvents: false });
    const variables = { filter: { processIds: [processId] } };
    const feeds = [
      subscribeOver('sse', app.gateway.graphqlUrl, EVENTS, variables),
      subscribeOver('ws', app.gateway.graphqlUrl, EVENTS, variables),
    ];
    try {
      await until(() => app.gateway.activeSubscriptions() === 2, 'both subscriptions');

      await app.client.withdrawProcess({ processId, actor: { kind: 'system' } });
      const commentor = sandbox.control.users()[0]?.openId ?? '';
      sandbox.control.addComment(processId, commentor, 'withdrawn on purpose');
      await sandbox.control.flushEvents();
      const pushed = deliveredEventIds(sandbox, processId);
      const sentinel = await app.events.store.record({
        eventId: 'sentinel',
        type: 'PROCESS_UPDATED',
        occurredAt: new Date(),
        processId,
        status: 'WITHDRAWN',
      });

      for (const feed of feeds) {
        const results = await feed.waitFor(pushed.length + 1);
        expect(results.map((result) => result.data?.processEvents.eventId)).toEqual([...pushed, sentinel?.eventId]);
        expect(new Set(results.map((result) => result.data?.processEvents.process?.status))).toEqual(new Set(['WITHDRAWN']));
        const commented = results.map((result) => result.data?.processEvents).find((event) => event?.type === 'COMMENT_ADDED');
        expect(commented && 'comment' in commented ? commented.comment : commented).toEqual({ message: 'withdrawn on purpose' });
      }
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
    }
  });
});
