import { describe, expect, it } from 'vitest';
import { JsonNumber, JsonSyntaxError, parseJsonText, toPlainJson, writeJsonText } from './text.js';

describe('parseJsonText', () => {
  it('keeps number literals as text', () => {
    const v = parseJsonText('{"big": 123456789012345678901234567890, "dec": 1.10, "neg": -3e5}') as Record<string, JsonNumber>;
    expect(v.big).toEqual(new JsonNumber('123456789012345678901234567890'));
    expect(v.dec!.text).toBe('1.10');
    expect(v.neg!.toNumber()).toBe(-300000);
  });
  it('parses strings with escapes, arrays, literals, nesting', () => {
    expect(toPlainJson(parseJsonText(' [ "a\\n\\u00e9\\"\\\\\\/", true, false, null, {"x": [1, {}]} ] '))).toEqual(['a\né"\\/', true, false, null, { x: [1, {}] }]);
  });
  it('keeps __proto__ as an own key without touching the prototype', () => {
    const v = parseJsonText('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reports syntax errors with an offset', () => {
    expect(() => parseJsonText('{"a": }')).toThrow(JsonSyntaxError);
    expect(() => parseJsonText('{"a": }')).toThrow('expected a JSON value at offset 6');
    expect(() => parseJsonText('{"a": 1')).toThrow(/unexpected end of JSON/);
    expect(() => parseJsonText('[1] x')).toThrow(/expected end of JSON at offset 4/);
    expect(() => parseJsonText('01')).toThrow(JsonSyntaxError);
  });
});

describe('writeJsonText', () => {
  it('writes bigint and JsonNumber as bare literals and skips undefined entries', () => {
    expect(writeJsonText({ a: 1n << 70n, b: new JsonNumber('1.50'), c: undefined, d: ['x', null], e: true })).toBe(
      '{"a":1180591620717411303424,"b":1.50,"d":["x",null],"e":true}',
    );
  });
  it('refuses non-finite numbers', () => {
    expect(() => writeJsonText(NaN)).toThrow('cannot write non-finite number NaN as JSON');
  });
});
