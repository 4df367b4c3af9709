import { describe, expect, it } from 'vitest';
import type { StructureSchema, UnionSchema } from '@anvil/runtime';
import { codePointLength, compilePattern, validate, validateValue, validationSummary } from './index.js';
import { defuseNestedQuantifiers } from './pattern.js';

const S = (members: StructureSchema['members']): StructureSchema => ({ type: 'structure', id: 't#S', name: 'S', members });

describe('required and types', () => {
  const schema = S({
    string: { target: { type: 'string' }, required: true },
    int: { target: { type: 'integer' } },
    byte: { target: { type: 'byte' } },
    flag: { target: { type: 'boolean' } },
    when: { target: { type: 'timestamp' } },
    blob: { target: { type: 'blob' } },
    big: { target: { type: 'bigInteger' } },
    dec: { target: { type: 'bigDecimal' } },
    doc: { target: { type: 'document' } },
  });

  it('reports missing and null required members with the framework wording', () => {
    expect(validate(schema, {})).toStrictEqual([
      { path: '/string', kind: 'required', message: "Value at '/string' failed to satisfy constraint: Member must not be null" },
    ]);
    expect(validate(schema, { string: null })).toHaveLength(1);
    expect(validate(schema, { string: 'x' })).toStrictEqual([]);
  });

  it('checks runtime types per the schema type mapping', () => {
    const issues = validate(schema, {
      string: 1,
      int: 1.5,
      byte: 300,
      flag: 'yes',
      when: 'today',
      blob: 'YQ==',
      big: 5,
      dec: 'abc',
      doc: { any: ['json'] },
    });
    expect(issues.map((issue) => [issue.path, issue.kind, issue.message])).toStrictEqual([
      ['/string', 'type', "Value at '/string' failed to satisfy constraint: Member must be of type string"],
      ['/int', 'type', "Value at '/int' failed to satisfy constraint: Member must be of type integer"],
      ['/byte', 'type', "Value at '/byte' failed to satisfy constraint: Member must be of type byte"],
      ['/flag', 'type', "Value at '/flag' failed to satisfy constraint: Member must be of type boolean"],
      ['/when', 'type', "Value at '/when' failed to satisfy constraint: Member must be of type Date"],
      ['/blob', 'type', "Value at '/blob' failed to satisfy constraint: Member must be of type Uint8Array"],
      ['/big', 'type', "Value at '/big' failed to satisfy constraint: Member must be of type bigint"],
      ['/dec', 'type', "Value at '/dec' failed to satisfy constraint: Member must be of type decimal string"],
    ]);
    expect(
      validate(schema, { string: 's', int: 2, byte: -128, flag: false, when: new Date(0), blob: new Uint8Array(1), big: 5n, dec: '-1.5e3', doc: null }),
    ).toStrictEqual([]);
    expect(validate(schema, { string: 's', when: new Date(Number.NaN) })[0]?.kind).toBe('type');
  });

  it('reports a non-object root', () => {
    expect(validate(schema, 'nope')).toStrictEqual([
      { path: '', kind: 'type', message: "Value at '/' failed to satisfy constraint: Member must be of type structure" },
    ]);
  });
});

describe('length', () => {
  const schema = S({
    string: { target: { type: 'string', length: { min: 2, max: 8 } } },
    minString: { target: { type: 'string', length: { min: 2 } } },
    maxString: { target: { type: 'string', length: { max: 8 } } },
    blob: { target: { type: 'blob', length: { min: 2, max: 8 } } },
    list: { target: { type: 'list', member: { target: { type: 'string' } }, length: { min: 2, max: 8 } } },
    map: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'string' } }, length: { min: 2 } } },
    override: { target: { type: 'string', length: { min: 2, max: 8 } }, length: { min: 4, max: 6 } },
  });

  it('uses the between / greater / less wordings', () => {
    expect(validate(schema, { string: 'a', minString: 'a', maxString: 'abcdefghijklmnopqrstuvwxyz' }).map((issue) => issue.message)).toStrictEqual([
      "Value with length 1 at '/string' failed to satisfy constraint: Member must have length between 2 and 8, inclusive",
      "Value with length 1 at '/minString' failed to satisfy constraint: Member must have length greater than or equal to 2",
      "Value with length 26 at '/maxString' failed to satisfy constraint: Member must have length less than or equal to 8",
    ]);
  });

  it('counts code points for strings, bytes for blobs and entries for lists and maps', () => {
    expect(validate(schema, { string: '👍' })[0]?.message).toBe(
      "Value with length 1 at '/string' failed to satisfy constraint: Member must have length between 2 and 8, inclusive",
    );
    expect(validate(schema, { string: '👍👍' })).toStrictEqual([]);
    expect(codePointLength('a👍b')).toBe(3);
    const issues = validate(schema, { blob: new Uint8Array(9), list: ['a'], map: { a: 'b' } });
    expect(issues.map((issue) => [issue.path, issue.kind, issue.message.slice(0, 21)])).toStrictEqual([
      ['/blob', 'length', 'Value with length 9 a'],
      ['/list', 'length', 'Value with length 1 a'],
      ['/map', 'length', 'Value with length 1 a'],
    ]);
  });

  it('lets the member constraint override the target', () => {
    expect(validate(schema, { override: 'abc' })[0]?.message).toBe(
      "Value with length 3 at '/override' failed to satisfy constraint: Member must have length between 4 and 6, inclusive",
    );
    expect(validate(schema, { override: 'abcd' })).toStrictEqual([]);
  });
});

describe('range', () => {
  const schema = S({
    int: { target: { type: 'integer', range: { min: 2, max: 8 } } },
    minFloat: { target: { type: 'float', range: { min: 2.2 } } },
    maxLong: { target: { type: 'long', range: { max: 8 } } },
    big: { target: { type: 'bigInteger', range: { min: 10 } } },
    dec: { target: { type: 'bigDecimal', range: { max: 1.5 } } },
    double: { target: { type: 'double', range: { min: 0 } } },
  });

  it('reports each wording and handles bigint, decimal text and NaN', () => {
    const issues = validate(schema, { int: 9, minFloat: 2.1, maxLong: 9, big: 9n, dec: '1.6', double: Number.NaN });
    expect(issues.map((issue) => issue.message)).toStrictEqual([
      "Value at '/int' failed to satisfy constraint: Member must be between 2 and 8, inclusive",
      "Value at '/minFloat' failed to satisfy constraint: Member must be greater than or equal to 2.2",
      "Value at '/maxLong' failed to satisfy constraint: Member must be less than or equal to 8",
      "Value at '/big' failed to satisfy constraint: Member must be greater than or equal to 10",
      "Value at '/dec' failed to satisfy constraint: Member must be less than or equal to 1.5",
      "Value at '/double' failed to satisfy constraint: Member must be greater than or equal to 0",
    ]);
    expect(issues.every((issue) => issue.kind === 'range')).toBe(true);
    expect(validate(schema, { int: 2, minFloat: 2.2, maxLong: 8, big: 10n, dec: '1.5', double: 0 })).toStrictEqual([]);
  });
});

describe('pattern', () => {
  const schema = S({
    anchored: { target: { type: 'string', pattern: '^[a-m]+$' } },
    search: { target: { type: 'string', pattern: '[0-9]{3}' } },
    evil: { target: { type: 'string', pattern: '^([0-9]+)+$' } },
    quoted: { target: { type: 'string', pattern: '^[a-z]+\'"\\\\$' } },
  });

  it('uses search semantics unless anchored', () => {
    expect(validate(schema, { anchored: 'abc', search: 'ab123cd', quoted: 'ab\'"\\' })).toStrictEqual([]);
    expect(validate(schema, { anchored: 'ABC', search: 'ab12' })).toStrictEqual([
      {
        path: '/anchored',
        kind: 'pattern',
        message: "Value at '/anchored' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-m]+$",
      },
      {
        path: '/search',
        kind: 'pattern',
        message: "Value at '/search' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]{3}",
      },
    ]);
  });

  it('rejects a ReDoS input (backtracking on it would take years: the test would hang, never pass)', () => {
    const issues = validate(schema, { evil: `${'0'.repeat(84)}!` });
    expect(issues[0]?.message).toBe("Value at '/evil' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9]+)+$");
    expect(validate(schema, { evil: '0123' })).toStrictEqual([]);
  });

  it('defuses only language-preserving nested quantifiers', () => {
    expect(defuseNestedQuantifiers('^([0-9]+)+$')).toBe('^([0-9]+)$');
    expect(defuseNestedQuantifiers('^(?:a*)+b(\\d+)*$')).toBe('^(?:a*)b(\\d*)$');
    expect(defuseNestedQuantifiers('[(a+)+]')).toBe('[(a+)+]');
    expect(defuseNestedQuantifiers('(a+)+\\1')).toBe('(a+)+\\1');
    expect(compilePattern('^\\p{L}+$').test('é')).toBe(true);
    expect(() => compilePattern('(', 't#Bad')).toThrow(/Invalid @pattern "\(" on t#Bad/);
  });
});

describe('enum, intEnum, uniqueItems, sparse, unions', () => {
  const Union: UnionSchema = {
    type: 'union',
    id: 't#U',
    name: 'U',
    members: { first: { target: { type: 'enum', values: ['abc', 'def'] } }, second: { target: { type: 'integer' } } },
  };
  const schema = S({
    enumString: { target: { type: 'enum', values: ['abc', 'def'] } },
    level: { target: { type: 'intEnum', values: [1, 2, 3] } },
    list: { target: { type: 'list', member: { target: { type: 'timestamp' } }, uniqueItems: true } },
    structs: {
      target: { type: 'list', member: { target: S({ hi: { target: { type: 'string' }, required: true } }) }, uniqueItems: true },
    },
    dense: { target: { type: 'list', member: { target: { type: 'string' } } } },
    sparse: { target: { type: 'list', member: { target: { type: 'string' } }, sparse: true } },
    denseMap: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'string' } } } },
    union: { target: Union },
  });

  it('checks enum and intEnum values', () => {
    expect(validate(schema, { enumString: 'ABC', level: 4 })).toStrictEqual([
      {
        path: '/enumString',
        kind: 'enum',
        message: "Value at '/enumString' failed to satisfy constraint: Member must satisfy enum value set: [abc, def]",
      },
      { path: '/level', kind: 'enum', message: "Value at '/level' failed to satisfy constraint: Member must satisfy enum value set: [1, 2, 3]" },
    ]);
  });

  it('leaves @internal values out of the message but accepts them', () => {
    const withInternal = S({
      e: { target: { type: 'enum', values: ['abc', 'def', 'ghi', 'jkl'], internal: ['ghi'] } },
      n: { target: { type: 'intEnum', values: [1, 2, 3], internal: [2] } },
    });
    expect(validate(withInternal, { e: 'ghi', n: 2 })).toStrictEqual([]);
    expect(validate(withInternal, { e: 'xyz', n: 4 }).map((i) => i.message)).toStrictEqual([
      "Value at '/e' failed to satisfy constraint: Member must satisfy enum value set: [abc, def, jkl]",
      "Value at '/n' failed to satisfy constraint: Member must satisfy enum value set: [1, 3]",
    ]);
  });

  it('compares list items by value for uniqueItems', () => {
    expect(validate(schema, { list: [new Date(1000), new Date(1000)] })).toStrictEqual([
      { path: '/list', kind: 'uniqueItems', message: "Value at '/list' failed to satisfy constraint: Member must have unique values" },
    ]);
    expect(validate(schema, { list: [new Date(1000), new Date(2000)] })).toStrictEqual([]);
    expect(validate(schema, { structs: [{ hi: 'a' }, { hi: 'a' }] })[0]?.kind).toBe('uniqueItems');
    expect(validate(schema, { structs: [{ hi2: 'a' }] })).toStrictEqual([
      { path: '/structs/0/hi', kind: 'required', message: "Value at '/structs/0/hi' failed to satisfy constraint: Member must not be null" },
    ]);
  });

  it('allows null entries only in sparse collections', () => {
    expect(validate(schema, { sparse: ['a', null] })).toStrictEqual([]);
    expect(validate(schema, { dense: ['a', null], denseMap: { k: null } }).map((issue) => [issue.path, issue.kind])).toStrictEqual([
      ['/dense/1', 'required'],
      ['/denseMap/k', 'required'],
    ]);
  });

  it('requires exactly one union member and recurses into it', () => {
    expect(validate(schema, { union: {} })).toStrictEqual([
      { path: '/union', kind: 'union', message: "Value at '/union' failed to satisfy constraint: Member must have exactly one member set, found 0" },
    ]);
    expect(validate(schema, { union: { first: 'abc', second: 1 } })[0]?.kind).toBe('union');
    expect(validate(schema, { union: { $unknown: ['x', 1] } })).toStrictEqual([]);
    expect(validate(schema, { union: { first: 'XYZ' } })[0]?.path).toBe('/union/first');
  });
});

describe('nested paths and map keys', () => {
  const Item = S({ name: { target: { type: 'string', length: { min: 2 } }, required: true } });
  const schema = S({
    list: { target: { type: 'list', member: { target: Item } } },
    map: {
      target: {
        type: 'map',
        key: { target: { type: 'string', pattern: '^[a-m]+$' } },
        value: { target: { type: 'list', member: { target: { type: 'string', length: { max: 3 } } } } },
      },
    },
    nested: { target: S({ inner: { target: S({ leaf: { target: { type: 'integer', range: { max: 0 } } } }) } }) },
  });

  it('reports JSON pointers through lists, maps and structures; key issues at the map path', () => {
    const issues = validate(schema, {
      list: [{ name: 'ok' }, {}],
      map: { abc: ['x', 'long'], 'XY/~': [] },
      nested: { inner: { leaf: 1 } },
    });
    expect(issues.map((issue) => [issue.path, issue.kind])).toStrictEqual([
      ['/list/1/name', 'required'],
      ['/map/abc/1', 'length'],
      ['/map', 'pattern'],
      ['/nested/inner/leaf', 'range'],
    ]);
    const plainKeys = S({ map: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'integer' } } } } });
    expect(validate(plainKeys, { map: { 'a/~': 'x' } })[0]?.path).toBe('/map/a~1~0');
  });

  it('prefixes paths and validates single values', () => {
    expect(validate(schema, { list: [{}] }, { path: '/input' })[0]?.path).toBe('/input/list/0/name');
    expect(validateValue({ type: 'string', length: { max: 1 } }, 'ab', { path: '/x' })[0]?.kind).toBe('length');
    expect(validateValue({ type: 'string' }, undefined)[0]?.kind).toBe('required');
  });
});

describe('validationSummary', () => {
  it('joins messages with the framework summary prefix', () => {
    const schema = S({ a: { target: { type: 'string' }, required: true }, b: { target: { type: 'string' }, required: true } });
    expect(validationSummary(validate(schema, { a: 'x' }))).toBe(
      "1 validation error detected. Value at '/b' failed to satisfy constraint: Member must not be null",
    );
    expect(validationSummary(validate(schema, {}))).toBe(
      "2 validation errors detected. Value at '/a' failed to satisfy constraint: Member must not be null; Value at '/b' failed to satisfy constraint: Member must not be null",
    );
    expect(validationSummary([])).toBe('');
  });
});
