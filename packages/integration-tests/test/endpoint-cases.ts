/**
 * Running `smithy.rules#endpointTests` cases (Smithy "Endpoint rules" → "endpointTests trait") against a
 * compiled rule set: shared by `client-endpoints.test.ts` and the whole-corpus `pnpm endpoint-tests` script.
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRuleSet, type CompiledRuleSet, type ResolvedEndpoint } from '@anvil/client-runtime';
import { compileRuleSet } from '@anvil/generator';

/** One operation input of an endpoint test case: an operation, its input, built-ins and client context params. */
export interface OperationInput {
  operationName: string;
  operationParams?: Record<string, unknown>;
  builtInParams?: Record<string, unknown>;
  clientParams?: Record<string, unknown>;
}

/** One `smithy.rules#endpointTests` test case as it appears in a model. */
export interface EndpointTest {
  documentation?: string;
  params?: Record<string, unknown>;
  operationInputs?: OperationInput[];
  expect: { error?: string; endpoint?: { url: string; headers?: Record<string, string[]>; properties?: Record<string, unknown> } };
}

/** Object keys sorted recursively, so two endpoints compare by content. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/**
 * Check one resolution against a test case's expectation (URL, headers and properties, or the error text).
 * @returns the failure text, or undefined when it matches
 */
export function checkEndpointCase(t: EndpointTest, label: string, resolve: () => ResolvedEndpoint): string | undefined {
  try {
    const got = resolve();
    if (t.expect.error !== undefined) return `${label}: expected error ${JSON.stringify(t.expect.error)}, got ${got.url.href}`;
    const want = t.expect.endpoint!;
    const actual = { url: got.url.href, headers: got.headers ?? {}, properties: got.properties ?? {} };
    const expected = { url: new URL(want.url).href, headers: want.headers ?? {}, properties: want.properties ?? {} };
    if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(expected))) {
      return `${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    }
    return undefined;
  } catch (e) {
    if (t.expect.error !== undefined && (e as Error).message === t.expect.error) return undefined;
    return `${label}: ${t.expect.error === undefined ? 'unexpected error' : `expected error ${JSON.stringify(t.expect.error)}, got`} ${(e as Error).message}`;
  }
}

/**
 * Run every case's `params` straight through the rule set.
 * @returns how many cases passed and the failure texts
 */
export function runEndpointTests(ruleSet: CompiledRuleSet, tests: readonly EndpointTest[]): { passed: number; failures: string[] } {
  const failures: string[] = [];
  let passed = 0;
  for (const t of tests) {
    const label = t.documentation ?? JSON.stringify(t.params);
    const failure = checkEndpointCase(t, label, () => resolveRuleSet(ruleSet, t.params ?? {}));
    if (failure) failures.push(failure);
    else passed++;
  }
  return { passed, failures };
}

/** What {@link corpusEndpointTests} found. */
export interface CorpusEndpointResult {
  /** Models whose service carries `smithy.rules#endpointRuleSet`. */
  readonly ruleSets: number;
  readonly cases: number;
  readonly passed: number;
  readonly failures: ReadonlyArray<{ readonly model: string; readonly failure: string }>;
}

/**
 * Compile each corpus model's rule set as a generated client carries it (`compileRuleSet`) and run its
 * `smithy.rules#endpointTests` cases' `params` through it.
 * @param corpusDir `<shared>/models/api-models-aws-2026-04` (`<svc>/service/<version>/*.json`; the newest version)
 * @param models model directory names
 * @throws Error naming the file when a rule set does not compile
 */
export function corpusEndpointTests(corpusDir: string, models: readonly string[]): CorpusEndpointResult {
  let ruleSets = 0;
  let cases = 0;
  let passed = 0;
  const failures: { model: string; failure: string }[] = [];
  for (const model of models) {
    const dir = join(corpusDir, model, 'service');
    const version = readdirSync(dir).sort().at(-1)!;
    for (const f of readdirSync(join(dir, version)).filter((x) => x.endsWith('.json'))) {
      const file = join(dir, version, f);
      const json = JSON.parse(readFileSync(file, 'utf8')) as { shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
      const traits = Object.values(json.shapes).find((s) => s.type === 'service')?.traits ?? {};
      const raw = traits['smithy.rules#endpointRuleSet'];
      if (!raw) continue;
      ruleSets++;
      const tests = (traits['smithy.rules#endpointTests'] as { testCases?: EndpointTest[] } | undefined)?.testCases ?? [];
      const r = runEndpointTests(compileRuleSet(raw, file).ruleSet, tests);
      cases += tests.length;
      passed += r.passed;
      for (const failure of r.failures) failures.push({ model, failure });
    }
  }
  return { ruleSets, cases, passed, failures };
}
