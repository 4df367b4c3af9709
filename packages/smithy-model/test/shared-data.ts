/**
 * The shared data directory (ANVIL_SHARED, default `<repo>/../shared`): tests that read it
 * are skipped with a message when it is missing, and fail under CI.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared directory. */
export const SHARED = process.env.ANVIL_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');

/**
 * @param relative a path inside the shared directory
 * @param what what the tests need it for (printed when skipping)
 * @returns the absolute path when it exists, else undefined (after a warning)
 * @throws Error under CI when it is missing
 */
export function sharedPath(relative: string, what: string): string | undefined {
  const path = join(SHARED, relative);
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`shared data missing: ${path} (needed for ${what}; set ANVIL_SHARED)`);
  console.warn(`[smithy-model] skipping ${what}: ${path} is missing (set ANVIL_SHARED)`);
  return undefined;
}

/** Every file under `dir`, recursively, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/** A file as a model source. */
export function source(file: string): { file: string; text: string } {
  return { file, text: readFileSync(file, 'utf8') };
}
