/**
 * Emitter output of small models, in memory (no generate run, no disk): every
 * generated source file is compared with a file snapshot under
 * `__snapshots__/<scenario>/<package>/<path>` (real .ts files, readable in review;
 * `vitest -u` rewrites them), and all scenarios together type-check under the
 * generated packages' own strict options (`noUnusedLocals` included).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadModel } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { checkBatch, linkMsw } from '../../../scripts/breadth/typecheck.js';
import { findTsc } from '../../../scripts/breadth/compilers.js';
import { emitSources } from '../src/emit/index.js';
import type { PackageKind } from '../src/naming/index.js';
import { resolveService } from '../src/resolve/index.js';
import { REPO_ROOT, tempDir } from './helpers.js';
import { SCENARIOS, type Scenario } from './scenarios.js';

const KINDS: readonly PackageKind[] = ['types', 'client', 'msw'];

/** `<package>/<path>` → text, for every source file of the scenario's three packages. */
function emitScenario(scenario: Scenario): Map<string, string> {
  const model = loadModel([{ file: `${scenario.name}.json`, json: scenario.model }]);
  const service = resolveService(model, { slug: scenario.slug });
  const files = new Map<string, string>();
  for (const kind of KINDS) for (const [path, text] of emitSources(service, kind)) files.set(`${kind}/${path}`, text);
  return files;
}

const emitted = new Map(SCENARIOS.map((s) => [s, emitScenario(s)]));

describe.each(SCENARIOS)('emitted files: $name', (scenario) => {
  const files = emitted.get(scenario)!;

  it('match their snapshots', async () => {
    expect(files.size).toBeGreaterThanOrEqual(7);
    for (const [path, text] of files) await expect(text, path).toMatchFileSnapshot(`./__snapshots__/${scenario.name}/${path}`);
  });

  it('are the same on a second run', () => {
    expect(emitScenario(scenario)).toEqual(files);
  });
});

describe('emitted files of every scenario', () => {
  it('type-check under the generated packages\' strict options, with no unused import or parameter', async () => {
    const out = tempDir('snapshots');
    linkMsw(REPO_ROOT, out);
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
    for (const [scenario, files] of emitted) {
      for (const [path, text] of files) {
        const [kind, ...rest] = path.split('/');
        const file = join(out, scenario.name, kind!, 'src', ...rest);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    // A probe in the same run shows the check reports unused imports and parameters in generated code.
    const probe = join(out, 'unused-probe', 'client', 'src', 'probe.ts');
    mkdirSync(dirname(probe), { recursive: true });
    writeFileSync(probe, "import type { UnitShape } from '@anvil/runtime';\nexport function f(a: string): void {}\n");
    const items = [...SCENARIOS.map((s) => ({ name: s.name, slug: s.slug, bytes: 0 })), { name: 'unused-probe', slug: 'probe', bytes: 0 }];
    const r = await checkBatch(REPO_ROOT, out, items, 0, findTsc(REPO_ROOT, '5.9'));
    const { 'unused-probe': probeErrors = [], ...scenarioErrors } = Object.fromEntries(r.errors);
    expect(scenarioErrors).toEqual({});
    expect(r.other).toEqual([]);
    // the unused import (TS6133 or TS6196 "declared but never used", by the imported symbol's kind) and the unused parameter
    const codes = probeErrors.map((e) => /error (TS\d+)/.exec(e)?.[1]);
    expect(codes).toHaveLength(2);
    expect(codes.every((c) => c === 'TS6133' || c === 'TS6196')).toBe(true);
  });
});
