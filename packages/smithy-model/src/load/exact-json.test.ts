import { describe, expect, it } from 'vitest';
import { expectModelError } from '../__fixtures__/helpers.js';
import { toJsonText } from '../ast/json-text.js';
import { toJsonAst } from '../ast/to-json-ast.js';
import { ExactNumber } from '../exact-number.js';
import { loadModel } from '../model/build.js';
import { documentsFromSources } from '../sources.js';
import { parseJsonExact } from './exact-json.js';

/** The `params` of a one-case `smithy.test#httpRequestTests` trait, from a JSON AST or IDL model. */
function params(file: string, text: string): Record<string, unknown> {
  const model = loadModel(documentsFromSources([{ file, text }]));
  const tests = model.shapes.get('ex#Op')?.traits['smithy.test#httpRequestTests'] as Array<{ params: Record<string, unknown> }>;
  return tests[0]?.params ?? {};
}

const jsonModel = (paramsText: string): string => `{
  "smithy": "2.0",
  "shapes": {
    "ex#Op": { "type": "operation", "traits": { "smithy.test#httpRequestTests": [ { "id": "t", "params": ${paramsText} } ] } }
  }
}`;

const idlModel = (paramsText: string): string =>
  `$version: "2"\nnamespace ex\n@smithy.test#httpRequestTests([{ id: "t", params: ${paramsText} }])\noperation Op {}\n`;

const LITERALS = '{ "d": 0.100000000000000000000001, "n": -0.100000000000000000000001, "f": 100000000000000000000001.0, "i": -9223372036854775809, "h": 1e400, "u": 1e-400 }';
const KEPT = ['0.100000000000000000000001', '-0.100000000000000000000001', '100000000000000000000001.0', '-9223372036854775809', '1e400', '1e-400'];
const ORDINARY = '{ "a": 0.1, "b": -0, "c": 1.5e3, "d": 9007199254740991, "e": 9223372036854775808, "f": 123456789.12345679, "g": [1, 2.25, -3] }';

describe.each([
  ['JSON AST', 'm.json', jsonModel],
  ['IDL', 'm.smithy', idlModel],
])('exact number literals from %s', (_name, file, model) => {
  it('keeps every literal a double would change as an ExactNumber holding the text as written', () => {
    const p = params(file, model(LITERALS));
    const values = Object.values(p);
    expect(values.every((v) => v instanceof ExactNumber)).toBe(true);
    expect(values.map((v) => (v as ExactNumber).text)).toEqual(KEPT);
  });

  it('leaves ordinary numbers plain (0.1, -0, exponents, 2^53 - 1, 2^63, 17 significant digits that round-trip)', () => {
    const p = params(file, model(ORDINARY));
    expect(p).toEqual({ a: 0.1, b: -0, c: 1500, d: 9007199254740991, e: 2 ** 63, f: 123456789.12345679, g: [1, 2.25, -3] });
    expect(Object.is(p.b, -0)).toBe(true);
  });

  it('prints an ExactNumber with toJsonAst as the same ExactNumber (not an object of its fields)', () => {
    const ast = toJsonAst(documentsFromSources([{ file, text: model('{ "i": -9223372036854775809 }') }]));
    const op = ast.shapes['ex#Op'] as { traits: Record<string, Array<{ params: { i: unknown } }>> };
    expect(op.traits['smithy.test#httpRequestTests']?.[0]?.params.i).toEqual(new ExactNumber('-9223372036854775809'));
  });
});

describe('parseJsonExact', () => {
  it('returns exactly what JSON.parse returns when no literal needs the exact path', () => {
    const text = '{"a": 1, "b": [0.5, -2e10, "12345678901234567890 in a string"], "c": {"__proto__": 3}}';
    const got = parseJsonExact(text) as Record<string, unknown>;
    expect(got).toEqual(JSON.parse(text));
    expect(Object.keys(got.c as object)).toEqual(['__proto__']);
  });

  it('never reads a digit run inside a string as a number, and keeps strings that start with NUL characters', () => {
    const text = '{"s": "9223372036854775809", "z": "\\u00000", "zz": "\\u0000\\u00001", "n": 9223372036854775809}';
    expect(parseJsonExact(text)).toEqual({ s: '9223372036854775809', z: '\u00000', zz: '\u0000\u00001', n: new ExactNumber('9223372036854775809') });
  });

  it('keeps __proto__ a plain key when its value is an exact literal', () => {
    const got = parseJsonExact('{"__proto__": 12345678901234567890123}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(got, '__proto__')?.value).toEqual(new ExactNumber('12345678901234567890123'));
  });

  it('throws the JSON.parse error (with its position) for invalid JSON that holds a long literal', () => {
    expect(() => parseJsonExact('{"a": 12345678901234567890123,}')).toThrow(SyntaxError);
  });
});

describe('bad input around exact literals', () => {
  it('names file, line and column for invalid JSON with a long literal', () => {
    expectModelError(() => documentsFromSources([{ file: 'bad.json', text: '{\n  "smithy": "2.0",\n  "x": 12345678901234567890123,\n}' }]), {
      file: 'bad.json',
      message: /invalid JSON at line 4, column 1/,
    });
  });

  it('rejects an exact literal where an object belongs, naming the JSON path', () => {
    const text = '{"smithy": "2.0", "shapes": {"ex#A": {"type": "string", "traits": 12345678901234567890123}}}';
    expectModelError(() => loadModel(documentsFromSources([{ file: 'bad.json', text }])), {
      file: 'bad.json',
      shapeId: 'ex#A',
      message: /"traits" must be an object, got number 12345678901234567890123/,
    });
  });

  it('accepts exact @range bounds and rejects a non-number one', () => {
    const ok = '{"smithy": "2.0", "shapes": {"ex#L": {"type": "long", "traits": {"smithy.api#range": {"min": 1, "max": 9223372036854775807}}}}}';
    const range = loadModel(documentsFromSources([{ file: 'ok.json', text: ok }])).shapes.get('ex#L')?.traits['smithy.api#range'];
    expect(range).toEqual({ min: 1, max: new ExactNumber('9223372036854775807') });
    const bad = '{"smithy": "2.0", "shapes": {"ex#L": {"type": "long", "traits": {"smithy.api#range": {"max": "9223372036854775807"}}}}}';
    expectModelError(() => loadModel(documentsFromSources([{ file: 'bad.json', text: bad }])), {
      file: 'bad.json',
      jsonPath: '$.shapes["ex#L"].traits["smithy.api#range"]',
      message: /property "max" must be a number, got string/,
    });
  });

  it('reports an intEnum value out of the integer range with its exact text (IDL)', () => {
    const text = '$version: "2"\nnamespace ex\nintEnum E {\n  A = 9223372036854775809\n}\n';
    expectModelError(() => documentsFromSources([{ file: 'e.smithy', text }]), {
      file: 'e.smithy',
      message: /intEnum members must fit within an integer, but found: 9223372036854775809/,
    });
  });
});

describe('toJsonText', () => {
  it('writes ExactNumbers as their literal and everything else as JSON.stringify does', () => {
    const value = { a: new ExactNumber('-9223372036854775809'), b: [0.1, new ExactNumber('1e400')], c: 'x', __proto__: null };
    expect(toJsonText(value)).toBe('{"a":-9223372036854775809,"b":[0.1,1e400],"c":"x"}');
    expect(toJsonText({ a: 1, b: [2] }, 4)).toBe(JSON.stringify({ a: 1, b: [2] }, null, 4));
    expect(toJsonText(new ExactNumber('0.100000000000000000000001'))).toBe('0.100000000000000000000001');
  });

  it('round-trips a JSON AST with exact literals through parseJsonExact', () => {
    const text = '{"smithy":"2.0","metadata":{"n":[100000000000000000000001.0,-0.100000000000000000000001,"\\u0000x"]}}';
    expect(toJsonText(parseJsonExact(text))).toBe(text);
  });

  it('falls back to doubles when a model string looks like its placeholder', () => {
    expect(toJsonText(['\u0000exact-number:0', new ExactNumber('12345678901234567890123')])).toBe('["\\u0000exact-number:0",1.2345678901234568e+22]');
  });
});
