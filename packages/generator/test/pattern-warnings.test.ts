/**
 * Generation names each `@pattern` the mocks cannot honour (no ECMAScript form) once, with the shape or
 * member id and the pattern; Java-flavoured patterns that translate (inline flags, `\p{Alpha}`) and plain
 * ones give no warning. The CLI prints the warnings to stderr.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { REPO_ROOT, tempDir } from './helpers.js';

const MODEL = {
  smithy: '2.0',
  shapes: {
    'ex.java#Svc': { type: 'service', version: '1', operations: [{ target: 'ex.java#Put' }], traits: { 'aws.protocols#restJson1': {} } },
    'ex.java#Put': { type: 'operation', input: { target: 'ex.java#PutInput' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/put', code: 200 } } },
    'ex.java#PutInput': {
      type: 'structure',
      members: {
        greek: { target: 'ex.java#Greek' },
        again: { target: 'ex.java#Greek' },
        flag: { target: 'smithy.api#String', traits: { 'smithy.api#pattern': '^(?i)(true|false)$' } },
        anchor: { target: 'smithy.api#String', traits: { 'smithy.api#pattern': '^a\\Gb$' } },
        word: { target: 'ex.java#Word' },
      },
      traits: { 'smithy.api#input': {} },
    },
    'ex.java#Greek': { type: 'string', traits: { 'smithy.api#pattern': '^\\p{InGreek}+$' } },
    'ex.java#Word': { type: 'string', traits: { 'smithy.api#pattern': '^\\p{Alpha}+$' } },
  },
};

describe('@pattern warnings at generation', () => {
  const dir = tempDir('pattern-warnings');
  const model = join(dir, 'model.json');
  writeFileSync(model, JSON.stringify(MODEL));

  it('names each untranslatable pattern once with its shape or member id', () => {
    const result = generate({ models: [model], out: join(dir, 'out'), dryRun: true });
    expect(result.warnings).toEqual([
      'ex.java#Greek: @pattern "^\\\\p{InGreek}+$" has no ECMAScript form (\\p{InGreek}: Unicode blocks have no ECMAScript equivalent at offset 1); mocks do not check it and fake values ignore it',
      'ex.java#PutInput$anchor: @pattern "^a\\\\Gb$" has no ECMAScript form (escape "\\G" has no ECMAScript equivalent at offset 2); mocks do not check it and fake values ignore it',
    ]);
  });

  it('prints them from the CLI on stderr', () => {
    const cli = join(REPO_ROOT, 'packages', 'generator', 'src', 'cli.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@anvil/source', cli, 'generate', model, '--out', join(dir, 'cli-out')], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('anvil: warning: ex.java#Greek: @pattern "^\\\\p{InGreek}+$" has no ECMAScript form');
    expect(run.stderr.match(/anvil: warning/g)).toHaveLength(2);
  });
});
