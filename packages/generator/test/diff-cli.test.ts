import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, members, type Shapes } from '../src/diff/__fixtures__/pairs.js';
import { runDiff } from '../src/diff/command.js';
import { readAtRevision } from '../src/diff/index.js';
import { tempDir } from './helpers.js';

function modelText(shapes: Shapes): string {
  return `${JSON.stringify({ smithy: '2.0', shapes }, null, 2)}\n`;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=anvil-test', '-c', 'user.email=test@example.invalid', ...args], { cwd, stdio: 'ignore' });
}

describe('anvil diff (command)', () => {
  it('diffs a file against its committed revision and writes JSON, Markdown and a changeset', () => {
    const repo = tempDir('diff-git');
    git(repo, 'init', '-q');
    const file = join(repo, 'models', 'svc.json');
    execFileSync('mkdir', ['-p', join(repo, 'models')]);
    writeFileSync(file, modelText(base()));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'model');
    const next = base();
    members(next, 'ex#PutThingInput').note = { target: 'smithy.api#String' };
    writeFileSync(file, modelText(next));

    let printed = '';
    const status = runDiff('models/svc.json', undefined, { from: 'HEAD', json: 'out/report.json', md: 'out/report.md', changeset: 'svc-note' }, repo, (t) => {
      printed += t;
    });
    expect(status).toBe(0);
    expect(printed.split('\n')[0]).toBe('# API changes: `models/svc.json@HEAD` → `models/svc.json`');
    expect(readFileSync(join(repo, 'out', 'report.md'), 'utf8')).toBe(printed);
    const json = JSON.parse(readFileSync(join(repo, 'out', 'report.json'), 'utf8'));
    expect(json.changes.map((c: { rule: string; id: string }) => `${c.rule} ${c.id}`)).toEqual(['AddedMember ex#PutThingInput$note']);
    expect(readFileSync(join(repo, '.changeset', 'svc-note.md'), 'utf8').split('\n').slice(0, 5)).toEqual([
      '---',
      '"@anvil-gen/svc-types": minor',
      '"@anvil-gen/svc-client": minor',
      '"@anvil-gen/svc-msw": minor',
      '---',
    ]);
  });

  it('--fail-on breaking exits 1 on a breaking change; two files can be compared directly', () => {
    const dir = tempDir('diff-files');
    const next = base();
    delete members(next, 'ex#Color').BLUE;
    writeFileSync(join(dir, 'old.json'), modelText(base()));
    writeFileSync(join(dir, 'new.json'), modelText(next));
    let printed = '';
    const status = runDiff('old.json', 'new.json', { failOn: 'breaking', format: 'json' }, dir, (t) => {
      printed += t;
    });
    expect(status).toBe(1);
    expect(JSON.parse(printed).counts).toEqual({ breaking: 1, dangerous: 0, safe: 0 });
    expect(existsSync(join(dir, '.changeset'))).toBe(false);
    expect(runDiff('old.json', 'new.json', { failOn: 'dangerous' }, dir, () => {})).toBe(1);
    expect(runDiff('old.json', 'old.json', { failOn: 'dangerous' }, dir, () => {})).toBe(0);
  });

  it('names the file and revision when git cannot show it', () => {
    const repo = tempDir('diff-git-bad');
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'm.json'), '{}');
    expect(() => readAtRevision(join(repo, 'm.json'), 'HEAD')).toThrow(/m\.json@HEAD: git show failed: fatal: /);
    expect(() => runDiff(join(repo, 'm.json'), undefined, {}, repo, () => {})).toThrow('diff: give two model files, or one file and --from <rev>');
  });
});
