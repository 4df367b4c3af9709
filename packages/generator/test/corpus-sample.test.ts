/**
 * A diverse sample of the AWS model corpus (`<shared>/models/api-models-aws-2026-04`):
 * every protocol the corpus has (restJson1, awsJson1_0, awsJson1_1, restXml,
 * awsQuery, rpcv2Cbor — there is no ec2Query service in it), the biggest models,
 * models with many (nested) resources, event streams, and names that collide with
 * what the emitters declare. For each: generation succeeds, the operation count
 * equals an independent count walked from the raw JSON (not through the loader),
 * and all output type-checks under strict (batched tsc, 2 processes).
 * The corpus has no mixins (AWS publishes flattened models): mixins are covered
 * by the loader's tests. `pnpm breadth` runs the whole corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBatch, Limiter, linkMsw, makeBatches, type BatchResult } from '../../../scripts/breadth/typecheck.js';
import { findTsc } from '../../../scripts/breadth/compilers.js';
import { generate, type GenerateResult } from '../src/generate.js';
import { REPO_ROOT, sharedDir, tempDir } from './helpers.js';

/** Sample → the protocol trait it is picked for (documentation; checked below). */
const SAMPLE: Record<string, string> = {
  // restJson1: big, resources, event streams, a service-exception name clash
  lambda: 'restJson1',
  'bedrock-runtime': 'restJson1',
  connect: 'restJson1',
  quicksight: 'restJson1',
  bedrock: 'restJson1',
  omics: 'restJson1',
  datazone: 'restJson1',
  'api-gateway': 'restJson1',
  iot: 'restJson1',
  'transcribe-streaming': 'restJson1',
  // awsJson1_1
  sagemaker: 'awsJson1_1',
  glue: 'awsJson1_1',
  'cloudwatch-logs': 'awsJson1_1',
  ecs: 'awsJson1_1',
  kinesis: 'awsJson1_1',
  // awsJson1_0
  dynamodb: 'awsJson1_0',
  sqs: 'awsJson1_0',
  proton: 'awsJson1_0',
  sfn: 'awsJson1_0',
  // rpcv2Cbor (each also declares a JSON or query protocol)
  'arc-region-switch': 'rpcv2Cbor',
  'compute-optimizer': 'rpcv2Cbor',
  cloudwatch: 'rpcv2Cbor',
  gamelift: 'rpcv2Cbor',
  // restXml
  s3: 'restXml',
  cloudfront: 'restXml',
  'route-53': 'restXml',
  's3-control': 'restXml',
  // awsQuery
  iam: 'awsQuery',
  sts: 'awsQuery',
  sns: 'awsQuery',
  'elastic-beanstalk': 'awsQuery',
};

const CORPUS_PROTOCOLS = ['restJson1', 'awsJson1_0', 'awsJson1_1', 'restXml', 'awsQuery', 'rpcv2Cbor'];

type Json = Record<string, unknown>;

/** Every shape of a model directory's JSON files, straight from the JSON (later files win). */
function rawShapes(dir: string): Map<string, Json> {
  const shapes = new Map<string, Json>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        const doc = JSON.parse(readFileSync(p, 'utf8')) as { shapes?: Record<string, Json> };
        for (const [id, shape] of Object.entries(doc.shapes ?? {})) shapes.set(id, shape);
      }
    }
  };
  walk(dir);
  return shapes;
}

const targets = (v: unknown): string[] => (Array.isArray(v) ? v.map((r) => (r as { target: string }).target) : []);

/**
 * Operations bound to the model's service, walked from the raw JSON: the service's
 * `operations`, and for every (nested) resource its lifecycle operations, `operations`
 * and `collectionOperations`.
 */
function rawServiceFacts(dir: string): { operations: number; protocols: string[] } {
  let facts = factsCache.get(dir);
  if (!facts) factsCache.set(dir, (facts = readServiceFacts(dir)));
  return facts;
}

/** Parsed once per model: the corpus models are large, and several tests ask about each. */
const factsCache = new Map<string, { operations: number; protocols: string[] }>();

function readServiceFacts(dir: string): { operations: number; protocols: string[] } {
  const shapes = rawShapes(dir);
  const services = [...shapes.values()].filter((s) => s.type === 'service');
  expect(services.length, `${dir}: one service`).toBe(1);
  const service = services[0]!;
  const ops = new Set<string>(targets(service.operations));
  const seen = new Set<string>();
  const visitResource = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const r = shapes.get(id)!;
    for (const k of ['create', 'put', 'read', 'update', 'delete', 'list']) {
      const ref = r[k] as { target: string } | undefined;
      if (ref) ops.add(ref.target);
    }
    for (const t of [...targets(r.operations), ...targets(r.collectionOperations)]) ops.add(t);
    targets(r.resources).forEach(visitResource);
  };
  targets(service.resources).forEach(visitResource);
  const protocols = Object.keys((service.traits ?? {}) as Json)
    .filter((t) => t.includes('protocols#'))
    .map((t) => t.split('#')[1]!);
  return { operations: ops.size, protocols };
}

const shared = sharedDir();
const corpus = shared ? join(shared, 'models', 'api-models-aws-2026-04') : undefined;
if (shared && !existsSync(corpus!)) {
  if (process.env.CI) throw new Error(`corpus missing at ${corpus}: CI must provide it (set ANVIL_SHARED)`);
  console.warn(`[generator] skipping corpus sample: ${corpus} is missing`);
}
if (!shared) console.warn(`[generator] skipping corpus sample: shared data not found at ${process.env.ANVIL_SHARED ?? '../shared'} (set ANVIL_SHARED)`);

describe.skipIf(!corpus || !existsSync(corpus))('corpus sample (31 AWS models; needs ../shared)', () => {
  const out = tempDir('corpus');
  const results = new Map<string, GenerateResult | Error>();
  let checks: BatchResult[] = [];

  beforeAll(async () => {
    for (const model of Object.keys(SAMPLE)) {
      try {
        results.set(model, generate({ models: [join(corpus!, model)], out: join(out, model), name: model }));
      } catch (e) {
        results.set(model, e as Error);
      }
    }
    // Weight batches by emitted shapes, so the two tsc processes get similar work.
    const items = [...results].flatMap(([name, r]) => (r instanceof Error ? [] : [{ name, slug: name, bytes: r.shapes }]));
    linkMsw(REPO_ROOT, out);
    const total = items.reduce((s, i) => s + i.bytes, 0);
    const limiter = new Limiter(2);
    const batches = makeBatches(items, Math.ceil(total / 2) + 1);
    // The workspace's TypeScript 5.9.3, whatever else is installed: the support matrix's typescript 5.9
    // cell counts on this test for the corpus under 5.9 (6.0 and 7.0 check their own sample there).
    const tsc = findTsc(REPO_ROOT, '5.9');
    checks = await Promise.all(batches.map((b, i) => limiter.run(() => checkBatch(REPO_ROOT, out, b, i, tsc))));
  }, 600_000);

  it('covers every protocol of the corpus', () => {
    const covered = new Set(Object.keys(SAMPLE).flatMap((m) => rawServiceFacts(join(corpus!, m)).protocols));
    for (const p of CORPUS_PROTOCOLS) expect(covered.has(p), p).toBe(true);
    for (const [m, p] of Object.entries(SAMPLE)) expect(rawServiceFacts(join(corpus!, m)).protocols, m).toContain(p);
  }, 120_000 /* parses all 31 corpus models (large JSON): seconds on a busy machine */);

  it.each(Object.keys(SAMPLE))('%s: generates every operation of its closure', (model) => {
    const r = results.get(model);
    if (r instanceof Error) throw r;
    expect(r!.operations).toBe(rawServiceFacts(join(corpus!, model)).operations);
    expect(r!.operations).toBeGreaterThan(0);
  });

  it('model documentation forges no TSDoc tag: TypeScript finds only the generator\'s own tags', () => {
    // CloudWatch Logs documents `@aws.region = "us-east-1"`; mid-line `@word` in model text once became tags
    const found = new Map<string, number>();
    for (const model of ['cloudwatch-logs', 's3', 'lambda', 'iam']) {
      for (const file of ['types/src/types.ts', 'client/src/lite-client.ts']) {
        const path = join(out, model, file);
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          for (const tag of ts.getJSDocTags(node)) found.set(tag.tagName.text, (found.get(tag.tagName.text) ?? 0) + 1);
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    expect([...found.keys()].filter((t) => !['param', 'returns', 'throws', 'deprecated', 'typeParam', 'defaultValue'].includes(t))).toEqual([]);
    expect(found.get('deprecated')).toBeGreaterThan(0);
  });

  it('type-checks all output under strict', () => {
    const problems = checks.flatMap((c) => [...c.other, ...[...c.errors.values()].flat()]);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(checks.map((c) => c.status)).toEqual(checks.map(() => 0));
    expect(checks.flatMap((c) => c.models).sort()).toEqual([...results.keys()].sort());
  });
});
