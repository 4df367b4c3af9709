import { describe, expect, it } from 'vitest';
import { expectModelError } from '../__fixtures__/helpers.js';
import type { EnumShape, ListShape, MapShape, OperationShape, ResourceShape, ServiceShape, StructureShape } from '../ir.js';
import { loadModel } from '../model/build.js';
import { documentsFromSources } from '../sources.js';

const load = (text: string, file = 'main.smithy') => loadModel(documentsFromSources([{ file, text }]));
const v2 = (body: string) => load(`$version: "2.0"\nnamespace ex\n${body}\n`);

describe('shape statements', () => {
  it('reads simple shapes, traits in every form and optional commas', () => {
    const model = v2(
      [
        '@trait',
        'structure config { a: String, b: Integer }',
        '@sensitive @pattern("^a+$") @length(min: 1, max: 5) @config(a: "x", b: 2) @config({ a: "x", b: 2 })',
        'string Name',
        '@tags @deprecated() timestamp When',
      ].join('\n'),
    );
    expect(model.shapes.get('ex#Name')?.traits).toEqual({
      'smithy.api#sensitive': {},
      'smithy.api#pattern': '^a+$',
      'smithy.api#length': { min: 1, max: 5 },
      'ex#config': { a: 'x', b: 2 },
    });
    // An annotation of a list trait is [], of a structure trait {}.
    expect(model.shapes.get('ex#When')?.traits).toEqual({ 'smithy.api#tags': [], 'smithy.api#deprecated': {} });
  });

  it('rejects a trait applied twice with different values, merges list values', () => {
    expectModelError(() => v2('@pattern("a") @pattern("b") string S'), { message: /Conflicting `smithy.api#pattern` trait found on shape `ex#S`/ });
    expect(v2('@tags(["a"]) @tags(["b"]) string S').shapes.get('ex#S')?.traits).toEqual({ 'smithy.api#tags': ['a', 'b'] });
  });

  it('reads aggregate shapes with members, defaults and elided targets', () => {
    const model = v2(
      [
        'list Names { member: String }',
        'map Counts { key: String, value: Integer }',
        '@mixin structure Base { id: String }',
        'structure Thing with [Base] {',
        '  $id',
        '  count: Integer = 0',
        '  @required names: Names = []',
        '}',
        'union U { a: String, b: Integer }',
      ].join('\n'),
    );
    expect((model.shapes.get('ex#Names') as ListShape).member.target).toBe('smithy.api#String');
    expect((model.shapes.get('ex#Counts') as MapShape).value.target).toBe('smithy.api#Integer');
    const thing = model.shapes.get('ex#Thing') as StructureShape;
    expect(thing.members.map((m) => [m.name, m.target, m.traits])).toEqual([
      ['id', 'smithy.api#String', {}],
      ['count', 'smithy.api#Integer', { 'smithy.api#default': 0 }],
      ['names', 'ex#Names', { 'smithy.api#required': {}, 'smithy.api#default': [] }],
    ]);
    expect(model.shapes.get('ex#U')?.type).toBe('union');
  });

  it('reads enums and intEnums with values', () => {
    const model = v2('enum E { A\n B = "b"\n}\nintEnum I {\n  ONE = 1,\n  TWO = 2\n}');
    expect((model.shapes.get('ex#E') as EnumShape).members.map((m) => m.traits['smithy.api#enumValue'])).toEqual(['A', 'b']);
    expect((model.shapes.get('ex#I') as EnumShape).members.map((m) => m.traits['smithy.api#enumValue'])).toEqual([1, 2]);
    expectModelError(() => v2('intEnum I { A = "x"\n}'), { shapeId: 'ex#I$A', message: /intEnum members require integer values/ });
  });

  it('reads services, resources and operations (inline input/output with the suffix control statements)', () => {
    const text = [
      '$version: "2"',
      '$operationInputSuffix: "Request"',
      '$operationOutputSuffix: "Response"',
      'namespace ex',
      'service Svc { version: "1", operations: [Get], resources: [Thing], errors: [Oops], rename: { "ex#Thing": "Item" } }',
      'resource Thing { identifiers: { id: String }, properties: { name: String }, read: Get }',
      '@readonly',
      'operation Get {',
      '  input := for Thing { @required $id }',
      '  output := @sensitive for Thing { $name }',
      '  errors: [Oops]',
      '}',
      '@error("client") structure Oops {}',
    ].join('\n');
    const model = load(text);
    const svc = model.shapes.get('ex#Svc') as ServiceShape;
    expect([svc.version, svc.operations, svc.resources, svc.errors, svc.rename]).toEqual(['1', ['ex#Get'], ['ex#Thing'], ['ex#Oops'], { 'ex#Thing': 'Item' }]);
    const thing = model.shapes.get('ex#Thing') as ResourceShape;
    expect([thing.identifiers, thing.properties, thing.read]).toEqual([{ id: 'smithy.api#String' }, { name: 'smithy.api#String' }, 'ex#Get']);
    const get = model.shapes.get('ex#Get') as OperationShape;
    expect([get.input, get.output, get.errors]).toEqual(['ex#GetRequest', 'ex#GetResponse', ['ex#Oops']]);
    expect(model.shapes.get('ex#GetRequest')?.traits).toEqual({ 'smithy.api#input': {} });
    expect(model.shapes.get('ex#GetResponse')?.traits).toEqual({ 'smithy.api#sensitive': {}, 'smithy.api#output': {} });
    expect((model.shapes.get('ex#GetResponse') as StructureShape).members[0]?.target).toBe('smithy.api#String');
  });

  it('applies traits with apply statements (single and block) and to members', () => {
    const model = v2('structure S { a: String }\napply S @sensitive\napply S$a {\n  @required\n  @documentation("A")\n}');
    const s = model.shapes.get('ex#S') as StructureShape;
    expect(s.traits).toEqual({ 'smithy.api#sensitive': {} });
    expect(s.members[0]?.traits).toEqual({ 'smithy.api#required': {}, 'smithy.api#documentation': 'A' });
    expectModelError(() => v2('apply String @sensitive'), { message: /immutable prelude shape/ });
  });
});

describe('documentation comments', () => {
  it('documents shapes and members; comments after traits or before `}` document nothing', () => {
    const model = v2(
      [
        '/// The thing.',
        '/// Second line.',
        '@internal',
        '/// ignored: after traits',
        'structure Thing {',
        '    /// The id.',
        '    @required',
        '    /// ignored too',
        '    id: String',
        '    // a plain comment',
        '    other: String',
        '    /// dangling',
        '}',
        '/// dangling at the end',
      ].join('\n'),
    );
    const thing = model.shapes.get('ex#Thing') as StructureShape;
    expect(thing.traits['smithy.api#documentation']).toBe('The thing.\nSecond line.');
    expect(thing.members.map((m) => m.traits['smithy.api#documentation'])).toEqual(['The id.', undefined]);
  });

  it('rejects a doc comment together with a different @documentation', () => {
    expectModelError(() => v2('/// a\n@documentation("b")\nstring S'), { message: /Conflicting `smithy.api#documentation` trait/ });
  });
});

describe('syntax errors', () => {
  it('name file, line and column, with the offending line and a caret', () => {
    const e = expectModelError(() => load('$version: "2"\nnamespace ex\n\nstructure Foo {\n    a: String\n', 'bad.smithy'), {
      file: 'bad.smithy',
      message: /Expected RBRACE\('}'\) but found EOF/,
    });
    expect([e.line, e.column]).toEqual([6, 1]);
    expect(e.message.startsWith('bad.smithy:6:1: ')).toBe(true);
    const frame = expectModelError(() => load('namespace ex\nstring Foo bar\n', 'f.smithy'), { message: /Expected a line break, but found IDENTIFIER\('bar'\)/ });
    expect(frame.message).toContain(' 2 | string Foo bar\n   |            ^');
  });

  it('reject 2.0 features in 1.0 files and 1.0 features in 2.0 files', () => {
    expectModelError(() => load('namespace ex\nstructure S { a: String = "x" }'), { message: /@default assignment is only supported in IDL version 2/ });
    expectModelError(() => load('namespace ex\nenum E { A }'), { message: /enum shapes cannot be used in Smithy version 1.0/ });
    expectModelError(() => v2('set S { member: String }'), { message: /set shapes cannot be used in Smithy version 2.0/ });
    expectModelError(() => v2('@box integer I'), { message: /@box is not supported in Smithy IDL 2.0/ });
  });

  it('reject unknown shape types, duplicate members and unknown operation properties', () => {
    expectModelError(() => v2('widget W'), { message: /Unknown shape type: widget/ });
    expectModelError(() => v2('structure S { a: String\n a: Integer }'), { shapeId: 'ex#S', message: /Duplicate member of `ex#S`: 'a'/ });
    expectModelError(() => v2('operation O { inputs: Unit }'), { message: /Unknown property inputs for ex#O/ });
    expectModelError(() => v2('list L { item: String }'), { message: /Invalid member `item` of list `ex#L`/ });
    expectModelError(() => v2('map M { key: String }'), { message: /Missing required member of shape `ex#M`: value/ });
  });
});

describe('Smithy 1.0 files', () => {
  it('load as 1.0: sets become lists with @uniqueItems, non-boxed primitives get defaults', () => {
    const model = load('namespace ex\nset Tags { member: String }\nstructure S { n: PrimitiveInteger, @box b: PrimitiveBoolean, i: Integer }');
    expect(model.shapes.get('ex#Tags')?.traits).toEqual({ 'smithy.api#uniqueItems': {} });
    const s = model.shapes.get('ex#S') as StructureShape;
    expect(s.members.map((m) => m.traits['smithy.api#default'])).toEqual([0, null, undefined]);
  });
});

describe('duplicate definitions in one file', () => {
  it('ignore an identical one and reject a different one (an inline input clashing with a structure included)', () => {
    expect(v2('string A\nstring A').shapes.get('ex#A')?.type).toBe('string');
    expectModelError(() => v2('string A\n@sensitive string A'), { shapeId: 'ex#A', message: /Conflicting shape definition for `ex#A`/ });
    expectModelError(() => v2('operation Op { input := {} }\nstructure OpInput {}'), { message: /Conflicting shape definition for `ex#OpInput`/ });
  });
});
