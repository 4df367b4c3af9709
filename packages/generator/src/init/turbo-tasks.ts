/**
 * The Turborepo wiring `anvil init` adds to a repository's root `turbo.json`:
 * a `generate` task (after the generator and runtimes are built, restoring the
 * generated `src/` on a cache hit) and `generate` before `build`. Existing
 * task settings are kept; only what is missing is added.
 * @packageDocumentation
 */
import { join } from 'node:path';
import { change, type FileChange, type ReadText } from './file-change.js';
import { parseJsonc, setJsonValue } from './json-edit.js';

/**
 * The `generate` task `anvil init` adds. Uncached here, so other packages' generate scripts (whose
 * outputs Anvil does not know) always run; each generated package's own `turbo.json` turns caching
 * on with its model files as inputs and `src/**` as outputs.
 */
export const GENERATE_TASK = { dependsOn: ['^build'], cache: false } as const;

/** The `build` task `anvil init` adds when the repository has none. */
export const BUILD_TASK = { dependsOn: ['^build', 'generate'], outputs: ['dist/**'] } as const;

type Json = Record<string, unknown>;

/**
 * Plan the root `turbo.json` change.
 * @param root the workspace root (with `turbo.json`)
 * @param read the file's current text (including earlier planned changes)
 * @returns the change, or undefined when `generate` and `generate → build` are already there
 * @throws Error naming the file when `turbo.json` is not valid JSON(C)
 */
export function turboChange(root: string, read: ReadText): FileChange | undefined {
  const file = join(root, 'turbo.json');
  const before = read(file);
  if (before === undefined) return undefined;
  const config = parseJsonc(before, file) as Json;
  // turbo 1.x called the task map `pipeline`.
  const key = config.pipeline !== undefined && config.tasks === undefined ? 'pipeline' : 'tasks';
  const tasks = (config[key] ?? {}) as Json;
  let text = before;
  if (tasks.generate === undefined) text = setJsonValue(text, [key, 'generate'], GENERATE_TASK);
  const build = tasks.build as Json | undefined;
  if (build === undefined) text = setJsonValue(text, [key, 'build'], BUILD_TASK);
  else {
    const dependsOn = build.dependsOn;
    if (dependsOn === undefined) text = setJsonValue(text, [key, 'build', 'dependsOn'], ['generate']);
    else if (Array.isArray(dependsOn) && !dependsOn.includes('generate')) text = setJsonValue(text, [key, 'build', 'dependsOn', -1], 'generate');
  }
  return change(file, before, text, 'add the generate task and run it before build');
}
