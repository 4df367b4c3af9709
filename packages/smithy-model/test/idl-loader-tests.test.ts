/**
 * Smithy's own IDL loader test suite (shared/protocol-tests/smithy-idl/loader-tests, see SOURCES.md §4):
 * - valid/**\/X.smithy loads (with valid/__shared.json); when X.json exists both load to equal models
 *   (the IR, and the JSON AST printed by toJsonAst: unflattened, member order kept); when
 *   X.flattened.smithy exists it equals X's model after mixin flattening (mixin shapes left out);
 * - invalid/**\/X.smithy (and X.json, a JSON AST case expecting what X.smithy expects) is rejected with a ModelError at the line and column
 *   its first line names, with the same gist (message text and shape id).
 * Cases listed in idl-loader-exceptions.json (with a reason) must still fail; the counts are printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { toJsonAst } from '../src/ast/to-json-ast.js';
import { ModelError } from '../src/errors.js';
import { ExactNumber } from '../src/exact-number.js';
import type { Model } from '../src/ir.js';
import { loadModel, type ModelDocument } from '../src/model/build.js';
import { documentsFromSources } from '../src/sources.js';
import { filesUnder, sharedPath, source } from './shared-data.js';

const root = sharedPath('protocol-tests/smithy-idl/loader-tests', "Smithy's IDL loader tests");
const exceptionsFile = join(dirname(fileURLToPath(import.meta.url)), 'idl-loader-exceptions.json');
const exceptions = new Map(
  (JSON.parse(readFileSync(exceptionsFile, 'utf8')) as { cases: Array<{ case: string; reason: string }> }).cases.map((c) => [c.case, c.reason]),
);

const documents = (...files: string[]): ModelDocument[] => documentsFromSources(files.map(source));
const load = (...files: string[]): Model => loadModel(documents(...files));

/** `value` with each `ExactNumber` replaced by its canonical value text (`2e+308` and `2E+308` are one value). */
function byValue(value: unknown): unknown {
  if (value instanceof ExactNumber) return `ExactNumber ${value.canonicalText()}`;
  if (Array.isArray(value)) return value.map(byValue);
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, byValue(v)]));
}

/** Shapes that differ between two models (prelude included), as readable lines. */
function modelDifferences(actual: Model, expected: Model, skip: (id: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const ids = new Set([...actual.shapes.keys(), ...expected.shapes.keys()]);
  for (const id of ids) {
    if (skip(id)) continue;
    const a = actual.shapes.get(id);
    const e = expected.shapes.get(id);
    if (!isDeepStrictEqual(byValue(a), byValue(e))) out.push(`${id}\n  got:      ${JSON.stringify(a)}\n  expected: ${JSON.stringify(e)}`);
  }
  if (!isDeepStrictEqual(actual.metadata, expected.metadata)) out.push(`metadata: ${JSON.stringify(actual.metadata)} vs ${JSON.stringify(expected.metadata)}`);
  return out;
}

function astDifferences(actual: ModelDocument[], expected: ModelDocument[]): string[] {
  const a = toJsonAst(actual).shapes as Record<string, unknown>;
  const e = toJsonAst(expected).shapes as Record<string, unknown>;
  const out: string[] = [];
  for (const id of new Set([...Object.keys(a), ...Object.keys(e)])) {
    if (!isDeepStrictEqual(byValue(a[id]), byValue(e[id]))) out.push(`AST ${id}\n  got:      ${JSON.stringify(a[id])}\n  expected: ${JSON.stringify(e[id])}`);
  }
  return out;
}

/** What an invalid case's first line expects: `// <message> | <event id>`. */
interface Expected {
  readonly text: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly shapeId: string | undefined;
  /** The message without location prefixes (may be empty: then only the position is checked). */
  readonly gist: string;
}

function expectedError(text: string): Expected {
  const first = (text.split(/\r?\n/)[0] ?? '').replace(/^\/\/\s?/, '');
  const message = first.split(' | ')[0] ?? '';
  const at = /Syntax error at line (\d+), column (\d+):? ?/.exec(message);
  let gist = at ? message.replace(at[0], '') : message;
  const shape = /^([A-Za-z0-9_.]+#[A-Za-z0-9_$]+): /.exec(gist);
  if (shape) gist = gist.slice(shape[0].length);
  return { text: message, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined, shapeId: shape?.[1], gist };
}

/** Smithy's test runner ignores `[EOF]` and compares line breaks as `\n`. */
const clean = (s: string): string => s.replace(/\[EOF\]/g, '').replace(/\r\n|\r|\n/g, '\\n');

/** Why `error` does not meet `expected`, or undefined when it does. */
function mismatch(error: unknown, expected: Expected): string | undefined {
  if (!(error instanceof ModelError)) return `not a ModelError: ${String(error)}`;
  if (expected.line !== undefined && (error.line !== expected.line || error.column !== expected.column)) {
    return `at ${error.line}:${error.column}, expected ${expected.line}:${expected.column}: ${error.message}`;
  }
  if (expected.shapeId !== undefined && error.shapeId !== expected.shapeId) return `shape ${error.shapeId}, expected ${expected.shapeId}: ${error.message}`;
  if (!clean(error.detail).includes(clean(expected.gist))) return `message "${error.detail}" lacks "${expected.gist}"`;
  return undefined;
}

const counts = { valid: 0, validTotal: 0, invalid: 0, invalidTotal: 0, listed: exceptions.size };

/** Runs a case; a listed case must still fail (else the list is stale). */
function check(name: string, run: () => string[]): void {
  const problems = run();
  const reason = exceptions.get(name);
  if (reason !== undefined) {
    expect(problems, `${name} is listed in idl-loader-exceptions.json (${reason}) but passes: remove it`).not.toEqual([]);
    return;
  }
  expect(problems, name).toEqual([]);
}

describe.skipIf(root === undefined)("Smithy's IDL loader test suite", () => {
  // The body runs (to collect tests) even when skipped: no file access without the data.
  const dir = root ?? '';
  const valid = join(dir, 'valid');
  const shared = join(valid, '__shared.json');
  const validCases = root === undefined ? [] : filesUnder(valid).filter((f) => f.endsWith('.smithy') && !f.endsWith('.flattened.smithy'));
  const invalidCases = root === undefined ? [] : filesUnder(join(dir, 'invalid')).filter((f) => f.endsWith('.smithy') || f.endsWith('.json'));

  afterAll(() => {
    console.log(
      `[smithy-model] IDL loader tests: valid ${counts.valid}/${counts.validTotal}, invalid ${counts.invalid}/${counts.invalidTotal}, listed exceptions ${counts.listed}`,
    );
  });

  it('finds the cases', () => {
    expect(validCases.length).toBeGreaterThan(50);
    expect(invalidCases.length).toBeGreaterThan(140);
  });

  it.each(validCases.map((f) => [relative(dir, f), f]))('valid %s', (name, file) => {
    counts.validTotal++;
    check(name, () => {
      const base = file.slice(0, -'.smithy'.length);
      const problems: string[] = [];
      let model: Model;
      try {
        model = load(file, shared);
      } catch (e) {
        return [`does not load: ${(e as Error).message}`];
      }
      if (existsSync(`${base}.json`)) {
        problems.push(...modelDifferences(model, load(`${base}.json`, shared)));
        problems.push(...astDifferences(documents(file, shared), documents(`${base}.json`, shared)));
      }
      if (existsSync(`${base}.flattened.smithy`)) {
        const isMixin = (id: string) => model.shapes.get(id)?.traits['smithy.api#mixin'] !== undefined;
        problems.push(...modelDifferences(model, load(`${base}.flattened.smithy`, shared), isMixin).map((p) => `flattened: ${p}`));
      }
      if (problems.length === 0) counts.valid++;
      return problems;
    });
  });

  it.each(invalidCases.map((f) => [relative(dir, f), f]))('invalid %s', (name, file) => {
    counts.invalidTotal++;
    check(name, () => {
      // A JSON AST case has no comment: it expects what its .smithy twin expects.
      const expected = expectedError(readFileSync(file.replace(/\.json$/, '.smithy'), 'utf8'));
      let error: unknown;
      try {
        load(file);
      } catch (e) {
        error = e;
      }
      if (error === undefined) return [`accepted, expected: ${expected.text}`];
      const why = mismatch(error, expected);
      if (why !== undefined) return [why];
      counts.invalid++;
      return [];
    });
  });
});
