/**
 * esbuild helpers shared by the client bundle benchmark and the bundle test:
 * bundle an entry the way a browser app would (`--bundle --platform=browser
 * --format=esm --minify`) and measure it (gzip -9 bytes).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** The result of one bundle. */
export interface BundleResult {
  /** Minified bundle text. */
  readonly code: string;
  /** Minified size, bytes. */
  readonly bytes: number;
  /** gzip -9 size, bytes. */
  readonly gzipBytes: number;
}

/**
 * Bundle `contents` (an ES module) for the browser.
 * @param contents entry source
 * @param resolveDir directory whose `node_modules` resolve the entry's imports
 * @param fromSource when set, `@anvil-gen/<svc>-*` resolve to `<root>/packages/generated/<svc>/*\/src/index.ts` and `@anvil/*`
 *   to their sources (no build needed); otherwise packages resolve to their built `dist/`
 * @throws esbuild's error when something does not resolve (e.g. a Node built-in in browser code)
 */
export async function bundleBrowser(contents: string, resolveDir: string, fromSource?: { root: string }): Promise<BundleResult> {
  const plugins: esbuild.Plugin[] = fromSource
    ? [{
        name: 'anvil-gen-source',
        setup(build) {
          build.onResolve({ filter: /^@anvil-gen\/[a-z0-9-]+-(types|client|msw)$/ }, (args) => {
            const m = /^@anvil-gen\/([a-z0-9-]+)-(types|client|msw)$/.exec(args.path)!;
            return { path: join(fromSource.root, 'packages', 'generated', m[1]!, m[2]!, 'src', 'index.ts') };
          });
        },
      }]
    : [];
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    ...(fromSource ? { conditions: ['@anvil/source'] } : {}),
    plugins,
  });
  const bytes = result.outputFiles[0]!.contents;
  return { code: result.outputFiles[0]!.text, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Entry importing our lite client and one operation. */
export const ANVIL_ENTRY = `import { DrsLiteClient, retryDataReplication } from '@anvil-gen/drs-client';
const client = new DrsLiteClient({ region: 'us-east-1' });
export const run = (id) => retryDataReplication(client, { sourceServerID: id });`;

/** Entry importing the AWS SDK client and one command. */
export const SDK_ENTRY = `import { DrsClient, RetryDataReplicationCommand } from '@aws-sdk/client-drs';
const client = new DrsClient({ region: 'us-east-1' });
export const run = (id) => client.send(new RetryDataReplicationCommand({ sourceServerID: id }));`;
