/**
 * Endpoint rule sets: the generated client's `endpoint-rules.ts` for the real
 * DRS model and several corpus models passes each model's own
 * `smithy.rules#endpointTests`: every case's `params` straight through the rule
 * set, and every case's `operationInputs` through the generated operation
 * schemas (`endpointParams`: `staticContextParams`, `contextParam`,
 * `operationContextParams`) and `ruleSetEndpointResolver` (built-ins and
 * `clientParams`); the client maps region / FIPS / dual-stack / custom endpoint
 * onto the rule-set built-ins and passes `clientContextParams` and the input.
 *
 * Shared data comes from `$ANVIL_SHARED` (default `<repo>/../shared`): skipped
 * with a message when absent, failing when absent under `CI`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRuleSet, generate } from '@anvil/generator';
import { Client, ENDPOINT_FUNCTIONS, resolveEndpoint, ruleSetEndpointResolver, searchJmes, type CompiledRuleSet, type EndpointBuiltIns } from '@anvil/client-runtime';
import { restJson1, type OperationSchema } from '@anvil/runtime';
import { DrsService$, ListTagsForResource$ } from '@anvil-gen/drs-types';
import { DrsLiteClient, DrsServiceException, errors, listTagsForResource } from '@anvil-gen/drs-client';
import { checkEndpointCase, corpusEndpointTests, runEndpointTests, type EndpointTest } from './endpoint-cases.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(process.env.ANVIL_SHARED ?? join(ROOT, '..', 'shared'));
const hasShared = existsSync(SHARED);
if (!hasShared && process.env.CI) throw new Error(`Shared data not found at ${SHARED}: CI must provide ../shared (or set ANVIL_SHARED)`);
if (!hasShared) console.warn(`client-endpoints: skipping rule-set tests, shared data not found at ${SHARED} (set ANVIL_SHARED)`);

const CORPUS = ['secrets-manager', 'sqs', 'polly', 'mediastore-data', 'dynamodb-streams', 'kms', 'lambda', 'dynamodb', 'kinesis', 's3-control', 'eventbridge'];
/** Corpus models whose endpoint tests carry `operationInputs` that bind context parameters, with their case counts. */
const OPERATION_INPUTS: ReadonlyArray<readonly [string, number]> = [['dynamodb', 145], ['kinesis', 2], ['s3-control', 87], ['eventbridge', 1]];
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Generated {
  ruleSet: CompiledRuleSet;
  /** Operation schemas by operation name (from the generated types package's `schemas.ts`). */
  operations: Map<string, OperationSchema>;
}

/**
 * Generate the types and client packages of `model` into a temp dir (with `@anvil/runtime` linked into its
 * `node_modules`, so the schemas load) and load the emitted rule set and operation schemas.
 */
async function generated(model: string): Promise<Generated> {
  const root = mkdtempSync(join(tmpdir(), 'anvil-endpoints-'));
  temps.push(root);
  const out = join(root, 'out');
  generate({ models: [model], out, only: ['types', 'client'] });
  const runtimeLink = join(root, 'node_modules', '@anvil', 'runtime');
  mkdirSync(dirname(runtimeLink), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, 'packages', 'integration-tests', 'node_modules', '@anvil', 'runtime')), runtimeLink, 'dir');
  const file = join(out, 'client', 'src', 'endpoint-rules.ts');
  expect(existsSync(file), `${model}: no endpoint-rules.ts emitted`).toBe(true);
  const ruleSet = ((await import(pathToFileURL(file).href)) as { endpointRuleSet: CompiledRuleSet }).endpointRuleSet;
  const schemas = (await import(pathToFileURL(join(out, 'types', 'src', 'schemas.ts')).href)) as Record<string, unknown>;
  const operations = new Map<string, OperationSchema>();
  for (const value of Object.values(schemas)) {
    const op = value as Partial<OperationSchema>;
    if (typeof op.name === 'string' && typeof op.input === 'function' && Array.isArray(op.errors)) operations.set(op.name, op as OperationSchema);
  }
  return { ruleSet, operations };
}

async function emittedRuleSet(model: string): Promise<CompiledRuleSet> {
  return (await generated(model)).ruleSet;
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

/**
 * Run every case's `operationInputs` the way a client does: the operation's schema binds the context
 * parameters from `operationParams`, `builtInParams` are the built-ins, `clientParams` the client's
 * `clientContextParams`. Counts cases whose every operation input matches.
 */
function runOperationInputTests(gen: Generated, tests: EndpointTest[]): { passed: number; failures: string[] } {
  const resolver = ruleSetEndpointResolver(gen.ruleSet, ENDPOINT_FUNCTIONS);
  const failures: string[] = [];
  let passed = 0;
  for (const t of tests) {
    if (!t.operationInputs) continue;
    const before = failures.length;
    for (const oi of t.operationInputs) {
      const label = `${t.documentation ?? JSON.stringify(t.params)} [${oi.operationName}]`;
      const operation = gen.operations.get(oi.operationName);
      if (!operation) {
        failures.push(`${label}: no operation schema ${oi.operationName}`);
        continue;
      }
      const builtIns = { 'AWS::UseFIPS': false, 'AWS::UseDualStack': false, ...oi.builtInParams } as EndpointBuiltIns;
      const context = { operation, input: oi.operationParams ?? {}, search: searchJmes, ...(oi.clientParams ? { clientContextParams: oi.clientParams } : {}) };
      const failure = checkEndpointCase(t, label, () => resolver(builtIns, context));
      if (failure) failures.push(failure);
    }
    if (failures.length === before) passed++;
  }
  return { passed, failures };
}

const CREDS = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };

/** A `fetch` that records request URLs and answers an empty DRS `ListTagsForResource` output. */
function recordingFetch(): { urls: string[]; fetchFn: typeof fetch } {
  const urls: string[] = [];
  const fetchFn = (async (url: string) => {
    urls.push(url);
    return new Response('{"tags":{}}', { status: 200 });
  }) as typeof fetch;
  return { urls, fetchFn };
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

  it('the whole corpus: every case of every rule set passes through the compiled form (what `pnpm endpoint-tests` reports)', () => {
    const corpusDir = join(SHARED, 'models', 'api-models-aws-2026-04');
    const models = readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const { ruleSets, cases, passed, failures } = corpusEndpointTests(corpusDir, models);
    expect(failures).toEqual([]);
    expect(ruleSets).toBe(423);
    expect(cases).toBe(13_878);
    expect(passed).toBe(cases);
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

  it.each(OPERATION_INPUTS)('corpus model %s: every operationInputs case passes through the operation schemas', async (svc, count) => {
    const model = corpusModel(svc);
    const gen = await generated(model);
    const tests = (serviceTraits(model)['smithy.rules#endpointTests'] as { testCases: EndpointTest[] }).testCases;
    const { passed, failures } = runOperationInputTests(gen, tests);
    expect(failures).toEqual([]);
    expect(passed).toBe(count);
  });

  it('a client with the DRS rule set maps region, FIPS, dual-stack and a custom endpoint onto the built-ins', async () => {
    const ruleSet = await emittedRuleSet(join(SHARED, 'models', 'aws', 'drs.json'));
    const { urls, fetchFn } = recordingFetch();
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1, endpointResolver: ruleSetEndpointResolver(ruleSet, ENDPOINT_FUNCTIONS) };
    const arn = 'arn:aws:drs:us-east-1:123456789012:source-server/s-1';
    const call = (config: Record<string, unknown>) => new Client(binding, { credentials: CREDS, fetch: fetchFn, ...config }).send(ListTagsForResource$, { resourceArn: arn });
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

describe.skipIf(!hasShared)('account-based endpoints (AWS::Auth::AccountId, AWS::Auth::AccountIdEndpointMode)', () => {
  it('the real DynamoDB rule set: the credentials\' accountId picks the account endpoint unless disabled; required fails without one', async () => {
    const ruleSet = await emittedRuleSet(corpusModel('dynamodb'));
    const { urls, fetchFn } = recordingFetch();
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1, endpointResolver: ruleSetEndpointResolver(ruleSet, ENDPOINT_FUNCTIONS) };
    const withAccount = { ...CREDS, accountId: '123456789012' };
    const call = (config: Record<string, unknown>) =>
      new Client(binding, { region: 'us-east-1', fetch: fetchFn, ...config }).send(ListTagsForResource$, { resourceArn: 'arn:aws:drs:x' });
    await call({ credentials: withAccount });
    await call({ credentials: async () => withAccount, accountIdEndpointMode: 'preferred' });
    await call({ credentials: withAccount, accountIdEndpointMode: 'disabled' });
    await call({ credentials: CREDS });
    expect(urls.map((u) => new URL(u).host)).toEqual([
      '123456789012.ddb.us-east-1.amazonaws.com',
      '123456789012.ddb.us-east-1.amazonaws.com',
      'dynamodb.us-east-1.amazonaws.com',
      'dynamodb.us-east-1.amazonaws.com',
    ]);
    await expect(call({ credentials: CREDS, accountIdEndpointMode: 'required' })).rejects.toThrow(/AccountIdEndpointMode is required/);
    expect(() => new Client(binding, { accountIdEndpointMode: 'sometimes' as never })).toThrow(RangeError);
  });
});

describe('a client passes the operation, its input and clientContextParams to the rule set', () => {
  /** `https://{Stage}.example.com/{account}` where `account` is the ARN's account id; `Stage` defaults to `prod`. */
  const ruleSet = compileRuleSet({
    version: '1.0',
    parameters: {
      Region: { type: 'String', builtIn: 'AWS::Region', required: false },
      Stage: { type: 'String', required: true, default: 'prod' },
      ResourceArn: { type: 'String', required: false },
    },
    rules: [
      {
        type: 'endpoint',
        conditions: [
          { fn: 'isSet', argv: [{ ref: 'ResourceArn' }] },
          { fn: 'aws.parseArn', argv: [{ ref: 'ResourceArn' }], assign: 'arn' },           { fn: 'getAttr', argv: [{ ref: 'arn' }, 'accountId'], assign: 'account' },
        ],
        endpoint: { url: 'https://{Stage}.example.com/{account}', properties: {}, headers: {} },
      },
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://{Stage}.{Region}.example.com', properties: {}, headers: {} } },
    ],
  }, 'test#Service').ruleSet;

  it('binds contextParam from the input, over clientContextParams over the default', async () => {
    const { urls, fetchFn } = recordingFetch();
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1, endpointResolver: ruleSetEndpointResolver(ruleSet, ENDPOINT_FUNCTIONS) };
    const operation: OperationSchema = { ...ListTagsForResource$, endpointParams: { members: { ResourceArn: 'resourceArn' }, static: { Region: 'static-region' } } };
    const send = (config: Record<string, unknown>, resourceArn: string, op = operation) =>
      new Client(binding, { region: 'us-east-1', credentials: CREDS, fetch: fetchFn, ...config }).send(op, { resourceArn });
    await send({}, 'arn:aws:drs:us-east-1:123456789012:source-server/s-1');
    await send({ clientContextParams: { Stage: 'beta', ResourceArn: 'arn:aws:drs:us-east-1:999999999999:x/y' } }, 'arn:aws:drs:us-east-1:123456789012:source-server/s-1');
    await send({ clientContextParams: { Stage: 'beta' } }, 'not-an-arn');
    await send({}, 'not-an-arn', ListTagsForResource$);
    expect(urls.map((u) => u.replace(/\/tags\/.*/, ''))).toEqual([
      'https://prod.example.com/123456789012',
      'https://beta.example.com/123456789012',
      'https://beta.static-region.example.com',
      'https://prod.us-east-1.example.com',
    ]);
  });
});

describe('without a rule set (a binding with defaultEndpoint, no endpointResolver)', () => {
  it('falls back to the endpointPrefix default, with FIPS and dual-stack variants', async () => {
    const { urls, fetchFn } = recordingFetch();
    const binding = { service: DrsService$, errors, baseException: DrsServiceException, codec: restJson1, defaultEndpoint: resolveEndpoint };
    for (const config of [{}, { useFipsEndpoint: true }, { useDualstackEndpoint: true }]) {
      await new Client(binding, { region: 'us-west-2', credentials: CREDS, fetch: fetchFn, ...config }).send(ListTagsForResource$, { resourceArn: 'arn:aws:drs:x' });
    }
    expect(urls.map((u) => new URL(u).host)).toEqual(['drs.us-west-2.amazonaws.com', 'drs-fips.us-west-2.amazonaws.com', 'drs.us-west-2.api.aws']);
  });
});

describe('the embedded DRS model (models/drs/drs.json) carries DRS\'s endpoint rule set', () => {
  const EMBEDDED = join(ROOT, 'models', 'drs', 'drs.json');

  it('its generated rule set passes the model\'s own smithy.rules#endpointTests (41 cases)', async () => {
    const ruleSet = await emittedRuleSet(EMBEDDED);
    const tests = (serviceTraits(EMBEDDED)['smithy.rules#endpointTests'] as { testCases: EndpointTest[] }).testCases;
    const { passed, failures } = runEndpointTests(ruleSet, tests);
    expect(failures).toEqual([]);
    expect(passed).toBe(41);
  });

  it('DrsLiteClient resolves region, FIPS, dual-stack, China and a custom endpoint through it', async () => {
    const { urls, fetchFn } = recordingFetch();
    const call = (config: Record<string, unknown>) =>
      listTagsForResource(new DrsLiteClient({ credentials: CREDS, fetch: fetchFn, ...config }), { resourceArn: 'arn:aws:drs:us-east-1:123456789012:source-server/s-1' });
    await call({ region: 'eu-west-1' });
    await call({ region: 'us-gov-west-1', useFipsEndpoint: true });
    await call({ region: 'us-east-1', useDualstackEndpoint: true });
    await call({ region: 'us-east-1', useFipsEndpoint: true, useDualstackEndpoint: true });
    await call({ region: 'cn-north-1' });
    await call({ region: 'us-east-1', endpoint: 'https://example.com/base' });
    expect(urls.map((u) => u.replace(/\/tags\/.*/, ''))).toEqual([
      'https://drs.eu-west-1.amazonaws.com',
      'https://drs-fips.us-gov-west-1.amazonaws.com',
      'https://drs.us-east-1.api.aws',
      'https://drs-fips.us-east-1.api.aws',
      'https://drs.cn-north-1.amazonaws.com.cn',
      'https://example.com/base',
    ]);
    await expect(call({ region: 'us-east-1', useDualstackEndpoint: true, endpoint: 'https://example.com' })).rejects.toThrow(
      'Invalid Configuration: Dualstack and custom endpoint are not supported',
    );
  });

  it.skipIf(!hasShared)('is the full model\'s rule set and endpoint tests, unchanged (scripts/models/extend-drs.ts copies them)', () => {
    const full = serviceTraits(join(SHARED, 'models', 'aws', 'drs.json'));
    const embedded = serviceTraits(EMBEDDED);
    for (const id of ['smithy.rules#endpointRuleSet', 'smithy.rules#endpointTests']) expect(embedded[id], id).toEqual(full[id]);
    expect(embedded['smithy.rules#clientContextParams']).toEqual(full['smithy.rules#clientContextParams']);
  });
});
