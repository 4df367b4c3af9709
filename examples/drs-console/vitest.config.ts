import { exampleTestProjects, ignoreHappyDomCancelledBody } from '@anvil-examples/browser-harness';
import { defineConfig } from 'vitest/config';

/**
 * Two projects, `component` (happy-dom) and `e2e` (headless Chromium): see `exampleTestProjects`; happy-dom's
 * error on a cancelled response body is dropped (see `ignoreHappyDomCancelledBody`).
 */
export default defineConfig({ test: { projects: exampleTestProjects(), onUnhandledError: ignoreHappyDomCancelledBody } });
