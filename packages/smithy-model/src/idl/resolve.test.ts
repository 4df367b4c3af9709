import { describe, expect, it } from 'vitest';
import { expectModelError } from '../__fixtures__/helpers.js';
import type { StructureShape } from '../ir.js';
import { loadModel } from '../model/build.js';
import { documentsFromSources, type ModelSource } from '../sources.js';
import { parseIdl } from './parser.js';
import { resolveIdl } from './resolve.js';

const load = (...sources: ModelSource[]) => loadModel(documentsFromSources(sources));
const members = (shape: unknown) => (shape as StructureShape).members.map((m) => [m.name, m.target]);

describe('relative shape ids across files', () => {
  it('resolve to a shape of the namespace defined in any file before the prelude', () => {
    const a = { file: 'a.smithy', text: '$version: "2"\nnamespace ex\nstructure A { s: String, n: Integer }\n' };
    const b = { file: 'b.smithy', text: '$version: "2"\nnamespace ex\nstring String\n' };
    expect(members(load(a, b).shapes.get('ex#A'))).toEqual([['s', 'ex#String'], ['n', 'smithy.api#Integer']]);
    // Alone, a.smithy's String is the prelude's.
    expect(members(load(a).shapes.get('ex#A'))).toEqual([['s', 'smithy.api#String'], ['n', 'smithy.api#Integer']]);
  });

  it('resolve `use`d shapes first, and shapes of JSON AST files loaded alongside', () => {
    const idl = { file: 'a.smithy', text: '$version: "2"\nnamespace ex\nuse other#Thing\nstructure A { t: Thing, w: Widget }\n' };
    const json = { file: 'b.json', text: JSON.stringify({ smithy: '2.0', shapes: { 'other#Thing': { type: 'string' }, 'ex#Widget': { type: 'blob' } } }) };
    expect(members(load(idl, json).shapes.get('ex#A'))).toEqual([['t', 'other#Thing'], ['w', 'ex#Widget']]);
  });

  it('resolve unquoted shape ids in trait values', () => {
    const model = load({ file: 'a.smithy', text: '$version: "2"\nnamespace ex\n@references([{ resource: R }])\nstructure A {}\nresource R {}\n' });
    expect(model.shapes.get('ex#A')?.traits['smithy.api#references']).toEqual([{ resource: 'ex#R' }]);
  });

  it('take elided targets from a mixin defined in another file', () => {
    const base = { file: 'base.smithy', text: '$version: "2"\nnamespace ex\n@mixin structure Base { id: Integer }\n' };
    const user = { file: 'user.smithy', text: '$version: "2"\nnamespace ex\nstructure User with [Base] { @required $id }\n' };
    const user2 = load(base, user).shapes.get('ex#User') as StructureShape;
    expect(user2.members.map((m) => [m.name, m.target, m.traits])).toEqual([['id', 'smithy.api#Integer', { 'smithy.api#required': {} }]]);
    expectModelError(() => load(user), { file: 'user.smithy', message: /Member target was elided/ });
  });

  it('give the same result when the parsed files are resolved again', () => {
    const docs = [parseIdl('a.smithy', '$version: "2"\nnamespace ex\n@mixin structure M { x: String }\nstructure A with [M] { $x }\n')];
    expect(resolveIdl(docs)[0]?.json).toEqual(resolveIdl(docs)[0]?.json);
  });
});

describe('merging IDL files', () => {
  it('concatenates metadata arrays across files, accepts equal values, rejects conflicts', () => {
    const a = { file: 'a.smithy', text: 'metadata suppressions = [{ id: "A" }]\nmetadata owner = "me"\n' };
    const b = { file: 'b.smithy', text: 'metadata suppressions = [{ id: "B" }]\nmetadata owner = "me"\n' };
    expect(load(a, b).metadata).toEqual({ suppressions: [{ id: 'A' }, { id: 'B' }], owner: 'me' });
    const c = { file: 'c.smithy', text: 'metadata owner = "you"\n' };
    expectModelError(() => load(a, c), { file: 'c.smithy', message: /conflicting metadata "owner" in a.smithy and c.smithy/ });
  });

  it('applies traits to shapes of other files and to inherited mixin members', () => {
    const a = { file: 'a.smithy', text: '$version: "2"\nnamespace ex\n@mixin structure M { x: String }\nstructure S with [M] {}\n' };
    const b = { file: 'b.smithy', text: '$version: "2"\nnamespace ex\napply S$x @required\napply M @internal\n' };
    const model = load(a, b);
    expect((model.shapes.get('ex#S') as StructureShape).members[0]?.traits).toEqual({ 'smithy.api#required': {} });
    expect(model.shapes.get('ex#S')?.traits).toEqual({ 'smithy.api#internal': {} });
  });
});

describe('errors raised after conversion', () => {
  it('point at the IDL source of the JSON AST node', () => {
    const e = expectModelError(() => load({ file: 'x.smithy', text: '$version: "2"\nnamespace ex\nstructure A {\n    b: Missing\n}\n' }), {
      file: 'x.smithy',
      shapeId: 'ex#A',
      message: /member b target ex#Missing does not exist/,
    });
    expect([e.line, e.column]).toEqual([4, 8]);
    expect(e.message).toContain(' 4 |     b: Missing\n   |        ^');
    const http = expectModelError(
      () => load({ file: 'h.smithy', text: '$version: "2"\nnamespace ex\n@http(method: "GET", uri: "nope")\noperation Op {}\n' }),
      { file: 'h.smithy', message: /must be a string starting with "\/"/ },
    );
    expect([http.line, http.column]).toEqual([3, 1]);
  });
});

describe('hostile names', () => {
  it('keeps members named constructor and __proto__ as plain members', () => {
    const model = load({ file: 'h.smithy', text: '$version: "2"\nnamespace ex\n@mixin structure M { constructor: String }\nstructure S with [M] {\n  $constructor\n  __proto__: Integer\n}\n' });
    expect(members(model.shapes.get('ex#S'))).toEqual([['constructor', 'smithy.api#String'], ['__proto__', 'smithy.api#Integer']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
