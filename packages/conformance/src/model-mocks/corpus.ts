/**
 * Where the shared corpus of service models lives (`$ANVIL_SHARED`, default `../shared` beside the
 * repository) and the model file of one corpus service.
 * @packageDocumentation
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../shared.js';

/**
 * A folder of the shared data, or `undefined` (with a warning) when it is missing outside CI.
 * @param sub path inside the shared folder, e.g. `models/api-models-aws-2026-04`
 * @throws Error naming the expected path when it is missing and `CI` is set
 */
export function locateShared(sub: string): string | undefined {
  const dir = join(resolve(process.env['ANVIL_SHARED'] ?? join(REPO_ROOT, '..', 'shared')), sub);
  if (existsSync(dir)) return dir;
  const message = `shared data not found at ${dir} (set ANVIL_SHARED to the shared data folder)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`[skip] ${message}`);
  return undefined;
}

/**
 * The model file of a corpus service: `<root>/<dir>/service/<version>/<dir>-<version>.json`.
 * @throws Error naming the folder when it holds no model
 */
export function corpusModel(root: string, dir: string): string {
  const base = join(root, dir, 'service');
  for (const version of existsSync(base) ? readdirSync(base).sort() : []) {
    const file = join(base, version, `${dir}-${version}.json`);
    if (existsSync(file)) return file;
  }
  throw new Error(`${base}: no <version>/${dir}-<version>.json model`);
}
