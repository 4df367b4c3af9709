/**
 * Benchmark: generated clients against the AWS SDK, side by side in one run, for each target of
 * `client/targets.ts` (Lambda GetFunction and DynamoDB GetItem against `@aws-sdk/client-*` 3.1178.0, the
 * current SDK; DRS RetryDataReplication from the full DRS model against `@aws-sdk/client-drs` 3.523.0):
 *
 * - bundle: one-operation browser bundle (esbuild --bundle --platform=browser --format=esm --minify), gzip -9
 *   bytes, lite client + operation function vs client + command; what each part of ours costs;
 * - calls/s: sequential calls through an in-memory transport returning the same canned response;
 * - DRS: the one-operation bundle of the full model (70 operations) against the embedded model's (3
 *   operations, no rule set) and against the embedded model given the full model's rule set (same
 *   features, only the operation count differs).
 *
 * Our clients are generated into `.tmp/bench/clients/` by the built generator (`pnpm build` first); the SDKs
 * resolve from `packages/bench`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ['schemas (the operation\'s closure)', /types\/src\/schemas|\/runtime\/src\/schema\//],
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
      speedup: Number((rates.anvil.median / rates.sdk.median).toFixed(2)),
      goalSpeedup: 5,
      callsPerSample: rates.callsPerSample,
      samplesAnvil: rates.anvil.samples,
      samplesSdk: rates.sdk.samples,
      responseBytes: t.response.body.length,
    },
  };
  console.log(
    `client ${t.key}: bundle ours ${ours.gzipBytes} B gz (./sdk surface ${surface.gzipBytes} B) vs SDK ${sdk.gzipBytes} B gz (${(result.bundle.ratio * 100).toFixed(1)}%, goal ≤ 15%); ` +
      `calls/s ours ${rates.anvil.median} vs SDK ${rates.sdk.median} (${result.callsPerSecond.speedup}×, goal ≥ 5×)`,
  );
  return { result, ours };
}

/**
 * #13.5: the one-operation bundle must not depend on how many operations the service has. The embedded DRS
 * model has 3 operations and no endpoint rule set; `embedded + rules` adds the full model's rule set to it.
 */
async function operationCount(ctx: BenchContext, full: BundleResult, generate: Generate, work: string) {
  const benchDir = join(ctx.root, 'packages', 'bench');
  const entry = (slug: string) => `import { ${slug === 'drs' ? 'Drs' : 'DrsRules'}LiteClient as C, retryDataReplication } from '@anvil-gen/${slug}-client';
const client = new C({ region: 'us-east-1' });
export const run = (input) => retryDataReplication(client, input);`;
  const nodePaths = [join(benchDir, 'node_modules')];
  const embedded = await bundleBrowser(entry('drs'), benchDir, { root: ctx.root, nodePaths });
  const model = JSON.parse(readFileSync(join(ctx.root, 'models', 'drs', 'drs.json'), 'utf8')) as { shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
  const fullModel = JSON.parse(readFileSync(join(ctx.shared, 'models', 'aws', 'drs.json'), 'utf8')) as typeof model;
  const ruleSet = Object.values(fullModel.shapes).find((s) => s.type === 'service')!.traits!['smithy.rules#endpointRuleSet'];
  const service = Object.values(model.shapes).find((s) => s.type === 'service')!;
  service.traits = { ...service.traits, 'smithy.rules#endpointRuleSet': ruleSet };
  const withRulesModel = join(work, 'drs-embedded-with-rules.json');
  writeFileSync(withRulesModel, JSON.stringify(model));
  generate({ models: [withRulesModel], out: join(work, 'drs-rules'), name: 'drs-rules', only: ['types', 'client'] });
  const withRules = await bundleBrowser(entry('drs-rules'), benchDir, { root: ctx.root, generatedDir: work, nodePaths });
  const result = {
    what: 'one-operation (RetryDataReplication) browser bundle, gzip -9: full DRS model (70 operations, rule set) vs the embedded model (3 operations, no rule set) and vs the embedded model with the full model\'s rule set',
    fullGzipBytes: full.gzipBytes,
    goalFullGzipBytes: 8192,
    embeddedGzipBytes: embedded.gzipBytes,
    embeddedWithRulesGzipBytes: withRules.gzipBytes,
    fullOverEmbedded: ratio(full.gzipBytes, embedded.gzipBytes),
    fullOverEmbeddedWithRules: ratio(full.gzipBytes, withRules.gzipBytes),
    goalRatio: 1.05,
  };
  console.log(
    `client drs: full-model bundle ${full.gzipBytes} B gz (goal ≤ 8192); embedded ${embedded.gzipBytes} B (×${result.fullOverEmbedded}), ` +
      `embedded + rule set ${withRules.gzipBytes} B (×${result.fullOverEmbeddedWithRules}); goal ≤ ×1.05`,
  );
  return result;
}

export default async function benchClient(ctx: BenchContext) {
  const work = join(ctx.root, '.tmp', 'bench', 'clients');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const generate = await generator(ctx.root);
  const results: Record<string, unknown> = {};
  let drsFull: BundleResult | undefined;
  for (const t of CLIENT_TARGETS) {
    const { result, ours } = await measureTarget(ctx, t, generate, work);
    results[t.key] = result;
    if (t.key === 'drs') drsFull = ours;
  }
  results.operationCount = await operationCount(ctx, drsFull!, generate, work);
  return results;
}
