/**
 * The generator's internal boundaries, checked on its sources so they stay true:
 * emitters never read traits (the resolve stage does), runtime names come from
 * the manifest, the runtime packages are imported for types only (the CLI never
 * loads them), and nothing on the generate path loads the TypeScript compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Non-test TypeScript sources below `dir`, relative to `src/` → text. */
function sources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts') || /\.test(-d)?\.ts$/.test(e.name) || e.parentPath.includes('__')) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(SRC, path), readFileSync(path, 'utf8'));
  }
  return out;
}

/** `[file, line]` pairs where `pattern` matches. */
function matches(files: Map<string, string>, pattern: RegExp): string[] {
  return [...files].flatMap(([file, text]) => text.split('\n').filter((l) => pattern.test(l)).map((l) => `${file}: ${l.trim()}`));
}

const all = sources(SRC);
const emit = sources(join(SRC, 'emit'));

describe('generator boundaries', () => {
  it('finds the sources it checks', () => {
    expect([...emit.keys()]).toContain('emit/types/schemas-file.ts');
    expect(all.size).toBeGreaterThan(40);
  });

  it('emitters never read traits: no trait(…), .traits, trait ids or raw IR imports', () => {
    expect(matches(emit, /\btrait\(|\.traits\b|TRAIT_IDS|from '@anvil\/smithy-model'|resolve\/(traits|trait-ids)\.js/)).toEqual([]);
  });

  it('only the resolve stage knows trait ids', () => {
    expect(matches(all, /TRAIT_IDS/).filter((l) => !l.startsWith('resolve/'))).toEqual([]);
  });

  it('emitters name runtime packages only through the manifest, and leave import statements to the file assembler', () => {
    expect(matches(emit, /['"]@anvil\/(runtime|client-runtime|msw-runtime)['"]|from 'msw'/)).toEqual([]);
    expect(matches(emit, /\.(line|raw)\([`'"](import|export) [^`'"]* from /)).toEqual([]);
  });

  it('imports the runtime packages (and msw) for their types only', () => {
    const runtimeImport = /^import (?!type ).*from '(@anvil\/(runtime|client-runtime|msw-runtime)|msw)'/;
    expect(matches(all, runtimeImport)).toEqual([]);
    expect(matches(all, /^import type .*from '@anvil\/runtime'/).length).toBeGreaterThan(0);
  });

  it('never loads the TypeScript compiler (ts-morph, typescript) on the generate path', () => {
    expect(matches(all, /from '(ts-morph|typescript)'|require\('(ts-morph|typescript)'\)/)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((d) => /ts-morph|typescript/.test(d))).toEqual([]);
    expect(pkg.dependencies['code-block-writer']).toBe('13.0.3');
  });
});
