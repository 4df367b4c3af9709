/**
 * `loadModelFiles`: read Smithy JSON AST files (or directories of them) from disk.
 * @packageDocumentation
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from './ir.js';
import { ModelError } from './errors.js';
import { loadModel } from './model/build.js';
import type { ModelDocument } from './model/build.js';

/**
 * @param paths files and/or directories; a directory contributes every `*.json` file under it
 *   (recursively), sorted by path
 * @returns the merged model (see {@link loadModel})
 * @throws ModelError naming the file when a file cannot be read or is not valid JSON, and every
 *   error {@link loadModel} throws
 */
export function loadModelFiles(paths: readonly string[]): Model {
  const files: string[] = [];
  for (const path of paths) {
    if (isDirectory(path)) files.push(...jsonFilesUnder(path));
    else files.push(path);
  }
  return loadModel(files.map(readDocument));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (e) {
    throw new ModelError(`cannot read: ${(e as Error).message}`, { file: path });
  }
}

function jsonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFilesUnder(path));
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

function readDocument(file: string): ModelDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ModelError(`cannot read: ${(e as Error).message}`, { file });
  }
  try {
    return { file, json: JSON.parse(text) as unknown };
  } catch (e) {
    throw new ModelError(`invalid JSON${lineColumn(text, (e as Error).message)}: ${(e as Error).message}`, { file, jsonPath: '$' });
  }
}

/** ` at line L, column C` (1-based) for a `JSON.parse` message that names a `position`, else ``. */
function lineColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
