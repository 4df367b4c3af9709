/**
 * The console in real headless Chromium, with the generated MSW handlers answering from
 * MSW's service worker (`mock.html`, Vite dev server in `mock` mode). Screenshots go to `artifacts/`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromiumAvailable,
  launchChromium,
  mswVersion,
  mswWorkerSource,
  startMockServer,
  type ChromiumSession,
  type MockServer,
} from '@anvil-examples/browser-harness';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_MESSAGE, UNINITIALIZED_MESSAGE, type ScenarioName } from '../mock/scenarios.js';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const ARTIFACTS = join(PACKAGE_DIR, 'artifacts');
const DRS_ORIGIN = 'https://drs.us-east-1.amazonaws.com';

describe.skipIf(!chromiumAvailable())('console in headless Chromium with the MSW service worker', () => {
  let server: MockServer;
  let browser: ChromiumSession;
  const pages: Page[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startMockServer(PACKAGE_DIR);
    browser = await launchChromium({ profilePrefix: 'drs-console-' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open the mock page with a scenario; collects page errors and the DRS API responses. */
  async function open(scenario: ScenarioName, pageSize = 10) {
    const page = await browser.context.newPage();
    pages.push(page);
    const pageErrors: string[] = [];
    const apiResponses: Array<{ url: string; status: number; fromServiceWorker: boolean }> = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.url().startsWith(DRS_ORIGIN)) {
        apiResponses.push({ url: response.url(), status: response.status(), fromServiceWorker: response.fromServiceWorker() });
      }
    });
    await page.goto(`${server.origin}/mock.html?scenario=${scenario}&pageSize=${pageSize}`);
    await page.locator(`html[data-scenario="${scenario}"]`).waitFor();
    return { page, pageErrors, apiResponses };
  }

  const row = (page: Page, id: string) => page.locator(`[data-testid="server-row"][data-server-id="${id}"]`);
  const status = (page: Page) => page.getByTestId('list-status');

  it('serves the worker script of the installed msw version', async () => {
    const original = readFileSync(mswWorkerSource(PACKAGE_DIR), 'utf8');
    expect(original).toContain('Mock Service Worker');
    expect(original).toContain(`const PACKAGE_VERSION = '${mswVersion(PACKAGE_DIR)}'`);
    const served = await (await fetch(`${server.origin}/mockServiceWorker.js`)).text();
    expect(served).toBe(original);
  });

  it('lists the servers and retries data replication successfully', async () => {
    const { page, pageErrors, apiResponses } = await open('demo');
    await expect.poll(() => status(page).textContent()).toBe('3 source servers');
    expect(await page.getByTestId('server-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-server-id')))).toEqual([
      's-1234567890abcdef0',
      's-0a1b2c3d4e5f6a7b8',
      's-9f8e7d6c5b4a3f2e1',
    ]);
    const stalled = row(page, 's-0a1b2c3d4e5f6a7b8');
    expect(await stalled.getByTestId('replication-state').textContent()).toBe('STALLED');
    expect(await stalled.getByTestId('deprecated-badge').getAttribute('title')).toBe('WARNING: RetryDataReplication is deprecated');

    await stalled.getByTestId('retry').click();
    await expect.poll(() => stalled.getByTestId('retry-status').textContent()).toBe('Retry requested · replication INITIATING');
    expect(await stalled.getByTestId('retry-status').getAttribute('class')).toBe('status status-success');
    expect(await stalled.getByTestId('replication-state').textContent()).toBe('INITIATING');

    // Both calls went to the AWS endpoint and were answered by the service worker.
    expect(apiResponses).toEqual([
      { url: `${DRS_ORIGIN}/DescribeSourceServers`, status: 200, fromServiceWorker: true },
      { url: `${DRS_ORIGIN}/RetryDataReplication`, status: 200, fromServiceWorker: true },
    ]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'drs-console-retry-succeeded.png'), fullPage: true });
  });

  it("shows the modeled error's message when the retry handler is overridden with ResourceNotFoundException", async () => {
    const { page, pageErrors, apiResponses } = await open('retry-not-found');
    await expect.poll(() => status(page).textContent()).toBe('3 source servers');
    const web = row(page, 's-1234567890abcdef0');
    await web.getByTestId('retry').click();
    await expect.poll(() => web.getByTestId('retry-status').getAttribute('class')).toBe('status status-error');
    expect(await web.getByTestId('retry-status').textContent()).toBe(`ResourceNotFoundException: ${NOT_FOUND_MESSAGE}`);
    expect(apiResponses.at(-1)).toEqual({ url: `${DRS_ORIGIN}/RetryDataReplication`, status: 404, fromServiceWorker: true });
    // The failed call is shown in the row, not thrown; Chromium itself logs the 404 response.
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 404 ()']);
    await page.screenshot({ path: join(ARTIFACTS, 'drs-console-retry-not-found.png'), fullPage: true });
  });

  it('pages through the generated fake servers with "Load more" until nextToken ends', async () => {
    const { page, pageErrors, apiResponses } = await open('fake', 2);
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ source servers/);
    let clicks = 0;
    while (await page.getByTestId('load-more').isVisible()) {
      await page.getByTestId('load-more').click();
      clicks++;
      await expect.poll(async () => (await status(page).textContent())?.includes('loading')).toBe(false);
      expect(clicks).toBeLessThan(20);
    }
    const ids = await page.getByTestId('server-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-server-id') ?? ''));
    expect(clicks).toBeGreaterThan(0);
    expect(ids.length).toBeGreaterThan(clicks);
    expect(ids.every((id) => /^s-[0-9a-zA-Z]{17}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await status(page).textContent()).toBe(`${ids.length} source servers`);
    expect(apiResponses).toHaveLength(clicks + 1);
    expect(apiResponses.every((r) => r.status === 200 && r.fromServiceWorker)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('shows a modeled listing error', async () => {
    const { page } = await open('list-uninitialized');
    await expect.poll(() => status(page).textContent()).toBe(`Could not list source servers: UninitializedAccountException: ${UNINITIALIZED_MESSAGE}`);
    expect(await page.getByTestId('load-more').textContent()).toBe('Try again');
  });
});
