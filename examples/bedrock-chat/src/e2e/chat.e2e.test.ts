/**
 * The chat in real headless Chromium, with the generated MSW handlers answering from MSW's service
 * worker (`mock.html`, Vite dev server in `mock` mode): the scripted `ConverseStream` answer arrives
 * delta by delta, and a mid-stream `throttlingException` shows as an error. Screenshots go to `artifacts/`.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumAvailable, launchChromium, startMockServer, type ChromiumSession, type MockServer } from '@anvil-examples/browser-harness';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MODEL_ID } from '../config.js';
import { SCRIPTED_DELTAS, SCRIPTED_LATENCY_MS, SCRIPTED_USAGE, THROTTLED_AFTER, THROTTLING_MESSAGE, type ScenarioName } from '../mock/scenarios.js';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = join(PACKAGE_DIR, 'artifacts');
const CONVERSE_STREAM_URL = `https://bedrock-runtime.us-east-1.amazonaws.com/model/${encodeURIComponent(DEMO_MODEL_ID)}/converse-stream`;
const FULL_TEXT = SCRIPTED_DELTAS.join('');

describe.skipIf(!chromiumAvailable())('chat in headless Chromium with the MSW service worker', () => {
  let server: MockServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startMockServer(PACKAGE_DIR);
    browser = await launchChromium({ viewport: { width: 900, height: 640 }, profilePrefix: 'bedrock-chat-' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open the mock page with a scenario (the page's default pause of 200 ms before each delta); collects page errors and Bedrock responses. */
  async function open(scenario: ScenarioName) {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    const apiResponses: Array<{ url: string; status: number; contentType: string | undefined; fromServiceWorker: boolean }> = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.url().startsWith('https://bedrock-runtime.')) {
        apiResponses.push({ url: response.url(), status: response.status(), contentType: response.headers()['content-type'], fromServiceWorker: response.fromServiceWorker() });
      }
    });
    await page.goto(`${server.origin}/mock.html?scenario=${scenario}`);
    await page.locator(`html[data-scenario="${scenario}"]`).waitFor();
    await page.locator('#app[data-state="idle"]').waitFor();
    return { page, pageErrors, apiResponses };
  }

  /**
   * Watch the last answer's text in the page: a MutationObserver pushes its `textContent` each time
   * the transcript changes (consecutive duplicates dropped). Read the list with `jsonValue()`.
   */
  function watchAnswer(page: Page) {
    return page.evaluateHandle(() => {
      const snapshots: string[] = [];
      const transcript = document.querySelector('[data-testid="transcript"]');
      if (!transcript) throw new Error('no transcript on the page');
      new MutationObserver(() => {
        const text = [...transcript.querySelectorAll('[data-testid="answer"]')].at(-1)?.textContent ?? '';
        if (snapshots.at(-1) !== text) snapshots.push(text);
      }).observe(transcript, { childList: true, subtree: true, characterData: true });
      return snapshots;
    });
  }

  async function ask(page: Page, prompt: string, end: 'done' | 'failed') {
    await page.getByTestId('prompt').fill(prompt);
    await page.getByTestId('send').click();
    await page.locator(`#app[data-state="${end}"]`).waitFor();
  }

  it('shows the answer growing delta by delta, then the token usage', async () => {
    const { page, pageErrors, apiResponses } = await open('answer');
    const snapshots = await watchAnswer(page);
    await ask(page, 'What are event streams?', 'done');

    const seen = await snapshots.jsonValue();
    const partials = seen.filter((text) => text !== '' && text !== FULL_TEXT);
    // Each snapshot the page showed was a prefix of the answer, at least two of them partial, the last one complete.
    expect(seen.every((text) => FULL_TEXT.startsWith(text))).toBe(true);
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(new Set(partials).size).toBe(partials.length);
    expect(seen.at(-1)).toBe(FULL_TEXT);
    expect(await page.getByTestId('answer').textContent()).toBe(FULL_TEXT);
    expect(await page.getByTestId('user-turn').textContent()).toBe('What are event streams?');
    expect(await page.getByTestId('usage').textContent()).toBe(
      `${SCRIPTED_USAGE.inputTokens} input + ${SCRIPTED_USAGE.outputTokens} output = ${SCRIPTED_USAGE.totalTokens} tokens · ${SCRIPTED_LATENCY_MS} ms · end_turn`,
    );
    expect(await page.getByTestId('answer-error').count()).toBe(0);

    // The call went to the AWS endpoint as an event stream and was answered by the service worker.
    expect(apiResponses).toEqual([{ url: CONVERSE_STREAM_URL, status: 200, contentType: 'application/vnd.amazon.eventstream', fromServiceWorker: true }]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'bedrock-chat-answer.png'), fullPage: true });
    await page.close();
  });

  it('shows a mid-stream throttlingException as the modeled error under the partial answer', async () => {
    const { page, pageErrors, apiResponses } = await open('throttled');
    const snapshots = await watchAnswer(page);
    await ask(page, 'Hello', 'failed');

    const partial = SCRIPTED_DELTAS.slice(0, THROTTLED_AFTER).join('');
    expect((await snapshots.jsonValue()).at(-1)).toBe(partial);
    expect(await page.getByTestId('answer').textContent()).toBe(partial);
    expect(await page.getByTestId('answer-error').textContent()).toBe(`ThrottlingException: ${THROTTLING_MESSAGE}`);
    expect(await page.getByTestId('chat-status').textContent()).toBe('The answer stopped with an error');
    expect(await page.getByTestId('usage').count()).toBe(0);
    // The exception is an event inside a 200 response, not an HTTP error.
    expect(apiResponses.map((r) => [r.status, r.fromServiceWorker])).toEqual([[200, true]]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'bedrock-chat-throttled.png'), fullPage: true });
    await page.close();
  });
});
