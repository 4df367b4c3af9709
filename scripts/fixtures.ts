/**
 * `pnpm fixtures`: regenerate the runtime packages' test fixtures from the small models in
 * `fixtures/models/` (and the embedded `models/`), as listed in `fixtures/fixtures.json`.
 * Writes only files whose content changed, and removes generated fixture directories no entry
 * lists any more. `--check` writes nothing and fails when a committed fixture is stale.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@anvil/generator';
import { generateFixtures, readFixtureEntries, staleFixtures } from './fixtures/generate-fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const files = generateFixtures(ROOT, generate);

const changed = staleFixtures(ROOT, files);
if (!check) {
  for (const path of changed) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), files.get(path)!);
  }
}

const stale: string[] = [];
for (const pkg of new Set(readFixtureEntries(ROOT).flatMap((e) => e.packages))) {
  const dir = join(ROOT, pkg, 'src', '__fixtures__', 'generated');
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const rel = join(pkg, 'src', '__fixtures__', 'generated', name);
    if ([...files.keys()].some((p) => p.startsWith(`${rel}/`))) continue;
    stale.push(rel);
    if (!check) rmSync(join(ROOT, rel), { recursive: true, force: true });
  }
}

const verb = check ? 'stale' : 'written';
console.log(`fixtures: ${files.size} files, ${changed.length} ${verb}${stale.length ? `, ${stale.length} directories ${check ? 'unlisted' : 'removed'}` : ''}`);
for (const p of [...changed, ...stale]) console.log(`  ${p}`);
if (check && changed.length + stale.length > 0) {
  console.error('fixtures are stale: run `pnpm fixtures` and commit the result');
  process.exit(1);
}
