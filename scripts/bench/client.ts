/**
 * Benchmark: generated clients against the AWS SDK, side by side in one run, for each target of
 * `client/targets.ts` (Lambda GetFunction and DynamoDB GetItem against `@aws-sdk/client-*` 3.1178.0, the
 * current SDK; DRS RetryDataReplication from the full DRS model against `@aws-sdk/client-drs` 3.523.0):
 *
 * - bundle: one-operation browser bundle (esbuild --bundle --platform=browser --format=esm --minify), gzip -9
 *   bytes, lite client + operation function vs client + command; what each part of ours costs;
 * - calls/s: sequential calls through an in-memory transport returning the same canned response;
 * - DRS (`operationCount`, issue #13): the one-operation bundle of the full model (70 operations) beside the
 *   embedded model's (27 operations, the same endpoint rule set): only the operation count differs.
 *
 * Our clients are generated into `.tmp/bench/clients/` by the built generator (`pnpm build` first); the SDKs
 * resolve from `packages/bench`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext } from './context.js';
import { bundleBrowser, bundleNode, bundleParts, type BundleResult, type SourceOptions } from './client/bundle.js';
import { anvilCaller, callsPerSecond, sdkCaller } from './client/calls.js';
import { CLIENT_TARGETS, anvilEntry, anvilSdkSurfaceEntry, sdkEntry, type ClientTarget } from './client/targets.js';

/** Parts of our bundles, by input path (first match wins). */
const PARTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['sigv4 signer (aws4fetch + our adapter)', /aws4fetch|signature-v4|client-runtime\/src\/(sign|signing|sha256)\./],
  ['endpoint rules (evaluator, functions, partitions, the rule set)', /client-runtime\/src\/(rules\/|endpoint-rules)|client\/src\/endpoint-rules/],
  // the client's wire schemas (client/src/schemas.ts; a types package's full schemas only when something imports them)
  ['schemas (the operation\'s closure)', /(types|client)\/src\/schemas|\/runtime\/src\/schema\//],
  ['protocol codec (JSON, HTTP bindings, errors codes)', /\/runtime\/src\//],
  ['error classes and error responses', /client\/src\/errors|client-runtime\/src\/(exception|error-response)/],
  ['client core (send, retries, auth, transport, endpoint defaults)', /client-runtime\/src\//],
  ['generated glue (lite client, operation function)', /client\/src\//],
];

type Generate = (o: { models: string[]; out: string; name: string; only: string[] }) => unknown;

async function generator(root: string): Promise<Generate> {
  const mod = (await import(pathToFileURL(join(root, 'packages', 'generator', 'dist', 'index.js')).href)) as { generate: Generate };
  return mod.generate;
}

function ratio(a: number, b: number): number {
  return Number((a / b).toFixed(3));
}

async function measureTarget(ctx: BenchContext, t: ClientTarget, generate: Generate, work: string) {
  const benchDir = join(ctx.root, 'packages', 'bench');
  const require = createRequire(join(benchDir, 'package.json'));
  const out = join(work, t.slug);
  generate({ models: [join(ctx.shared, t.model)], out, name: t.slug, only: ['types', 'client'] });
  const source: SourceOptions = { root: ctx.root, generatedDir: work, nodePaths: [join(benchDir, 'node_modules')] };
  const ours = await bundleBrowser(anvilEntry(t), benchDir, source);
  const sdk = await bundleBrowser(sdkEntry(t), benchDir);
  const surface = await bundleBrowser(anvilSdkSurfaceEntry(t), benchDir, source);
  const nodeModule = join(work, `${t.slug}.node.mjs`);
  await bundleNode(`export * from '@anvil-gen/${t.slug}-client';`, benchDir, source, nodeModule);
  const mod = (await import(pathToFileURL(nodeModule).href)) as Record<string, unknown>;
  const load = async (name: string) => (await import(pathToFileURL(require.resolve(name)).href)) as Record<string, unknown>;
  const rates = await callsPerSecond(anvilCaller(mod, t), sdkCaller(await load(t.sdkPackage), await load('@smithy/protocol-http'), t), ctx.runs);
  const result = {
    what: t.what,
    sdk: `${t.sdkPackage}@${t.sdkVersion}`,
    bundle: {
      anvilGzipBytes: ours.gzipBytes,
      anvilMinBytes: ours.bytes,
      sdkGzipBytes: sdk.gzipBytes,
      sdkMinBytes: sdk.bytes,
      ratio: ratio(ours.gzipBytes, sdk.gzipBytes),
      goalRatio: 0.15,
      anvilParts: bundleParts(ours, PARTS),
      /** The same program as the SDK entry, importing our `./sdk` surface instead. */
      anvilSdkSurfaceGzipBytes: surface.gzipBytes,
      anvilSdkSurfaceRatio: ratio(surface.gzipBytes, sdk.gzipBytes),
    },
    callsPerSecond: {
      anvil: rates.anvil.median,
      sdk: rates.sdk.median,
      /** Median of the per-pair ratios (see `callsPerSecond`); `ratioOfMedians` is anvil / sdk of the medians. */
      speedup: rates.speedup,
      ratioOfMedians: rates.ratioOfMedians,
      goalSpeedup: 5,
      callsPerSample: rates.callsPerSample,
      samplesAnvil: rates.anvil.samples,
      samplesSdk: rates.sdk.samples,
      responseBytes: t.response.body.length,
    },
  };
  console.log(
    `client ${t.key}: bundle ours ${ours.gzipBytes} B gz (./sdk surface ${surface.gzipBytes} B) vs SDK ${sdk.gzipBytes} B gz (${(result.bundle.ratio * 100).toFixed(1)}%, goal ≤ 15%); ` +
      `calls/s ours ${rates.anvil.median} vs SDK ${rates.sdk.median} (${result.callsPerSecond.speedup}× median of paired ratios, ${rates.ratioOfMedians}× of medians; goal ≥ 5×)`,
  );
  return { result, ours };
}

/**
 * #13.5: the one-operation bundle must not depend on how many operations the service has. The full DRS model
 * (70 operations) and the embedded one (`models/drs/drs.json`, 27 operations) carry the same endpoint rule set
 * (`scripts/models/extend-drs.ts` copies it), so they differ only in operation count; goal: within 5%.
 * The embedded client is bundled from its committed generated sources (`packages/generated/drs`).
 */
async function operationCount(ctx: BenchContext, target: ClientTarget, full: BundleResult) {
  const benchDir = join(ctx.root, 'packages', 'bench');
  // the same entry as the full model's, importing the embedded model's client
  const entry = anvilEntry({ ...target, slug: 'drs', liteClient: 'DrsLiteClient' });
  const embedded = await bundleBrowser(entry, benchDir, { root: ctx.root, nodePaths: [join(benchDir, 'node_modules')] });
  const count = (file: string) => {
    const model = JSON.parse(readFileSync(file, 'utf8')) as { shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
    const service = Object.values(model.shapes).find((s) => s.type === 'service')!;
    // operation shapes: the service's own and those its resources bind
    const operations = Object.values(model.shapes).filter((s) => s.type === 'operation').length;
    return { operations, ruleSet: service.traits?.['smithy.rules#endpointRuleSet'] !== undefined };
  };
  const fullModel = count(join(ctx.shared, 'models', 'aws', 'drs.json'));
  const embeddedModel = count(join(ctx.root, 'models', 'drs', 'drs.json'));
  const result = {
    what: 'one-operation (RetryDataReplication) browser bundle, gzip -9: the full DRS model vs the embedded model (same endpoint rule set, fewer operations)',
    fullOperations: fullModel.operations,
    embeddedOperations: embeddedModel.operations,
    embeddedHasRuleSet: embeddedModel.ruleSet,
    fullGzipBytes: full.gzipBytes,
    goalFullGzipBytes: 8192,
    embeddedGzipBytes: embedded.gzipBytes,
    fullOverEmbedded: ratio(full.gzipBytes, embedded.gzipBytes),
    goalRatio: 1.05,
  };
  console.log(
    `client drs: one-operation bundle, full model (${fullModel.operations} operations) ${full.gzipBytes} B gz (goal ≤ 8192) vs ` +
      `embedded model (${embeddedModel.operations} operations${embeddedModel.ruleSet ? ', same rule set' : ', NO rule set'}) ${embedded.gzipBytes} B gz: ×${result.fullOverEmbedded} (goal ≤ ×1.05)`,
  );
  return result;
}

export default async function benchClient(ctx: BenchContext) {
  const work = join(ctx.root, '.tmp', 'bench', 'clients');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const generate = await generator(ctx.root);
  const results: Record<string, unknown> = {};
  let drsFull: { target: ClientTarget; bundle: BundleResult } | undefined;
  for (const t of CLIENT_TARGETS) {
    const { result, ours } = await measureTarget(ctx, t, generate, work);
    results[t.key] = result;
    if (t.key === 'drs') drsFull = { target: t, bundle: ours };
  }
  results.operationCount = await operationCount(ctx, drsFull!.target, drsFull!.bundle);
  return results;
}
