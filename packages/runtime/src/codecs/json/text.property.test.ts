/**
 * Property tests of the exact JSON reader: it accepts exactly the texts `JSON.parse` accepts and reads
 * the same values, keeping every number literal's text (compared through its numeric value).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonNumber, JsonSyntaxError, parseJsonText, toPlainJson, writeJsonText } from './text.js';
import { runs } from '../../__fixtures__/fast-check.js';

const RUNS = runs(150);

/** A JSON number literal per RFC 8259 (`-?int frac? exp?`), as text. */
const numberLiteral = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{0,25}$/)).map(([d, rest]) => `${d}${rest}`)),
    fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^\d{1,3}$/)), { nil: undefined }),
  )
  .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : exp.join('')}`);

const ws = fc.stringMatching(/^[ \t\n\r]{0,3}$/);

/** JSON text of a value with random insignificant whitespace and number literals of any spelling. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ text: string }>((tie) => ({
  text: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberLiteral,
    fc.string({ unit: 'binary' }).map((s) => JSON.stringify(s)),
    fc.constantFrom('true', 'false', 'null'),
    fc.tuple(ws, fc.array(fc.tuple(tie('text'), ws), { maxLength: 4 })).map(([w, items]) => `[${w}${items.map(([t, w2]) => `${t}${w2}`).join(',')}]`),
    fc
      .array(fc.tuple(ws, fc.string({ unit: 'binary', maxLength: 6 }), ws, tie('text'), ws), { maxLength: 4 })
      .map((entries) => `{${entries.map(([a, k, b, v, c]) => `${a}${JSON.stringify(k)}${b}:${v}${c}`).join(',')}}`),
  ),
})).text;

function parsesWithJsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

describe('parseJsonText agrees with JSON.parse', () => {
  it('on any JSON value (JSON.stringify output): same values, and the writer gives the same text back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = parseJsonText(text);
        expect(toPlainJson(parsed)).toStrictEqual(JSON.parse(text));
        expect(writeJsonText(parsed)).toBe(text);
      }),
      RUNS,
    );
  });

  it('on JSON texts with any whitespace and number spellings', () => {
    fc.assert(
      fc.property(ws, jsonText, ws, (before, text, after) => {
        const source = `${before}${text}${after}`;
        expect(toPlainJson(parseJsonText(source))).toStrictEqual(JSON.parse(source));
      }),
      RUNS,
    );
  });

  it('keeps every number literal exactly, with the numeric value JSON.parse gives', () => {
    fc.assert(
      fc.property(numberLiteral, (literal) => {
        const parsed = parseJsonText(literal);
        expect(parsed).toBeInstanceOf(JsonNumber);
        expect((parsed as JsonNumber).text).toBe(literal);
        expect(Object.is((parsed as JsonNumber).toNumber(), JSON.parse(literal))).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects exactly the texts JSON.parse rejects (one character inserted, deleted or replaced)', () => {
    const edit = fc.tuple(jsonText, fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'{}[],:"\\ .-+eE0a\u0000tfn'));
    fc.assert(
      fc.property(edit, ([text, at, kind, char]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        const mutated = kind === 'insert' ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + (kind === 'replace' ? char : '') + text.slice(i + 1);
        const expected = parsesWithJsonParse(mutated);
        if (expected.ok) expect(toPlainJson(parseJsonText(mutated))).toStrictEqual(expected.value);
        else expect(() => parseJsonText(mutated)).toThrow(JsonSyntaxError);
      }),
      runs(300),
    );
  });
});
