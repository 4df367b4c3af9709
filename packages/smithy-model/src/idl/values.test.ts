import { describe, expect, it } from 'vitest';
import { expectModelError } from '../__fixtures__/helpers.js';
import { documentsFromSources } from '../sources.js';
import { stringValue } from './text.js';

/** The metadata of one IDL file (node values as the JSON AST holds them). */
function metadata(body: string): Record<string, unknown> {
  const [doc] = documentsFromSources([{ file: 'm.smithy', text: `$version: "2"\n${body}\n` }]);
  return ((doc?.json as { metadata?: Record<string, unknown> }).metadata ?? {}) as Record<string, unknown>;
}

describe('node values', () => {
  it('reads numbers: integers, negatives, decimals and exponents', () => {
    expect(metadata('metadata a = [0, -10, 1.5, 10e2, -10e-2, 2E+3, 1.0]').a).toEqual([0, -10, 1.5, 1000, -0.1, 2000, 1]);
  });

  it('reads keywords, unquoted shape ids and nested objects (trailing commas and comments allowed)', () => {
    const m = metadata('metadata a = {\n  t: true, f: false, n: null // no value\n  id: smithy.api#String,\n  "quoted key": [1, [2, {}],],\n}');
    expect(m.a).toEqual({ t: true, f: false, n: null, id: 'smithy.api#String', 'quoted key': [1, [2, {}]] });
  });

  it('keeps __proto__ as a plain key', () => {
    const m = metadata('metadata a = { __proto__: { polluted: true } }');
    expect(Object.keys(m.a as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(m.a)).toBe(Object.prototype);
  });

  it('decodes escapes, \\u escapes and surrogate pairs', () => {
    expect(metadata(String.raw`metadata a = "q\" b\\ s\/ \b\f\n\r\t \u00e9 \uD83D\uDE00"`).a).toBe('q" b\\ s/ \b\f\n\r\t é 😀');
  });

  it('normalises CRLF inside strings and joins lines on an escaped line break', () => {
    expect(metadata('metadata a = "one\r\ntwo \\\r\nthree"').a).toBe('one\ntwo three');
  });

  it('formats text blocks: incidental whitespace, closing-quote indentation, trailing spaces, escapes', () => {
    expect(stringValue('\n    Hello\n      indented   \n\n    end\n    ', true)).toBe('Hello\n  indented\n\nend\n');
    expect(stringValue('\n    Hello\n  ', true)).toBe('  Hello\n');
    expect(stringValue('\n    Hi \\\n    there', true)).toBe('Hi there');
    expect(stringValue('\n    "quoted" \\u0041', true)).toBe('"quoted" A');
    expect(metadata('metadata a = """\n    line one\n    line two"""').a).toBe('line one\nline two');
  });

  it('rejects bad escapes and text blocks that do not start on a new line, at the literal', () => {
    expectModelError(() => metadata('metadata a = "bad \\q"'), { message: /Error parsing quoted string: Invalid escape found in string: `\\q`/ });
    const e = expectModelError(() => metadata('metadata a = "\\u12G4"'), { message: /Invalid unicode escape character: `G`/ });
    expect([e.line, e.column]).toEqual([2, 14]);
    expectModelError(() => metadata('metadata a = """x"""'), { message: /Text block must start with a new line/ });
  });

  it('rejects malformed numbers at the number', () => {
    const e = expectModelError(() => metadata('metadata a = 1.'), { message: /Invalid number '1\.': '\.' must be followed by a digit/ });
    expect([e.line, e.column]).toEqual([2, 14]);
    expectModelError(() => metadata('metadata a = -x'), { message: /'-' must be followed by a digit/ });
    expectModelError(() => metadata('metadata a = 1e+'), { message: /'e', '\+', and '-' must be followed by a digit/ });
  });

  it('rejects duplicate keys and nesting deeper than 64', () => {
    expectModelError(() => metadata('metadata a = { x: 1, x: 2 }'), { message: /Duplicate member: 'x'/ });
    expectModelError(() => metadata(`metadata a = ${'['.repeat(70)}${']'.repeat(70)}`), { message: /maximum allowed depth of 64/ });
  });
});

describe('file encoding', () => {
  it('ignores a byte order mark and accepts CRLF line endings', () => {
    const [doc] = documentsFromSources([{ file: 'b.smithy', text: '\uFEFF$version: "2"\r\nmetadata a = 1\r\nnamespace ex\r\nstring S\r\n' }]);
    expect((doc?.json as { metadata: unknown }).metadata).toEqual({ a: 1 });
  });
});
