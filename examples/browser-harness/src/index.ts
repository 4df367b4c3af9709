/**
 * The example apps' browser-test harness (Node only; never part of a page bundle).
 * @packageDocumentation
 */
export { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable, launchChromium, type ChromiumSession, type LaunchOptions } from './chromium.js';
export { startMockServer, type MockServer } from './mock-dev-server.js';
export { copyMswWorker, mockPublicDir, mswVersion, mswWorkerPlugin, mswWorkerSource, WORKER_FILE } from './msw-worker-file.js';
export { exampleTestProjects, exampleViteConfig, ignoreHappyDomCancelledBody, type ExampleViteConfig } from './example-configs.js';
