import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTree, REPO_ROOT, sharedDir, tempDir, typecheckGenerated } from './helpers.js';

const DRS_SEED = join(REPO_ROOT, 'models', 'drs', 'drs.json');

describe('generate (embedded DRS model)', () => {
  it('writes the three packages with the expected summary', () => {
    const out = tempDir('gen');
    const r = generate({ models: [DRS_SEED], out });
    expect(r.service).toBe('drs');
    const model = JSON.parse(readFileSync(DRS_SEED, 'utf8')) as { shapes: Record<string, { type: string }> };
    const operationCount = Object.values(model.shapes).filter((s) => s.type === 'operation').length;
    expect(operationCount).toBeGreaterThan(1);
    expect(r.operations).toBe(operationCount);
    expect(r.changed.length).toBe(r.files);
    const tree = readTree(out);
    const sources = [...tree.keys()].filter((f) => f.includes('/src/')).sort();
    // one file per operation (function and ./sdk command) and per paginated operation, beside the fixed
    // files (msw/src/stateful.ts needs anvil.config.json's stateful binding, not given here; the model
    // carries DRS's endpoint rule set, hence client/src/endpoint-rules.ts)
    const perShape = /^client\/src\/(operations|sdk\/commands|paginators|sdk\/paginators)\//;
    expect(sources.filter((f) => !perShape.test(f))).toEqual([
      'client/src/client.ts',
      'client/src/endpoint-rules.ts',
      'client/src/errors.ts',
      'client/src/index.ts',
      'client/src/lite-client.ts',
      'client/src/schemas.ts',
      'client/src/sdk/client.ts',
      'client/src/sdk/index.ts',
      'msw/src/handlers.ts',
      'msw/src/index.ts',
      'types/src/index.ts',
      'types/src/schemas.ts',
      'types/src/types.ts',
    ]);
    expect(sources.filter((f) => f.startsWith('client/src/operations/'))).toHaveLength(operationCount);
    expect(sources.filter((f) => f.startsWith('client/src/sdk/commands/'))).toHaveLength(operationCount);
    expect(sources).toContain('client/src/operations/retryDataReplication.ts');
    expect(sources).toContain('client/src/paginators/describeSourceServers.ts');
    const schemas = tree.get('types/src/schemas.ts')!;
    expect(schemas).toContain(
      'export const SourceServerID$: StringSchema = { type: "string", id: "com.amazonaws.drs#SourceServerID", length: { min: 19, max: 19 }, pattern: "^s-[0-9a-zA-Z]{17}$" };',
    );
    expect(schemas).toContain('http: { method: "POST", uri: "/RetryDataReplication", code: 200 },');
    // the client's wire view: no constraints, no id but on errors; SourceServerID is the runtime's plain string
    const wire = tree.get('client/src/schemas.ts')!;
    expect(wire).not.toContain('SourceServerID$');
    expect(wire).not.toMatch(/pattern:|length:|values:/);
    expect(wire).toContain('sourceServerID: { target: plainString, required: true },');
    expect(wire).toContain('id: "com.amazonaws.drs#ResourceNotFoundException",');
    expect(wire).not.toContain('id: "com.amazonaws.drs#SourceServer",');
    expect(wire).toContain('http: { method: "POST", uri: "/RetryDataReplication", code: 200 },');
    expect(tree.get('client/src/operations/retryDataReplication.ts')).toContain("import { RetryDataReplication$ } from '../schemas.js';");
    expect(tree.get('client/src/operations/retryDataReplication.ts')).toContain('@deprecated WARNING: RetryDataReplication is deprecated');
    expect(tree.get('msw/src/handlers.ts')).toContain('export function retryDataReplicationHandler(');
  });

  it('is deterministic and rewrites nothing on a second run', () => {
    const a = tempDir('det-a');
    const b = tempDir('det-b');
    generate({ models: [DRS_SEED], out: a });
    generate({ models: [DRS_SEED], out: b });
    const ta = readTree(a);
    const tb = readTree(b);
    expect([...ta.keys()]).toEqual([...tb.keys()]);
    for (const [k, v] of ta) expect(tb.get(k), k).toBe(v);
    const again = generate({ models: [DRS_SEED], out: a });
    expect(again.changed).toEqual([]);
    expect(again.stale).toEqual([]);
  });

  it('removes sources that are no longer generated and reports them', () => {
    const out = tempDir('stale');
    generate({ models: [DRS_SEED], out });
    const extra = join(out, 'client', 'src', 'operations', 'removedOperation.ts');
    writeFileSync(extra, 'export {};\n');
    const dry = generate({ models: [DRS_SEED], out, dryRun: true });
    expect(dry.stale).toEqual([extra]);
    expect(existsSync(extra)).toBe(true);
    generate({ models: [DRS_SEED], out });
    expect(existsSync(extra)).toBe(false);
  });

  it('wires turbo: a model inside the workspace is the generate input; one outside makes generate uncached', () => {
    const root = tempDir('turbo-root');
    writeFileSync(join(root, 'turbo.json'), '{}');
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    mkdirSync(join(root, 'models', 'drs'), { recursive: true });
    const inside = join(root, 'models', 'drs', 'drs.json');
    copyFileSync(DRS_SEED, inside);
    generate({ models: [inside], out: join(root, 'gen', 'in') });
    expect(JSON.parse(readFileSync(join(root, 'gen', 'in', 'types', 'turbo.json'), 'utf8')).tasks).toEqual({
      generate: { dependsOn: ['^build'], cache: true, inputs: ['$TURBO_ROOT$/models/drs/drs.json'], outputs: ['src/**'] },
      // build/typecheck hash the generate task, not the sources generate rewrites
      build: { dependsOn: ['^build', 'generate'], inputs: ['package.json', 'tsconfig.json'], outputs: ['dist/**'] },
      typecheck: { dependsOn: ['^build', 'generate'], inputs: ['package.json', 'tsconfig.json'] },
    });
    generate({ models: [DRS_SEED], out: join(root, 'gen', 'out') });
    expect(JSON.parse(readFileSync(join(root, 'gen', 'out', 'client', 'turbo.json'), 'utf8')).tasks).toEqual({
      generate: { dependsOn: ['^build'], cache: false },
      build: { dependsOn: ['^build', 'generate'], outputs: ['dist/**'] },
    });
  });

  it('leaves previous output intact when the model is bad', () => {
    const out = tempDir('bad');
    generate({ models: [DRS_SEED], out });
    const before = readTree(out);
    const bad = join(tempDir('badmodel'), 'broken.json');
    writeFileSync(bad, '{ "smithy": "2.0", "shapes": { ');
    expect(() => generate({ models: [bad], out })).toThrow(/broken\.json/);
    expect(readTree(out)).toEqual(before);
  });

  it('type-checks under strict', () => {
    const out = tempDir('tsc');
    generate({ models: [DRS_SEED], out });
    const r = typecheckGenerated(out, 'drs');
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });
});

const shared = sharedDir();

describe.skipIf(!shared)('generate (real DRS model, 70 operations; needs ../shared)', () => {
  it('generates all three packages and they type-check under strict', () => {
    const out = tempDir('drs-full');
    const r = generate({ models: [join(shared!, 'models', 'aws', 'drs.json')], out });
    expect(r.operations).toBe(70);
    const tree = readTree(out);
    expect([...tree.keys()].filter((f) => f.startsWith('client/src/operations/')).length).toBe(70);
    expect(readFileSync(join(out, 'msw', 'src', 'handlers.ts'), 'utf8').match(/^export function \w+Handler\(/gm)?.length).toBe(70);
    const tc = typecheckGenerated(out, 'drs');
    expect(tc.output).toBe('');
    expect(tc.status).toBe(0);
  }, 120_000);
});

describe('client body encoders', () => {
  const model = (traits: Record<string, unknown>) => ({
    smithy: '2.0',
    shapes: {
      'ex#Svc': { type: 'service', version: '1', operations: [{ target: 'ex#Put' }], traits: { 'aws.protocols#restJson1': {} } },
      'ex#Put': { type: 'operation', traits: { 'smithy.api#http': { method: 'POST', uri: '/put' }, ...traits } },
    },
  });
  const liteClient = (traits: Record<string, unknown>) => {
    const dir = tempDir('encoders');
    writeFileSync(join(dir, 'm.json'), JSON.stringify(model(traits)));
    generate({ models: [join(dir, 'm.json')], out: join(dir, 'out'), name: 'ex', only: ['client'] });
    return readFileSync(join(dir, 'out', 'client', 'src', 'lite-client.ts'), 'utf8');
  };

  it('passes only the encoders the model uses, so other clients do not bundle gzip or MD5', () => {
    expect(liteClient({})).not.toContain('bodyEncoders');
    expect(liteClient({ 'smithy.api#httpChecksumRequired': {} })).toContain('bodyEncoders: [contentMd5]');
    expect(liteClient({ 'smithy.api#requestCompression': { encodings: ['gzip'] }, 'smithy.api#httpChecksumRequired': {} })).toContain(
      'bodyEncoders: [requestCompression, contentMd5]',
    );
  });
});
