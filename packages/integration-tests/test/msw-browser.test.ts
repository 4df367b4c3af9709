/**
 * The generated msw package must run under `setupWorker` in a browser: bundling
 * it for the browser pulls in no Node-only module (no `node:*`, `fs`, `crypto`,
 * `http`, …) and neither the client nor its runtime.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('@anvil-gen/drs-msw in the browser', () => {
  it('bundles for the browser with msw, the runtime and the types only', async () => {
    const result = await build({
      stdin: { contents: "export * from '@anvil-gen/drs-msw';", resolveDir: join(here, '..'), loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      conditions: ['@anvil/source'],
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /(^|\/)node:|client-runtime|drs\/client|signature-v4/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('msw-runtime/src/create-handler.ts'))).toBe(true);
    expect(inputs.some((path) => /msw\/lib\/core/.test(path))).toBe(true);
  });
});
