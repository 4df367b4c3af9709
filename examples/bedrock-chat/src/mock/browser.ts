/**
 * Entry of the mock page (`mock.html`): the chat with the generated MSW handlers running in a
 * service worker, plus the scripted `ConverseStream` answer of `?scenario=` (see `scenarios.ts`).
 * The client keeps its real configuration (AWS endpoint, SigV4 with WebCrypto and the demo
 * credentials); the worker answers before anything leaves the browser.
 * @packageDocumentation
 */
import '../styles.css';
import { handlers } from '@anvil-gen/bedrock-runtime-msw';
import { setupWorker } from 'msw/browser';
import { mountChat } from '../chat.js';
import { createClient, modelId } from '../config.js';
import { parseMockSettings, scenarioHandlers } from './scenarios.js';

const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('mock.html: the #app element is missing');

try {
  const { scenario, deltaDelayMs } = parseMockSettings(location.search);
  const worker = setupWorker(...handlers);
  worker.use(...scenarioHandlers(scenario, deltaDelayMs));
  // msw 2 reads `onUnhandledRequest`, msw 3 `onUnhandledFrame`; each ignores the other.
  const failOnUnhandled = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const;
  await worker.start({ ...failOnUnhandled, serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
  document.documentElement.dataset['scenario'] = scenario;
  mountChat(root, { client: createClient(), modelId: modelId() });
} catch (error) {
  root.textContent = `Mock page failed to start: ${error instanceof Error ? error.message : String(error)}`;
  root.dataset['testid'] = 'mock-error';
  throw error;
}
