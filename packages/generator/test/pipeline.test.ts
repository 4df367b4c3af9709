import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { checkDrift } from '../src/diff/drift.js';
import { generate, type GenerateResult } from '../src/generate.js';
import { serviceJob, servicesForFile, watchModels } from '../src/watch.js';
import { REPO_ROOT, readTree, tempDir, typecheckGenerated } from './helpers.js';

const NOTES = join(REPO_ROOT, 'models', 'notes', 'notes.json');
const DRS = join(REPO_ROOT, 'models', 'drs', 'drs.json');

/** A temporary workspace with both embedded models and an anvil.config.json listing them. */
function workspace(): string {
  const dir = tempDir('pipe');
  for (const [svc, src] of [['notes', NOTES], ['drs', DRS]] as const) {
    mkdirSync(join(dir, 'models', svc), { recursive: true });
    copyFileSync(src, join(dir, 'models', svc, `${svc}.json`));
  }
  writeFileSync(
    join(dir, 'anvil.config.json'),
    JSON.stringify({
      services: [
        { models: ['models/drs/drs.json'], out: 'gen/drs' },
        { models: ['models/notes'], out: 'gen/notes', name: 'notes' },
      ],
    }),
  );
  return dir;
}

describe('the embedded notes model', () => {
  it('generates three packages (outside a turborepo: no turbo.json) that type-check under strict', () => {
    const out = tempDir('notes');
    const r = generate({ models: [NOTES], out, name: 'notes' });
    expect([r.service, r.operations]).toEqual(['notes', 3]);
    expect([...readTree(out).keys()].filter((f) => !f.includes('/src/')).sort()).toEqual([
      'client/package.json',
      'client/tsconfig.json',
      'msw/package.json',
      'msw/tsconfig.json',
      'types/package.json',
      'types/tsconfig.json',
    ]);
    const tc = typecheckGenerated(out, 'notes');
    expect(tc.output).toBe('');
    expect(tc.status).toBe(0);
  });
});

describe('drift check', () => {
  it('reports a hand edit to a generated file by path, and passes again after regenerating', () => {
    const dir = workspace();
    const config = readConfig(join(dir, 'anvil.config.json'));
    const jobs = config.services.map((s) => serviceJob(s));
    for (const job of jobs) generate(job);
    expect(checkDrift(jobs, dir).stale).toEqual([]);

    const edited = join(dir, 'gen', 'notes', 'client', 'src', 'client.ts');
    appendFileSync(edited, '// hand edit\n');
    const orphan = join(dir, 'gen', 'drs', 'types', 'src', 'extra.ts');
    writeFileSync(orphan, 'export {};\n');
    const r = checkDrift(jobs, dir);
    expect(r.stale).toEqual(['gen/notes/client/src/client.ts']);
    expect(r.orphaned).toEqual(['gen/drs/types/src/extra.ts']);
    expect(r.lines.filter((l) => l.startsWith('  '))).toEqual(['  no longer generated: gen/drs/types/src/extra.ts', '  stale: gen/notes/client/src/client.ts']);
    expect(readFileSync(edited, 'utf8')).toMatch(/\/\/ hand edit\n$/);

    for (const job of jobs) generate(job);
    expect(checkDrift(jobs, dir)).toMatchObject({ stale: [], orphaned: [] });
  });
});

describe('watch mode', () => {
  it('maps a changed file to the services that list it (file or directory)', () => {
    const dir = workspace();
    const config = readConfig(join(dir, 'anvil.config.json'));
    expect(servicesForFile(config, join(dir, 'models', 'notes', 'notes.json')).map((s) => relative(dir, s.out))).toEqual(['gen/notes']);
    expect(servicesForFile(config, join(dir, 'models', 'drs', 'drs.json')).map((s) => relative(dir, s.out))).toEqual(['gen/drs']);
    expect(servicesForFile(config, join(dir, 'models', 'other.json'))).toEqual([]);
  });

  it('regenerates only the service whose model changed, once per burst of edits', async () => {
    const dir = workspace();
    const config = readConfig(join(dir, 'anvil.config.json'));
    for (const s of config.services) generate(serviceJob(s));
    const results: GenerateResult[] = [];
    const errors: unknown[] = [];
    const watcher = await watchModels({ config, debounceMs: 80, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    try {
      const model = join(dir, 'models', 'notes', 'notes.json');
      const types = join(dir, 'gen', 'notes', 'types', 'src', 'types.ts');
      expect(readFileSync(types, 'utf8')).not.toContain('Lists notes, oldest first');
      const text = readFileSync(model, 'utf8');
      writeFileSync(model, text.replace('Lists notes, newest first', 'Lists notes, oldest first'));
      appendFileSync(model, '\n');
      await expect.poll(() => results.length, { timeout: 60_000, interval: 50 }).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(errors).toEqual([]);
      expect(results.map((r) => r.service)).toEqual(['notes']);
      const changed = results[0]!.changed.map((f) => relative(dir, f));
      expect(changed).toContain('gen/notes/client/src/operations/listNotes.ts');
      expect(changed.filter((f) => !f.startsWith('gen/notes/client/src/'))).toEqual([]);
      expect(readFileSync(join(dir, 'gen', 'notes', 'client', 'src', 'operations', 'listNotes.ts'), 'utf8')).toContain('Lists notes, oldest first');

      // A broken save reports the error (naming the file) and keeps watching.
      writeFileSync(model, '{ "smithy": "2.0", ');
      await expect.poll(() => errors.length, { timeout: 60_000, interval: 50 }).toBe(1);
      expect(String(errors[0])).toContain('notes.json');
      writeFileSync(model, text);
      await expect.poll(() => results.length, { timeout: 60_000, interval: 50 }).toBe(2);
      expect(readFileSync(join(dir, 'gen', 'notes', 'client', 'src', 'operations', 'listNotes.ts'), 'utf8')).toContain('Lists notes, newest first');
    } finally {
      await watcher.close();
    }
  });
});

interface DryTask {
  taskId: string;
  hash: string;
  dependencies: string[];
  inputs: Record<string, string>;
}

let lastTasks: DryTask[] = [];

/** `turbo run generate build --dry=json` at the repo root → task id → hash (nested runs ignore the parent's TURBO_* env). */
function dryRun(): Map<string, string> {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('TURBO_') && k !== 'TURBO_TELEMETRY_DISABLED') delete env[k];
  const r = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'turbo'), ['run', 'generate', 'build', '--dry=json'], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`turbo --dry=json failed (${r.status}): ${r.stderr}`);
  const tasks = (JSON.parse(r.stdout) as { tasks: DryTask[] }).tasks;
  lastTasks = tasks;
  return new Map(tasks.map((t) => [t.taskId, t.hash]));
}

describe('turbo pipeline: a model change invalidates only its own service', () => {
  it('appending whitespace to models/notes/notes.json changes only the notes generate/build hashes', () => {
    const before = dryRun();
    const original = readFileSync(NOTES, 'utf8');
    let after: Map<string, string>;
    try {
      writeFileSync(NOTES, `${original} \n`);
      after = dryRun();
    } finally {
      writeFileSync(NOTES, original);
    }
    const generated = [...before.keys()].filter((id) => id.startsWith('@anvil-gen/')).sort();
    const changed = generated.filter((id) => before.get(id) !== after.get(id));
    const notesGenerate = generated.filter((id) => id.startsWith('@anvil-gen/notes-') && id.endsWith('#generate'));
    expect(notesGenerate).toEqual(['@anvil-gen/notes-client#generate', '@anvil-gen/notes-msw#generate', '@anvil-gen/notes-types#generate']);
    // Every notes generate task changed; no drs task did (builds of notes packages follow their generate task).
    expect(changed.filter((id) => id.endsWith('#generate'))).toEqual(notesGenerate);
    expect(changed.filter((id) => id.startsWith('@anvil-gen/drs-'))).toEqual([]);
    expect(dryRun().get('@anvil-gen/notes-types#generate')).toBe(before.get('@anvil-gen/notes-types#generate'));
  });

  it('each generate task hashes its own model file and depends on the generator build (a generator change invalidates all)', () => {
    dryRun();
    const generateTasks = lastTasks.filter((t) => t.taskId.startsWith('@anvil-gen/') && t.taskId.endsWith('#generate'));
    expect(generateTasks.length).toBeGreaterThanOrEqual(6);
    for (const t of generateTasks) {
      expect(t.dependencies, t.taskId).toContain('@anvil/generator#build');
      const svc = /^@anvil-gen\/(.+)-(types|client|msw)#generate$/.exec(t.taskId)![1]!;
      const models = Object.keys(t.inputs).filter((f) => f.includes('/models/'));
      expect(models, t.taskId).toHaveLength(1);
      // the service's own model file, JSON AST or IDL
      expect([`../../../../models/${svc}/${svc}.json`, `../../../../models/${svc}/${svc}.smithy`], t.taskId).toContain(models[0]);
    }
  });
});
