import { describe, expect, it } from 'vitest';
import type { ListSchema, MapSchema, StructureSchema } from '../../schema/index.js';
import { parseForm, writeForm } from './form.js';
import { memberKey } from './keys.js';
import { queryTree, structureFromQuery } from './deserialize.js';
import { structureToQuery } from './serialize.js';
import type { QueryDialect } from './keys.js';

const S = { type: 'string' } as const;
const StringList: ListSchema = { type: 'list', member: { target: S } };
const ItemNamed: ListSchema = { type: 'list', member: { target: S, xmlName: 'item' } };
const Hi: StructureSchema = { type: 'structure', name: 'Hi', members: { hi: { target: S } } };
const HiList: ListSchema = { type: 'list', member: { target: Hi } };
const Plain: MapSchema = { type: 'map', key: { target: S }, value: { target: S } };
const KV: MapSchema = { type: 'map', key: { target: S, xmlName: 'K' }, value: { target: S, xmlName: 'V' } };
const OfLists: MapSchema = { type: 'map', key: { target: S }, value: { target: StringList } };
const OfStructs: MapSchema = { type: 'map', key: { target: S }, value: { target: Hi } };

const Input: StructureSchema = {
  type: 'structure',
  name: 'Input',
  members: {
    ListArg: { target: StringList },
    ComplexListArg: { target: HiList },
    FlattenedListArg: { target: StringList, xmlFlattened: true },
    ListArgWithXmlNameMember: { target: ItemNamed },
    FlattenedListWithXmlName: { target: ItemNamed, xmlFlattened: true, xmlName: 'Hi' },
    MapArg: { target: Plain },
    Renamed: { target: Plain, xmlName: 'Foo' },
    MapWithXmlMemberName: { target: KV },
    FlattenedMap: { target: Plain, xmlFlattened: true },
    MapOfLists: { target: OfLists },
    ComplexMapArg: { target: OfStructs },
    Boo: { target: { type: 'double' } },
    Qux: { target: { type: 'blob' } },
    Ts: { target: { type: 'timestamp' } },
    Epoch: { target: { type: 'timestamp' }, timestampFormat: 'epoch-seconds' },
    Bool: { target: { type: 'boolean' } },
    Nested: { target: () => Input },
  },
};

function encode(dialect: QueryDialect, value: Record<string, unknown>): string {
  return writeForm(structureToQuery(Input, value, { dialect }));
}

function decode(dialect: QueryDialect, body: string): Record<string, unknown> {
  return structureFromQuery(Input, queryTree(parseForm(body)), { dialect, strict: true });
}

describe('awsQuery parameters', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['wrapped lists', { ListArg: ['foo', 'bar'], ComplexListArg: [{ hi: 'hello' }] }, 'ListArg.member.1=foo&ListArg.member.2=bar&ComplexListArg.member.1.hi=hello'],
    ['an empty list', { ListArg: [] }, 'ListArg='],
    ['flattened lists, renamed items and members', { FlattenedListArg: ['A'], ListArgWithXmlNameMember: ['A', 'B'], FlattenedListWithXmlName: ['C'] }, 'FlattenedListArg.1=A&ListArgWithXmlNameMember.item.1=A&ListArgWithXmlNameMember.item.2=B&Hi.1=C'],
    ['maps, renamed, with key/value names, flattened', { MapArg: { bar: 'Bar' }, Renamed: { foo: 'Foo' }, MapWithXmlMemberName: { k: 'v' }, FlattenedMap: { a: 'A', b: 'B' } }, 'MapArg.entry.1.key=bar&MapArg.entry.1.value=Bar&Foo.entry.1.key=foo&Foo.entry.1.value=Foo&MapWithXmlMemberName.entry.1.K=k&MapWithXmlMemberName.entry.1.V=v&FlattenedMap.1.key=a&FlattenedMap.1.value=A&FlattenedMap.2.key=b&FlattenedMap.2.value=B'],
    ['maps of lists and structures', { MapOfLists: { x: ['C'] }, ComplexMapArg: { y: { hi: 'Y' } } }, 'MapOfLists.entry.1.key=x&MapOfLists.entry.1.value.member.1=C&ComplexMapArg.entry.1.key=y&ComplexMapArg.entry.1.value.hi=Y'],
    ['an empty map', { MapArg: {} }, ''],
    ['scalars: NaN, base64, date-time and epoch seconds, booleans', { Boo: NaN, Qux: new TextEncoder().encode('value'), Ts: new Date(Date.UTC(2015, 0, 25, 8)), Epoch: new Date(1422172800000), Bool: false }, 'Boo=NaN&Qux=dmFsdWU%3D&Ts=2015-01-25T08%3A00%3A00Z&Epoch=1422172800&Bool=false'],
    ['nested structures', { Nested: { Nested: { Bool: true } } }, 'Nested.Nested.Bool=true'],
  ];

  it.each(cases)('writes %s', (_label, value, body) => {
    expect(encode('awsQuery', value)).toBe(body);
  });

  it.each(cases.filter(([label]) => label !== 'an empty map'))('reads %s back', (_label, value, body) => {
    expect(decode('awsQuery', body)).toEqual(value);
  });
});

describe('ec2Query parameters', () => {
  it('capitalises keys, prefers @ec2QueryName, flattens every list and drops empty lists', () => {
    const Ec2: StructureSchema = {
      type: 'structure',
      name: 'Ec2',
      members: {
        listArg: { target: HiList },
        usesXmlName: { target: S, xmlName: 'usesXmlName' },
        both: { target: S, xmlName: 'xml', ec2QueryName: 'Preferred' },
        named: { target: ItemNamed, xmlName: 'hi' },
        empty: { target: StringList },
      },
    };
    const value = { listArg: [{ hi: 'a' }, { hi: 'b' }], usesXmlName: 'x', both: 'y', named: ['A'], empty: [] };
    const body = writeForm(structureToQuery(Ec2, value, { dialect: 'ec2Query' }));
    expect(body).toBe('ListArg.1.Hi=a&ListArg.2.Hi=b&UsesXmlName=x&Preferred=y&Hi.1=A');
    const { empty: _empty, ...sent } = value;
    expect(structureFromQuery(Ec2, queryTree(parseForm(body)), { dialect: 'ec2Query', strict: true })).toEqual(sent);
  });

  it('derives keys as the spec says', () => {
    expect(memberKey('ec2Query', 'fooBar', {})).toBe('FooBar');
    expect(memberKey('awsQuery', 'fooBar', {})).toBe('fooBar');
    expect(memberKey('awsQuery', 'fooBar', { xmlName: 'x', ec2QueryName: 'y' })).toBe('x');
  });
});

describe('reading query parameters strictly', () => {
  it('orders items by index, not by wire order; skips a gap (an empty structure item sends nothing); rejects a non-index', () => {
    expect(decode('awsQuery', 'ListArg.member.2=b&ListArg.member.1=a')).toEqual({ ListArg: ['a', 'b'] });
    expect(decode('awsQuery', 'ComplexListArg.member.2.hi=x')).toEqual({ ComplexListArg: [{ hi: 'x' }] });
    expect(() => decode('awsQuery', 'ListArg.member.first=a')).toThrow(/unexpected key segment "first", expected an index \(at \/ListArg\)/);
  });

  it('rejects nested keys where a scalar belongs, and bad scalars, naming the member path', () => {
    expect(() => decode('awsQuery', 'Bool.x=true')).toThrow(/expected a value .* \(at \/Bool\)/);
    expect(() => decode('awsQuery', 'Bool=yes')).toThrow(/true or false for boolean, got "yes" \(at \/Bool\)/);
  });

  it('ignores Action, Version and unknown keys; keeps a map key __proto__ as data', () => {
    const out = decode('awsQuery', 'Action=Op&Version=1&Unknown=1&MapArg.entry.1.key=__proto__&MapArg.entry.1.value=v');
    const map = out.MapArg as Record<string, unknown>;
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toBe('v');
  });
});

describe('form encoding', () => {
  it('percent-encodes per RFC 3986 and decodes + as a space', () => {
    expect(writeForm([['a b', "x=y&z*!'()~"]])).toBe('a%20b=x%3Dy%26z%2A%21%27%28%29~');
    expect(parseForm('a+b=c%20d&flag&bad=%E0%A4%A')).toEqual([['a b', 'c d'], ['flag', ''], ['bad', '%E0%A4%A']]);
  });
});
