/**
 * Entry of the mock page (`mock.html`): the console with the generated MSW handlers
 * running in a service worker, plus the overrides of `?scenario=` (see `scenarios.ts`);
 * `?pageSize=` sets `maxResults` per page (default 10).
 * The client keeps its real configuration (AWS endpoint, SigV4 with WebCrypto); the
 * worker answers before anything leaves the browser.
 * @packageDocumentation
 */
import '../styles.css';
import { handlers } from '@anvil-gen/drs-msw';
import { setupWorker } from 'msw/browser';
import { createClient } from '../config.js';
import { mountConsole } from '../console.js';
import { parseScenario, scenarioHandlers } from './scenarios.js';
import { FAIL_ON_UNHANDLED } from './unhandled.js';

const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('mock.html: the #app element is missing');

try {
  const scenario = parseScenario(location.search);
  const worker = setupWorker(...handlers);
  worker.use(...scenarioHandlers(scenario));
  await worker.start({ ...FAIL_ON_UNHANDLED, serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
  document.documentElement.dataset['scenario'] = scenario;
  const pageSize = Number(new URLSearchParams(location.search).get('pageSize') ?? 10);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`?pageSize= must be a positive integer, got ${pageSize}`);
  mountConsole(root, { client: createClient(), pageSize });
} catch (error) {
  root.textContent = `Mock page failed to start: ${error instanceof Error ? error.message : String(error)}`;
  root.dataset['testid'] = 'mock-error';
  throw error;
}
