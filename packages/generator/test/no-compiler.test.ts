/**
 * `anvil generate` never loads the TypeScript compiler (`typescript`, `ts-morph`), nor what only other
 * commands need (`yaml`, `jsonc-parser` and `diff` for init/add/diff, `chokidar` for watch), nor a DOM
 * (`turndown`, `domino`): the CLI runs in a child process whose module hooks report every such import or
 * require. A control run shows the hooks do see a load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const work = mkdtempSync(join(tmpdir(), 'anvil-no-compiler-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MARK = 'COMPILER-LOADED';
const COMPILER = '^(typescript|ts-morph|yaml|jsonc-parser|diff|chokidar|turndown|@mixmark-io/domino)(/|$)';
/** ESM resolve hook (runs on the hooks thread) and CommonJS `require` patch, both printing MARK on a compiler load. */
const hooks = join(work, 'hooks.mjs');
writeFileSync(join(work, 'resolve-hook.mjs'), `export async function resolve(specifier, context, next) {
  if (new RegExp(${JSON.stringify(COMPILER)}).test(specifier)) process.stderr.write('${MARK} ' + specifier + '\\n');
  return next(specifier, context);
}\n`);
writeFileSync(hooks, `import { register, Module } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(work, 'resolve-hook.mjs')).href)});
const load = Module._load;
Module._load = function (request, ...rest) {
  if (new RegExp(${JSON.stringify(COMPILER)}).test(request)) process.stderr.write('${MARK} ' + request + '\\n');
  return load.call(this, request, ...rest);
};\n`);

/** tsx from the workspace root, so the CLI runs from its sources (no build needed). */
const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;

function run(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', pathToFileURL(hooks).href, '--import', tsx, ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('the generate path does not load the TypeScript compiler or other commands\' modules', () => {
  it('anvil generate (types, client, msw of the DRS model) imports none of them', () => {
    const r = run([join(ROOT, 'packages', 'generator', 'src', 'cli.ts'), 'generate', join(ROOT, 'models', 'drs', 'drs.json'), '--out', join(work, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^drs: \d+ operations, \d+ shapes, \d+ files/m);
    expect(r.stderr).not.toContain(MARK);
  }, 120_000);

  it('control: the hooks report the compiler when a process does load it', () => {
    const r = run(['-e', "await import('typescript');"]);
    expect(r.stderr).toContain(`${MARK} typescript`);
  }, 120_000);

  it('control: the hooks report a CommonJS require made on use (as `anvil init` reads pnpm-workspace.yaml)', () => {
    const r = run(['-e', "require('node:module').createRequire(process.cwd() + '/packages/generator/')('yaml');"]);
    expect(r.stderr).toContain(`${MARK} yaml`);
  }, 120_000);
});
