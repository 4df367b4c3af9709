/**
 * The file changes `anvil init` and `anvil add` plan: new files are created;
 * a file the user already has is changed only with `--force`, otherwise its
 * change is printed as a unified diff. Writes are atomic (temporary file +
 * rename), like generated files.
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/** One planned change to one file. */
export interface FileChange {
  /** Absolute path. */
  readonly path: string;
  /** The current text; undefined when the file does not exist yet. */
  readonly before: string | undefined;
  /** The text after the change. */
  readonly after: string;
  /** What the change does, one line (`add the generate task`). */
  readonly reason: string;
}

/** Reads a file's text as planned so far (undefined: the file does not exist). */
export type ReadText = (path: string) => string | undefined;

/** The current text of a file, or undefined when it does not exist. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A change from `before` to `after`, or undefined when they are equal (nothing to do). */
export function change(path: string, before: string | undefined, after: string, reason: string): FileChange | undefined {
  return before === after ? undefined : { path, before, after, reason };
}

/**
 * Plan several changes that may touch the same file: each planner reads the text left by the ones
 * before it; the result has one change per file (from the text on disk to the final text).
 */
export function planChanges(planners: ReadonlyArray<(read: ReadText) => FileChange | undefined>): FileChange[] {
  const pending = new Map<string, FileChange>();
  const read: ReadText = (path) => (pending.has(path) ? pending.get(path)!.after : readIfExists(path));
  for (const plan of planners) {
    const c = plan(read);
    if (!c) continue;
    const earlier = pending.get(c.path);
    pending.set(c.path, earlier ? { ...c, before: earlier.before, reason: `${earlier.reason}; ${c.reason}` } : c);
  }
  return [...pending.values()];
}

/** The change as a unified diff with paths relative to `root` (`/dev/null` for a new file). */
export function unifiedDiff(c: FileChange, root: string): string {
  const name = relative(root, c.path);
  return createTwoFilesPatch(c.before === undefined ? '/dev/null' : `a/${name}`, `b/${name}`, c.before ?? '', c.after, undefined, undefined, { context: 3 })
    .split('\n')
    .filter((l) => !/^=+$/.test(l))
    .join('\n');
}

/** What {@link applyChanges} did. */
export interface ApplyResult {
  /** Changes written (new files always; changes to existing files only with `force`). */
  readonly written: readonly FileChange[];
  /** Changes to existing files that were not written (no `force`). */
  readonly withheld: readonly FileChange[];
}

function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Write the planned changes: new files always, changes to existing files only when `force`.
 * @param force overwrite existing files
 */
export function applyChanges(changes: readonly FileChange[], force: boolean): ApplyResult {
  const written: FileChange[] = [];
  const withheld: FileChange[] = [];
  for (const c of changes) {
    if (c.before !== undefined && !force) {
      withheld.push(c);
      continue;
    }
    writeAtomic(c.path, c.after);
    written.push(c);
  }
  return { written, withheld };
}
