/**
 * The CLI with Smithy IDL: `anvil ast`, `anvil generate --build smithy-build.json`, and `anvil diff`
 * of a `.smithy` file against a git revision. The CLI runs from source (tsx) in a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { runDiff } from '../src/diff/command.js';
import type { GenerateResult } from '../src/generate.js';
import { watchModels } from '../src/watch.js';
import { REPO_ROOT, tempDir } from './helpers.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_ROOT, 'packages', 'generator', 'src', 'cli.ts');

/** Spawning tsx is slow on a busy machine: a generous limit, not a speed check. */
const SPAWN = { timeout: 120_000 };

function anvil(cwd: string, ...args: string[]) {
  return spawnSync(TSX, ['--conditions=@anvil/source', CLI, ...args], { cwd, encoding: 'utf8' });
}

const WEATHER = `$version: "2"
namespace example.weather

/// Weather forecasts.
@aws.protocols#restJson1
service Weather {
    version: "2024-01-01"
    operations: [GetForecast]
}

@readonly
@http(method: "GET", uri: "/forecast/{city}")
operation GetForecast {
    input := {
        @required
        @httpLabel
        city: String
    }
    output := {
        high: Integer = 0
    }
}
`;

describe('anvil ast', SPAWN, () => {
  it('prints the model of .smithy files as a JSON AST', () => {
    const dir = tempDir('cli-ast');
    writeFileSync(join(dir, 'weather.smithy'), WEATHER);
    const r = anvil(dir, 'ast', 'weather.smithy');
    expect(r.status).toBe(0);
    const ast = JSON.parse(r.stdout) as { smithy: string; shapes: Record<string, { type: string; traits?: Record<string, unknown> }> };
    expect(ast.smithy).toBe('2.0');
    expect(Object.keys(ast.shapes)).toEqual([
      'example.weather#GetForecast',
      'example.weather#GetForecastInput',
      'example.weather#GetForecastOutput',
      'example.weather#Weather',
    ]);
    expect(ast.shapes['example.weather#Weather']?.traits).toEqual({ 'aws.protocols#restJson1': {}, 'smithy.api#documentation': 'Weather forecasts.' });
  });

  it('reports IDL errors with file, line and column, exit code 1', () => {
    const dir = tempDir('cli-ast-bad');
    writeFileSync(join(dir, 'bad.smithy'), 'namespace ex\nstructure A {\n    b: Missing\n}\n');
    const r = anvil(dir, 'ast', 'bad.smithy');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.smithy:3:8, shape ex#A: member b target ex#Missing does not exist');
  });
});

describe('anvil generate --build', SPAWN, () => {
  it('reads sources and typescript-client-codegen settings from smithy-build.json', () => {
    const dir = tempDir('cli-build');
    mkdirSync(join(dir, 'model'));
    writeFileSync(join(dir, 'model', 'weather.smithy'), WEATHER);
    const config = { version: '1.0', sources: ['model'], plugins: { 'typescript-client-codegen': { service: 'example.weather#Weather', package: '@acme/weather-client' } } };
    writeFileSync(join(dir, 'smithy-build.json'), JSON.stringify(config));
    const r = anvil(dir, 'generate', '--build', 'smithy-build.json', '--out', 'out', '--only', 'types');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^weather: 1 operations, /);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'types', 'package.json'), 'utf8')).name).toBe('@acme/weather-types');
  });

  it('fails on Maven dependencies, listing them', () => {
    const dir = tempDir('cli-build-maven');
    writeFileSync(join(dir, 'smithy-build.json'), JSON.stringify({ sources: ['model'], maven: { dependencies: ['software.amazon.smithy:smithy-aws-traits:1.61.0'] } }));
    const r = anvil(dir, 'generate', '--build', 'smithy-build.json', '--out', 'out');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Maven dependencies cannot be resolved without a JVM: software.amazon.smithy:smithy-aws-traits:1.61.0');
  });
});

describe('anvil diff with IDL', SPAWN, () => {
  it('diffs a .smithy file against its committed revision', () => {
    const repo = tempDir('cli-diff-idl');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=anvil-test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(repo, 'weather.smithy'), WEATHER);
    git('add', '.');
    git('commit', '-q', '-m', 'model');
    writeFileSync(join(repo, 'weather.smithy'), WEATHER.replace('high: Integer = 0', 'high: Integer = 0\n        low: Integer'));
    let printed = '';
    expect(runDiff('weather.smithy', undefined, { from: 'HEAD', format: 'json' }, repo, (t) => (printed += t))).toBe(0);
    const report = JSON.parse(printed) as { changes: Array<{ rule: string; id: string }> };
    expect(report.changes.map((c) => `${c.rule} ${c.id}`)).toEqual(['AddedMember example.weather#GetForecastOutput$low']);
  });
});

describe('anvil watch with IDL', () => {
  it('regenerates when a .smithy file of a watched directory changes', async () => {
    const dir = tempDir('cli-watch-idl');
    mkdirSync(join(dir, 'model'));
    writeFileSync(join(dir, 'model', 'weather.smithy'), WEATHER);
    writeFileSync(join(dir, 'anvil.config.json'), JSON.stringify({ services: [{ models: ['model'], out: 'gen', name: 'weather' }] }));
    const results: GenerateResult[] = [];
    const errors: unknown[] = [];
    const watcher = await watchModels({ config: readConfig(join(dir, 'anvil.config.json')), debounceMs: 50, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    try {
      writeFileSync(join(dir, 'model', 'weather.smithy'), WEATHER.replace('high: Integer = 0', 'high: Integer = 0\n        low: Integer'));
      await expect.poll(() => results.length + errors.length, { timeout: 60_000, interval: 50 }).toBe(1);
      expect(errors).toEqual([]);
      expect(readFileSync(join(dir, 'gen', 'types', 'src', 'types.ts'), 'utf8')).toContain('low?: number');
    } finally {
      await watcher.close();
    }
  });
});
