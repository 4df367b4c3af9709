/**
 * Endpoint rule sets: the generated client's `endpoint-rules.ts` for the real
 * DRS model and several corpus models passes each model's own
 * `smithy.rules#endpointTests`; the client maps region / FIPS / dual-stack /
 * custom endpoint onto the rule-set built-ins.
 *
 * Shared data comes from `$ANVIL_SHARED` (default `<repo>/../shared`): skipped
 * with a message when absent, failing when absent under `CI`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '@anvil/generator';
import { Client, resolveRuleSet, ruleSetEndpointResolver } from '@anvil/client-runtime';
import { restJson1 } from '@anvil/runtime';
import { DrsService$, ListTagsForResource$ } from '@anvil-gen/drs-types';
import { DrsServiceException, errors } from '@anvil-gen/drs-client';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(process.env.ANVIL_SHARED ?? join(ROOT, '..', 'shared'));
const hasShared = existsSync(SHARED);
if (!hasShared && process.env.CI) throw new Error(`Shared data not found at ${SHARED}: CI must provide ../shared (or set ANVIL_SHARED)`);
if (!hasShared) console.warn(`client-endpoints: skipping rule-set tests, shared data not found at ${SHARED} (set ANVIL_SHARED)`);

const CORPUS = ['secrets-manager', 'sqs', 'polly', 'mediastore-data', 'dynamodb-streams', 'kms', 'lambda'];
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface EndpointTest {
  documentation?: string;
  params?: Record<string, unknown>;
  expect: { error?: string; endpoint?: { url: string; headers?: Record<string, string[]>; properties?: Record<string, unknown> } };
}

/** Generate the client package of `model` into a temp dir and load its emitted rule set. */
async function emittedRuleSet(model: string): Promise<unknown> {
  const out = mkdtempSync(join(tmpdir(), 'anvil-endpoints-'));
  temps.push(out);
  generate({ models: [model], out, only: ['client'] });
  const file = join(out, 'client', 'src', 'endpoint-rules.ts');
  expect(existsSync(file), `${model}: no endpoint-rules.ts emitted`).toBe(true);
  return ((await import(pathToFileURL(file).href)) as { endpointRuleSet: unknown }).endpointRuleSet;
}

function serviceTraits(model: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(model, 'utf8')) as { shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
  return Object.values(json.shapes).find((s) => s.type === 'service')!.traits ?? {};
}

function corpusModel(svc: string): string {
  const dir = join(SHARED, 'models', 'api-models-aws-2026-04', svc, 'service');
  const version = readdirSync(dir).sort().at(-1)!;
  const files = readdirSync(join(dir, version)).filter((f) => f.endsWith('.json'));
  return join(dir, version, files[0]!);
}

function runEndpointTests(ruleSet: unknown, tests: EndpointTest[]): { passed: number; failures: string[] } {
  const failures: string[] = [];
  let passed = 0;
  for (const t of tests) {
    const label = t.documentation ?? JSON.stringify(t.params);
    try {
      const got = resolveRuleSet(ruleSet, t.params ?? {});
      if (t.expect.error !== undefined) {
        failures.push(`${label}: expected error ${JSON.stringify(t.expect.error)}, got ${got.url.href}`);
        continue;
      }
      const want = t.expect.endpoint!;
      const actual = { url: got.url.href, headers: got.headers ?? {}, properties: got.properties ?? {} };
      const expected = { url: new URL(want.url).href, headers: want.headers ?? {}, properties: want.properties ?? {} };
      if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(expected))) {
        failures.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      } else passed++;
    } catch (e) {
      if (t.expect.error !== undefined && (e as Error).message === t.expect.error) passed++;
      else failures.push(`${label}: ${t.expect.error === undefined ? 'unexpected error' : `expected error ${JSON.stringify(t.expect.error)}, got`} ${(e as Error).message}`);
    }
  }
  return { passed, failures };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

describe.skipIf(!hasShared)('smithy.rules#endpointTests', () => {
  it('the real DRS model (shared/models/aws/drs.json): every test case passes', async () => {
    const model = join(SHARED, 'models', 'aws', 'drs.json');
    const ruleSet = await emittedRuleSet(model);
    const tests = (serviceTraits(model)['smithy.rules#endpointTests'] as { testCases: EndpointTest[] }).testCases;
    const { passed, failures } = runEndpointTests(ruleSet, tests);
    expect(failures).toEqual([]);
    expect(passed).toBe(41);
  });

  it.each(CORPUS)('corpus model %s: every test case passes', async (svc) => {
    const model = corpusModel(svc);
    const ruleSet = await emittedRuleSet(model);
    const tests = (serviceTraits(model)['smithy.rules#endpointTests'] as { testCases: EndpointTest[] }).testCases;
    const { passed, failures } = runEndpointTests(ruleSet, tests);
    expect(failures).toEqual([]);
    expect(passed).toBe(tests.length);
    expect(passed).toBeGreaterThan(10);
  });

  it('a client with the DRS rule set maps region, FIPS, dual-stack and a custom endpoint onto the built-ins', async () => {
    const ruleSet = await emittedRuleSet(join(SHARED, 'models', 'aws', 'drs.json'));
    const urls: string[] = [];
    const fetchFn = (async (url: string) => {
      urls.push(url);
      return new Response('{"tags":{}}', { status: 200 });
    }) as typeof fetch;
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1, endpointResolver: ruleSetEndpointResolver(ruleSet) };
    const creds = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
    const arn = 'arn:aws:drs:us-east-1:123456789012:source-server/s-1';
    const call = (config: Record<string, unknown>) => new Client(binding, { credentials: creds, fetch: fetchFn, ...config }).send(ListTagsForResource$, { resourceArn: arn });
    await call({ region: 'eu-west-1' });
    await call({ region: 'us-gov-west-1', useFipsEndpoint: true });
    await call({ region: 'us-east-1', useDualstackEndpoint: true });
    await call({ region: 'cn-north-1' });
    await call({ region: 'us-east-1', endpoint: 'https://example.com/base' });
    expect(urls.map((u) => u.replace(/\/tags\/.*/, ''))).toEqual([
      'https://drs.eu-west-1.amazonaws.com',
      'https://drs-fips.us-gov-west-1.amazonaws.com',
      'https://drs.us-east-1.api.aws',
      'https://drs.cn-north-1.amazonaws.com.cn',
      'https://example.com/base',
    ]);
    await expect(call({ region: 'us-east-1', useFipsEndpoint: true, endpoint: 'https://example.com' })).rejects.toThrow(
      'Invalid Configuration: FIPS and custom endpoint are not supported',
    );
  });
});

describe('without a rule set (the embedded model)', () => {
  it('falls back to the endpointPrefix default, with FIPS and dual-stack variants', async () => {
    const urls: string[] = [];
    const fetchFn = (async (url: string) => {
      urls.push(url);
      return new Response('{"tags":{}}', { status: 200 });
    }) as typeof fetch;
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1 };
    const creds = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
    for (const config of [{}, { useFipsEndpoint: true }, { useDualstackEndpoint: true }]) {
      await new Client(binding, { region: 'us-west-2', credentials: creds, fetch: fetchFn, ...config }).send(ListTagsForResource$, { resourceArn: 'arn:aws:drs:x' });
    }
    expect(urls.map((u) => new URL(u).host)).toEqual(['drs.us-west-2.amazonaws.com', 'drs-fips.us-west-2.amazonaws.com', 'drs.us-west-2.api.aws']);
  });
});
