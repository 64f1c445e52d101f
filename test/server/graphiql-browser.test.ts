import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticator.js';
import { sha256Hex } from '../../src/config-callers.js';
import { startGatewayHarness, type GatewayHarness } from '../helpers/gateway-harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Chromium and sets REQUIRE_BROWSER, so there this test can never be skipped silently.
const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but ${CHROMIUM} does not exist`);

describe.skipIf(!browserAvailable)('GraphiQL in a real browser', () => {
  let harness: GatewayHarness;
  let browser: Browser;

  beforeAll(async () => {
    harness = await startGatewayHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
