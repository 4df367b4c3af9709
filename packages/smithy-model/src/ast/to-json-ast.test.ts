import { describe, expect, it } from 'vitest';
import { documentsFromSources } from '../sources.js';
import { toJsonAst } from './to-json-ast.js';

const ast = (text: string) => toJsonAst(documentsFromSources([{ file: 'a.smithy', text: `$version: "2"\nnamespace ex\n${text}\n` }]));

describe('toJsonAst', () => {
  it('prints own shapes only, sorted, with absolute trait ids and Unit input/output', () => {
    const out = ast('@readonly\noperation B {}\nstring A');
    expect(out.smithy).toBe('2.0');
    expect(Object.keys(out.shapes)).toEqual(['ex#A', 'ex#B']);
    expect(out.shapes['ex#B']).toEqual({
      type: 'operation',
      input: { target: 'smithy.api#Unit' },
      output: { target: 'smithy.api#Unit' },
      traits: { 'smithy.api#readonly': {} },
    });
  });

  it('keeps mixins unflattened; traits added to inherited members become apply entries', () => {
    const out = ast('@mixin structure M { a: String }\nstructure S with [M] { @required $a\n b: Integer }\napply S @sensitive');
    expect(out.shapes['ex#S']).toEqual({
      type: 'structure',
      mixins: [{ target: 'ex#M' }],
      members: { b: { target: 'smithy.api#Integer' } },
      traits: { 'smithy.api#sensitive': {} },
    });
    expect(out.shapes['ex#S$a']).toEqual({ type: 'apply', traits: { 'smithy.api#required': {} } });
  });

  it('writes enum values, sorts id lists as sets and sorts metadata keys', () => {
    const out = toJsonAst(
      documentsFromSources([
        { file: 'a.smithy', text: '$version: "2"\nmetadata z = 1\nmetadata a = { y: 1, b: 2 }\nnamespace ex\nenum E { X }\nservice S { operations: [b, A, b] }\noperation A {}\noperation b {}\n' },
      ]),
    );
    expect(out.shapes['ex#E']).toEqual({ type: 'enum', members: { X: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'X' } } } });
    expect(out.shapes['ex#S']).toEqual({ type: 'service', operations: [{ target: 'ex#A' }, { target: 'ex#b' }] });
    expect(JSON.stringify(out.metadata)).toBe('{"a":{"b":2,"y":1},"z":1}');
  });
});
