/**
 * Scratch projects outside the workspace: copied from `fixtures/`, with an
 * `.npmrc` pointing at the test registry, and timing of each step (the
 * durations the report prints).
 * @packageDocumentation
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR } from './run.js';

/**
 * Copy `fixtures/<name>` to `dest`: `gitignore` becomes `.gitignore`, `package.template.json`
 * becomes `package.json` with `ANVIL_VERSION` replaced by `version` (the fixtures are no packages
 * of this repository, so no workspace tool or test summary takes them for one), and `.npmrc`
 * sends every install to `registryUrl`.
 */
export function scratchProject(name: string, dest: string, registryUrl: string, version: string): string {
  cpSync(join(E2E_DIR, 'fixtures', name), dest, { recursive: true });
  if (existsSync(join(dest, 'gitignore'))) renameSync(join(dest, 'gitignore'), join(dest, '.gitignore'));
  const template = join(dest, 'package.template.json');
  writeFileSync(join(dest, 'package.json'), readFileSync(template, 'utf8').replaceAll('ANVIL_VERSION', version));
  rmSync(template);
  writeFileSync(join(dest, '.npmrc'), `registry=${registryUrl}/\n`);
  return dest;
}

/** Step timings of one scenario, printed at its end. */
export class Steps {
  private readonly started = Date.now();
  private last = Date.now();
  private readonly lines: string[] = [];

  constructor(private readonly scenario: string) {}

  /** Record that a step finished. */
  done(step: string): void {
    const now = Date.now();
    this.lines.push(`  ${step}: ${((now - this.last) / 1000).toFixed(1)} s`);
    this.last = now;
  }

  /** The timing report. */
  report(): string {
    return `${this.scenario}: ${((Date.now() - this.started) / 1000).toFixed(1)} s\n${this.lines.join('\n')}`;
  }
}
