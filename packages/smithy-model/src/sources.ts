/**
 * Model sources (file name + text) → JSON AST documents: `.smithy` files are
 * parsed as Smithy IDL and resolved together (relative shape ids may name
 * shapes of any file, JSON ones included); every other file is JSON AST.
 * @packageDocumentation
 */
import { ModelError, codeFrame } from './errors.js';
import { parseIdl } from './idl/parser.js';
import { resolveIdl } from './idl/resolve.js';
import { parseJsonExact } from './load/exact-json.js';
import type { IdlDocument } from './idl/pending.js';
import type { ModelDocument } from './model/build.js';

/** A model file's name and text. */
export interface ModelSource {
  /** The file name (used in errors; `.smithy` selects the IDL parser unless `kind` says otherwise). */
  readonly file: string;
  readonly text: string;
  /** `idl` or `json`; default from the file name ({@link isIdlFile}). */
  readonly kind?: 'idl' | 'json';
}

const isIdl = (s: ModelSource): boolean => (s.kind === undefined ? isIdlFile(s.file) : s.kind === 'idl');

/** True for a Smithy IDL file name (`*.smithy`). */
export function isIdlFile(file: string): boolean {
  return file.endsWith('.smithy');
}

/**
 * @param sources model files in load order
 * @returns one JSON AST document per source, in the same order; number literals a double would
 *   change are `ExactNumber`s (see `exact-number.ts`), every other number a plain `number`
 * @throws ModelError naming file, line and column for invalid JSON or an IDL syntax error,
 *   and every error of {@link resolveIdl}
 */
export function documentsFromSources(sources: readonly ModelSource[]): ModelDocument[] {
  const idl: IdlDocument[] = [];
  const json: ModelDocument[] = [];
  for (const source of sources) {
    if (isIdl(source)) idl.push(parseIdl(source.file, source.text));
    else json.push(parseJson(source));
  }
  if (idl.length === 0) return json;
  const converted = resolveIdl(idl, json);
  let i = 0;
  let j = 0;
  return sources.map((s) => (isIdl(s) ? (converted[i++] as ModelDocument) : (json[j++] as ModelDocument)));
}

function parseJson({ file, text }: ModelSource): ModelDocument {
  try {
    return { file, json: parseJsonExact(text) };
  } catch (e) {
    const message = (e as Error).message;
    const at = position(text, message);
    if (at === undefined) throw new ModelError(`invalid JSON: ${message}`, { file, jsonPath: '$' });
    throw new ModelError(`invalid JSON at line ${at.line}, column ${at.column}: ${message}`, {
      file,
      jsonPath: '$',
      line: at.line,
      column: at.column,
      frame: codeFrame(text, at.line, at.column),
    });
  }
}

/** 1-based line and column for a `JSON.parse` message that names a `position`. */
function position(text: string, message: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column };
}
