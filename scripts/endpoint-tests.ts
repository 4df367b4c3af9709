/**
 * `pnpm endpoint-tests`: every `smithy.rules#endpointTests` case of the AWS corpus
 * (`<shared>/models/api-models-aws-2026-04`) through the rule set as Anvil compiles it
 * (`compileRuleSet`, the form generated clients carry) and the `@anvil/client-runtime` evaluator, with a
 * report (`reports/endpoint-tests/summary.json`). Each case's `params` go straight to the rule set; the
 * expected endpoint (URL, headers, properties) or error text must match exactly (Smithy "Endpoint rules",
 * endpointTests trait).
 *
 * Usage: pnpm endpoint-tests [--only a,b]
 * Exit status 1 when any case fails (all 13,878 cases of the 2026-04 corpus pass).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusEndpointTests } from '../packages/integration-tests/test/endpoint-cases.js';
import { CORPUS, listModels, sharedDir } from './breadth/corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').map((s) => s.trim()).filter(Boolean) : [];

const started = performance.now();
const corpusDir = join(sharedDir(root), 'models', CORPUS);
let models: string[];
try {
  models = listModels(corpusDir, only);
} catch (e) {
  console.error(`endpoint-tests: ${(e as Error).message}`);
  process.exit(2);
}
const { ruleSets, cases, passed, failures } = corpusEndpointTests(corpusDir, models);
const summary = {
  corpus: CORPUS,
  models: models.length,
  modelsWithRuleSets: ruleSets,
  cases,
  passed,
  failed: failures.length,
  failures,
  ms: Math.round(performance.now() - started),
};
const out = join(root, 'reports', 'endpoint-tests');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`endpoint-tests: ${passed} of ${cases} cases pass in ${ruleSets} rule sets (${models.length} models), ${failures.length} fail`);
for (const f of failures) console.log(`  ${f.model}: ${f.failure.slice(0, 300)}`);
console.log(`  report: ${join('reports', 'endpoint-tests', 'summary.json')} (${(summary.ms / 1000).toFixed(1)} s)`);
if (failures.length > 0) process.exitCode = 1;
