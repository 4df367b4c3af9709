/**
 * Writing generated files: compare with what is on disk, write only changed
 * files (each through a temporary file and an atomic rename), and remove
 * generated sources that are no longer produced.
 * @packageDocumentation
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a run would change. */
export interface WritePlan {
  /** Absolute path → new content, for files whose content differs from disk. */
  readonly writes: ReadonlyMap<string, string>;
  /** Absolute paths of changed files, sorted. */
  readonly changed: readonly string[];
  /** Absolute paths of files under the `src/` directories that are no longer generated, sorted. */
  readonly stale: readonly string[];
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Compare generated files with the disk.
 * @param files absolute path → content
 * @param ownedDirs directories wholly owned by the generator (files there that are not generated are stale)
 */
export function planWrites(files: ReadonlyMap<string, string>, ownedDirs: readonly string[]): WritePlan {
  const writes = new Map<string, string>();
  for (const [path, text] of files) if (readOrUndefined(path) !== text) writes.set(path, text);
  const stale = ownedDirs.flatMap(listFiles).filter((p) => !files.has(p));
  return { writes, changed: [...writes.keys()].sort(), stale: stale.sort() };
}

/**
 * Apply a plan: each write goes to `<file>.<pid>.tmp` first and is renamed into
 * place, so a reader never sees a half-written file; stale files are deleted.
 */
export function applyWrites(plan: WritePlan): void {
  for (const [path, text] of plan.writes) {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  }
  for (const path of plan.stale) rmSync(path, { force: true });
}
