/**
 * `loadModelFiles`: read Smithy model files (JSON AST and IDL), or directories of them, from disk.
 * @packageDocumentation
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from './ir.js';
import { ModelError } from './errors.js';
import { loadModel } from './model/build.js';
import type { ModelDocument } from './model/build.js';
import { documentsFromSources, type ModelSource } from './sources.js';

/**
 * @param paths files and/or directories; a directory contributes every `*.json` and `*.smithy`
 *   file under it (recursively), sorted by path
 * @returns the merged model (see {@link loadModel})
 * @throws ModelError naming the file when a file cannot be read, is not valid JSON or has an IDL
 *   syntax error (with line, column and a code frame), and every error {@link loadModel} throws
 */
export function loadModelFiles(paths: readonly string[]): Model {
  return loadModel(readModelDocuments(paths));
}

/**
 * Reads model files into JSON AST documents (IDL files parsed and resolved together).
 * @param paths files and/or directories (every `*.json` and `*.smithy` under them, sorted)
 * @returns the documents, in path order
 * @throws ModelError as {@link loadModelFiles} does for reading and parsing
 */
export function readModelDocuments(paths: readonly string[]): ModelDocument[] {
  return documentsFromSources(modelFilePaths(paths).map(readSource));
}

/**
 * @param paths files and/or directories
 * @returns the files: each file path as given, each directory expanded to its `*.json` and
 *   `*.smithy` files (recursively, sorted by path)
 * @throws ModelError when a path cannot be read
 */
export function modelFilePaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (isDirectory(path)) files.push(...modelFilesUnder(path));
    else files.push(path);
  }
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (e) {
    throw new ModelError(`cannot read: ${(e as Error).message}`, { file: path });
  }
}

function modelFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...modelFilesUnder(path));
    else if (entry.name.endsWith('.json') || entry.name.endsWith('.smithy')) out.push(path);
  }
  return out.sort();
}

function readSource(file: string): ModelSource {
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (e) {
    throw new ModelError(`cannot read: ${(e as Error).message}`, { file });
  }
}
