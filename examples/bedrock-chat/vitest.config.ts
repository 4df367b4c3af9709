import { exampleTestProjects } from '@anvil-examples/browser-harness';
import { defineConfig } from 'vitest/config';

/** Two projects, `component` (happy-dom) and `e2e` (headless Chromium): see `exampleTestProjects`. */
export default defineConfig({ test: { projects: exampleTestProjects() } });
