/**
 * Property tests (fast-check): valid `.smithy` files, truncated, with ranges deleted, or with
 * random tokens and characters inserted, never crash the IDL parser or the loader behind it:
 * every input ends in a model or in exactly one ModelError naming the file, line and column.
 * Seeds: the fixtures beside this test, plus Smithy's valid loader-test files when the shared
 * data is present. Runs are bounded (no timing assertions).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../src/errors.js';
import { loadModel } from '../src/model/build.js';
import { documentsFromSources } from '../src/sources.js';
import { filesUnder, SHARED } from './shared-data.js';

/**
 * fast-check run settings: a fixed seed, so `pnpm test` fails every time or never; `FC_SEED=<n>`
 * replays a seed and `FC_SEED=random` explores new ones.
 */
function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env['FC_SEED'];
  if (seed === 'random') return { numRuns };
  return { numRuns, seed: seed === undefined || seed === '' ? 20261205 : Number(seed) };
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'idl');
const loaderTests = join(SHARED, 'protocol-tests', 'smithy-idl', 'loader-tests', 'valid');

function seeds(): string[] {
  const files = filesUnder(fixtures).filter((f) => f.endsWith('.smithy'));
  try {
    files.push(...filesUnder(loaderTests).filter((f) => f.endsWith('.smithy')));
  } catch {
    // Shared data absent: the fixtures alone are the seeds (this test does not need the shared data).
  }
  return files.map((f) => readFileSync(f, 'utf8'));
}

const SEEDS = seeds();
const FILE = 'fuzz.smithy';

/** Tokens and characters that stress the lexer and parser. */
const NOISE = [
  '{', '}', '[', ']', '(', ')', '@', '$', ':', ':=', '=', ',', '#', '.', '"', '"""', '\\', '\\u', '\\uD83D', '//', '///',
  '\n', '\r', '\r\n', '\t', ' ', '-', '1e', '0.', '99999999999999999999', 'with', 'for', 'apply', 'use', 'namespace',
  'metadata', 'structure', 'list', 'map', 'enum', 'intEnum', 'operation', 'resource', 'service', 'input', 'output',
  'errors', 'member', 'key', 'value', '__proto__', 'constructor', 'smithy.api#String', 'Unit', 'true', 'null',
  '$version: "1.0"\n', '$version: "2.0"\n', '\u0000', '\u00e9', '😀', '\uD800',
];

/** Loads one text; returns 'model' or the error, and fails the property on anything but a located ModelError. */
function outcome(text: string): 'model' | ModelError {
  try {
    loadModel(documentsFromSources([{ file: FILE, text }]));
    return 'model';
  } catch (e) {
    if (!(e instanceof ModelError)) throw new Error(`not a ModelError (${(e as Error)?.name}): ${String(e)}\n--- input ---\n${text}`);
    if (e.file !== FILE || !Number.isInteger(e.line) || !Number.isInteger(e.column) || (e.line as number) < 1 || (e.column as number) < 1) {
      throw new Error(`ModelError without file/line/column: ${e.message}\n--- input ---\n${text}`);
    }
    return e;
  }
}

const seed = fc.constantFrom(...SEEDS);
const noise = fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 }));

/** An edit of a text: delete a range, insert noise, or replace a range with noise. */
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.option(noise, { nil: undefined }));

function applyEdit(text: string, [where, length, insert]: [number, number, string | undefined]): string {
  const at = Math.floor(where * text.length);
  return text.slice(0, at) + (insert ?? '') + text.slice(at + (insert === undefined ? Math.max(1, length) : length % 4));
}

/** 200 runs per property are quick, but the machine may be busy: a generous limit, not a speed check. */
describe('IDL parser robustness', { timeout: 120_000 }, () => {
  it('loads its seeds (the fixtures)', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(2);
    for (const text of SEEDS.slice(0, 2)) expect(outcome(text)).toBe('model');
  });

  it('survives truncation at any position', () => {
    fc.assert(
      fc.property(seed, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
        outcome(text.slice(0, Math.floor(where * text.length)));
      }),
      runs(200),
    );
  });

  it('truncated fixtures: every cut after each token boundary of a file ends in a model or a located error', () => {
    const text = SEEDS[0] as string;
    let errors = 0;
    for (let i = 0; i <= text.length; i += 7) if (outcome(text.slice(0, i)) !== 'model') errors++;
    expect(errors).toBeGreaterThan(0);
  });

  it('survives random deletions, insertions and replacements', () => {
    fc.assert(
      fc.property(seed, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        outcome(edits.reduce(applyEdit, text));
      }),
      runs(200),
    );
  });

  it('survives arbitrary text and token soup', () => {
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 60 }), (parts) => {
        outcome(parts.join(''));
        outcome(`$version: "2"\nnamespace fuzz\n${parts.join(' ')}`);
      }),
      runs(200),
    );
  });
});
