/**
 * esbuild helpers shared by the client benchmark and the bundle test: bundle an entry the way a browser app
 * would (`--bundle --platform=browser --format=esm --minify`) and measure it (gzip -9 bytes); the same
 * bundler builds the Node modules the per-call benchmark loads.
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
  /** Minified bytes in the output per input file (esbuild's metafile `bytesInOutput`). */
  readonly inputs: Readonly<Record<string, number>>;
}

/** Where `@anvil-gen/*` and `@anvil/*` come from when bundling from sources. */
export interface SourceOptions {
  /** Repository root: `@anvil/*` resolve to their sources (`@anvil/source` condition). */
  readonly root: string;
  /**
   * Directory holding generated services as `<slug>/{types,client,msw}/src` (default
   * `<root>/packages/generated`); packages are resolved from `nodePaths` for files outside the workspace.
   */
  readonly generatedDir?: string;
  /** Extra `node_modules` directories to resolve from (for generated code in a temp directory). */
  readonly nodePaths?: readonly string[];
}

function sourcePlugin(fromSource: SourceOptions): esbuild.Plugin {
  const generated = fromSource.generatedDir ?? join(fromSource.root, 'packages', 'generated');
  return {
    name: 'anvil-gen-source',
    setup(build) {
      build.onResolve({ filter: /^@anvil-gen\/[a-z0-9-]+-(types|client|msw)(\/sdk)?$/ }, (args) => {
        const m = /^@anvil-gen\/([a-z0-9-]+)-(types|client|msw)(\/sdk)?$/.exec(args.path)!;
        return { path: join(generated, m[1]!, m[2]!, 'src', ...(m[3] ? ['sdk'] : []), 'index.ts') };
      });
    },
  };
}

/**
 * Bundle `contents` (an ES module) for the browser.
 * @param contents entry source
 * @param resolveDir directory whose `node_modules` resolve the entry's imports
 * @param fromSource when set, `@anvil-gen/<svc>-*` resolve to generated sources and `@anvil/*` to their sources
 *   (no build needed); otherwise packages resolve to their built `dist/`
 * @throws esbuild's error when something does not resolve (e.g. a Node built-in in browser code)
 */
export async function bundleBrowser(contents: string, resolveDir: string, fromSource?: SourceOptions): Promise<BundleResult> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...(fromSource ? { conditions: ['@anvil/source'], plugins: [sourcePlugin(fromSource)], nodePaths: [...(fromSource.nodePaths ?? [])] } : {}),
  });
  const bytes = result.outputFiles[0]!.contents;
  const inputs = Object.fromEntries(Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).map(([k, v]) => [k, v.bytesInOutput]));
  return { code: result.outputFiles[0]!.text, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, inputs };
}

/**
 * Bundle `contents` into one ES module file for Node (`--platform=node`, not minified), so a benchmark can
 * import generated TypeScript from a temp directory: Node's `#sign` / `#sha256` conditions apply.
 */
export async function bundleNode(contents: string, resolveDir: string, fromSource: SourceOptions, outfile: string): Promise<void> {
  await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    conditions: ['@anvil/source'],
    plugins: [sourcePlugin(fromSource)],
    nodePaths: [...(fromSource.nodePaths ?? [])],
    // CommonJS dependencies of the Node signer call require()
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/** Entry importing our lite client and one operation (the embedded DRS model's generated package). */
export const ANVIL_ENTRY = `import { DrsLiteClient, retryDataReplication } from '@anvil-gen/drs-client';
const client = new DrsLiteClient({ region: 'us-east-1' });
export const run = (id) => retryDataReplication(client, { sourceServerID: id });`;

/** Entry importing the AWS SDK client and one command. */
export const SDK_ENTRY = `import { DrsClient, RetryDataReplicationCommand } from '@aws-sdk/client-drs';
const client = new DrsClient({ region: 'us-east-1' });
export const run = (id) => client.send(new RetryDataReplicationCommand({ sourceServerID: id }));`;

/**
 * What each part of a bundle costs: minified bytes per part (from esbuild's metafile), and the part's share
 * of the gzip size estimated in proportion to its minified bytes (gzip sizes of parts do not add up exactly).
 * @param parts part name → test on an input path (the first that matches wins; unmatched inputs go to `other`)
 */
export function bundleParts(bundle: BundleResult, parts: ReadonlyArray<readonly [string, RegExp]>): Record<string, { minBytes: number; gzipBytesEstimate: number }> {
  const out: Record<string, { minBytes: number; gzipBytesEstimate: number }> = {};
  const total = Object.values(bundle.inputs).reduce((a, b) => a + b, 0);
  for (const [path, bytes] of Object.entries(bundle.inputs)) {
    const name = parts.find(([, re]) => re.test(path))?.[0] ?? 'other';
    const slot = (out[name] ??= { minBytes: 0, gzipBytesEstimate: 0 });
    slot.minBytes += bytes;
  }
  for (const slot of Object.values(out)) slot.gzipBytesEstimate = Math.round((slot.minBytes / total) * bundle.gzipBytes);
  return out;
}
