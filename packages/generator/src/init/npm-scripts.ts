/**
 * Without Turborepo, `anvil init` wires generation into the root
 * `package.json` scripts instead: `generate` runs `anvil generate`, and in a
 * monorepo `build` generates before building the workspace packages in
 * dependency order.
 * @packageDocumentation
 */
import { join } from 'node:path';
import type { Project } from '../workspace/detect.js';
import { change, type FileChange, type ReadText } from './file-change.js';
import { parseJsonc, setJsonValue } from './json-edit.js';

/** The command that builds every workspace package, dependencies first, for a package manager. */
export function recursiveBuild(project: Pick<Project, 'packageManager' | 'yarnClassic'>): string {
  switch (project.packageManager) {
    case 'pnpm':
      return 'pnpm -r run build';
    case 'yarn':
      return project.yarnClassic ? 'yarn workspaces run build' : 'yarn workspaces foreach -Apt run build';
    case 'npm':
      return 'npm run build --workspaces --if-present';
  }
}

const GENERATE = 'anvil generate';

/**
 * Plan the root `package.json` script change.
 * @param monorepo also make `build` generate first (packages layout)
 * @returns the change, or undefined when the scripts already run `anvil generate`
 */
export function scriptsChange(project: Project, monorepo: boolean, read: ReadText): FileChange | undefined {
  const file = join(project.root, 'package.json');
  const before = read(file);
  if (before === undefined) return undefined;
  const scripts = ((parseJsonc(before, file) as { scripts?: Record<string, unknown> }).scripts ?? {}) as Record<string, unknown>;
  let text = before;
  if (scripts.generate === undefined) text = setJsonValue(text, ['scripts', 'generate'], GENERATE);
  if (monorepo) {
    const build = scripts.build;
    if (build === undefined) text = setJsonValue(text, ['scripts', 'build'], `${GENERATE} && ${recursiveBuild(project)}`);
    else if (typeof build === 'string' && !build.includes(GENERATE)) text = setJsonValue(text, ['scripts', 'build'], `${GENERATE} && ${build}`);
  }
  return change(file, before, text, monorepo ? 'add the generate script and generate before build' : 'add the generate script');
}
