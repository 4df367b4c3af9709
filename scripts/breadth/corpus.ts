/**
 * The breadth corpus: one directory per AWS service model, each holding Smithy
 * JSON AST files under `<svc>/service/<version>/*.json`.
 * @packageDocumentation
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Corpus directory name under `<shared>/models`. */
export const CORPUS = 'api-models-aws-2026-04';

/**
 * The shared data directory: `$ANVIL_SHARED`, else `<repo root>/../shared`.
 * @param root repository root (absolute)
 */
export function sharedDir(root: string): string {
  return resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared'));
}

/**
 * List the corpus' model directories.
 * @param corpusDir `<shared>/models/api-models-aws-2026-04`
 * @param only model names to keep (all when empty); an unknown name is an error
 * @param limit keep at most this many (after `only`), in name order
 * @returns model names (directory names), sorted
 * @throws Error when the corpus directory is missing or `only` names a model that is not there
 */
export function listModels(corpusDir: string, only: readonly string[] = [], limit = Infinity): string[] {
  if (!existsSync(corpusDir)) throw new Error(`corpus not found at ${corpusDir} (set ANVIL_SHARED)`);
  const all = readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const unknown = only.filter((n) => !all.includes(n));
  if (unknown.length) throw new Error(`--only names models not in the corpus: ${unknown.join(', ')}`);
  const picked = only.length ? all.filter((n) => only.includes(n)) : all;
  return picked.slice(0, limit);
}
