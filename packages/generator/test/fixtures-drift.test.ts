/**
 * The runtime packages' test fixtures (`packages/*\/src/__fixtures__/generated/`) are generated from the
 * models listed in `fixtures/fixtures.json` by `pnpm fixtures`; this fails when a committed fixture
 * differs from what this generator emits now (run `pnpm fixtures` and commit). Reads the files only:
 * no runtime package is built or imported.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { generateFixtures, readFixtureEntries, staleFixtures } from '../../../scripts/fixtures/generate-fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Generation of the listed services: small, but generous so a busy machine cannot time it out. */
const GENERATION_TIMEOUT_MS = 60_000;

describe('test fixtures generated from models', () => {
  it('every committed fixture equals a fresh generation (`pnpm fixtures` regenerates them)', () => {
    const fresh = generateFixtures(ROOT, generate);
    const entries = readFixtureEntries(ROOT);
    // types.ts and schemas.ts per package, and wire-schemas.ts (the client's wire view) for entries marked `wire`
    expect(fresh.size).toBe(entries.reduce((n, e) => n + (e.wire ? 3 : 2) * e.packages.length, 0));
    expect(staleFixtures(ROOT, fresh), 'stale fixtures: run `pnpm fixtures` and commit the result').toEqual([]);
  }, GENERATION_TIMEOUT_MS);

  it('reports a fixture whose model changed, naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'anvil-fixture-drift-'));
    try {
      const [entry] = readFixtureEntries(ROOT);
      mkdirSync(join(root, 'fixtures'), { recursive: true });
      writeFileSync(join(root, 'fixtures', 'fixtures.json'), JSON.stringify({ fixtures: [{ ...entry, packages: ['pkg'] }] }));
      for (const model of entry!.models) cpSync(join(ROOT, model), join(root, model));
      const before = generateFixtures(root, generate);
      for (const [path, text] of before) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      expect(staleFixtures(root, before)).toEqual([]);
      // a documentation edit in the model changes the generated types (TSDoc) and nothing else
      const modelPath = join(root, entry!.models[0]!);
      const model = readJson(modelPath) as { shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
      const [id, shape] = Object.entries(model.shapes).find(([, s]) => s.type === 'structure')!;
      model.shapes[id] = { ...shape, traits: { ...shape.traits, 'smithy.api#documentation': 'Changed.' } };
      writeFileSync(modelPath, JSON.stringify(model));
      expect(staleFixtures(root, generateFixtures(root, generate))).toEqual([join('pkg', 'src', '__fixtures__', 'generated', entry!.name, 'types.ts')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, GENERATION_TIMEOUT_MS);
});

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
