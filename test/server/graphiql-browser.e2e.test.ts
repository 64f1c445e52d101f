import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticator.js';
import { sha256Hex } from '../../src/config-callers.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { startGatewayHarness, type GatewayHarness } from '../helpers/gateway-harness.js';
import { until } from '../helpers/subscription-clients.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Chromium and sets REQUIRE_BROWSER, so there this test can never be skipped silently.
const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but ${CHROMIUM} does not exist`);

describe.skipIf(!browserAvailable)('GraphiQL in a real browser', () => {
  let harness: GatewayHarness;
  let browser: Browser;
  const events = new MemoryEventStore();

  beforeAll(async () => {
    harness = await startGatewayHarness({ gateway: { events } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('loads entirely from the gateway and runs the default inbox query against the sandbox', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(harness.gateway.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(harness.gateway.graphqlUrl, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
    await page.click('.graphiql-execute-button');
    await expect.poll(async () => (await page.textContent('.result-window')) ?? '', { timeout: 15_000 }).toContain('approverTasks');
    const result = (await page.textContent('.result-window')) ?? '';
    expect(result).toContain('"data"');
    expect(result).toContain('approverId');
    expect(result).not.toContain('"errors"');
    expect(foreign).toEqual([]);
  });

  it("runs the example tabs on the sandbox's real task: its process, its approval, and a subscription's event", async () => {
    const task = harness.sandbox.sampleTask();
    if (!task) throw new Error('the sandbox has no task in progress for its first sample user');
    const page = await browser.newPage();
    await page.goto(harness.gateway.graphqlUrl, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
    // The editor lays spaces out as no-break spaces.
    const result = async () => ((await page.textContent('.result-window')) ?? '').replace(/\u00a0/g, ' ');
    const open = async (tab: string) => {
      // Tabs slide into place (they can be dragged): a pointer click may land on a moving tab.
      await page.locator(`.graphiql-tab-button:text-is("${tab}")`).evaluate((button) => (button as HTMLButtonElement).click());
      await page.waitForSelector(`.graphiql-tab-active:has(.graphiql-tab-button:text-is("${tab}"))`);
      // The editor shows the tab's document at once, but GraphiQL learns its operation name only in a
      // debounced pass over the editor (100 ms), the same pass in which yoga writes the document into
      // the address bar. Running before it sends the previous tab's name with this tab's document.
      await page.waitForFunction(
        (name) => new RegExp(`^(query|mutation|subscription) ${name}\\b`, 'm').test(new URL(location.href).searchParams.get('query') ?? ''),
        tab,
        { timeout: 15_000 },
      );
    };
    const run = async (tab: string, expected: string) => {
      await open(tab);
      await page.click('.graphiql-execute-button');
      await expect.poll(result, { timeout: 15_000 }).toContain(expected);
      return result();
    };
    expect(await page.locator('.graphiql-tab-button').allTextContents()).toEqual([
      'Inbox',
      'ProcessDetail',
      'RecentProcesses',
      'ApproveTask',
      'ProcessEvents',
      'ApproverTasksChanged',
    ]);

    const detail = await run('ProcessDetail', `"processId": "${task.processId}"`);
    expect(detail).not.toContain('"errors"');
    expect(detail).not.toContain('"process": null');

    harness.sandbox.control.resetCounts();
    const approval = await run('ApproveTask', '"__typename": "ApproveTaskSuccess"');
    expect(approval).not.toContain('"errors"');
    expect(harness.sandbox.control.requests().filter((request) => request.method === 'PUT')).toHaveLength(1);

    await open('ProcessEvents');
    await page.click('.graphiql-execute-button');
    await until(() => harness.gateway.activeSubscriptions() === 1, 'the ProcessEvents tab to subscribe', 15_000);
    await events.record({
      eventId: 'evt-graphiql-tab',
      type: 'PROCESS_UPDATED',
      occurredAt: new Date(),
      processId: task.processId,
      status: 'IN_PROGRESS',
    });
    await expect.poll(result, { timeout: 15_000 }).toContain('evt-graphiql-tab');
    expect(await result()).not.toContain('"errors"');
    await page.close();
  });

  it('with caller authentication on, runs the inbox query once a key is pasted into the Headers tab', async () => {
    const key = 'graphiql-reader-key-0123456789';
    const guarded = await startGatewayHarness({
      gateway: { auth: createAuthenticator({ apiKeys: [{ name: 'graphiql', keySha256: sha256Hex(key), scopes: ['process:read'] }] }) },
    });
    try {
      const page = await browser.newPage();
      await page.goto(guarded.gateway.graphqlUrl, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
      await page.click('.graphiql-execute-button');
      await expect.poll(async () => (await page.textContent('.result-window')) ?? '', { timeout: 15_000 }).toContain('UNAUTHENTICATED');

      await page.click('button[data-name="headers"]');
      await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines').click();
      await page.keyboard.insertText(`{"Authorization": "Bearer ${key}"}`);
      await page.click('.graphiql-execute-button');
      await expect.poll(async () => (await page.textContent('.result-window')) ?? '', { timeout: 15_000 }).toContain('approverId');
      expect((await page.textContent('.result-window')) ?? '').toContain('"data"');
      expect((await page.textContent('.result-window')) ?? '').not.toContain('"errors"');
    } finally {
      await guarded.close();
    }
  });
});
