import { describe, expect, it } from 'vitest';
import type { ListSchema, MapSchema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { SerializationError } from '../serialization-error.js';
import { structureFromXml, valueFromXml } from './deserialize.js';
import { structureToXml } from './serialize.js';
import { parseXmlText, writeXmlText } from './xml-text.js';

const S = { type: 'string' } as const;
const StringList: ListSchema = { type: 'list', member: { target: S } };
const Renamed: ListSchema = { type: 'list', member: { target: S, xmlName: 'item' } };
const NsItems: ListSchema = { type: 'list', member: { target: S, xmlNamespace: { uri: 'urn:item' } } };
const Item: StructureSchema = {
  type: 'structure',
  name: 'Item',
  members: { a: { target: S, xmlName: 'value' }, b: { target: S, xmlName: 'other' } },
};
const ItemList: ListSchema = { type: 'list', member: { target: Item, xmlName: 'item' } };
const Nested: ListSchema = { type: 'list', member: { target: StringList } };
const KV: MapSchema = { type: 'map', key: { target: S, xmlName: 'K' }, value: { target: S, xmlName: 'V' } };
const Plain: MapSchema = { type: 'map', key: { target: S }, value: { target: S } };
const MapOfMaps: MapSchema = { type: 'map', key: { target: S }, value: { target: Plain } };

const Lists: StructureSchema = {
  type: 'structure',
  name: 'XmlListsRequest',
  members: {
    stringList: { target: StringList },
    renamed: { target: Renamed, xmlName: 'renamedList' },
    flat: { target: Renamed, xmlFlattened: true },
    flatNamed: { target: Renamed, xmlFlattened: true, xmlName: 'customName' },
    flatNs: { target: NsItems, xmlFlattened: true },
    structures: { target: ItemList },
    flatStructures: { target: ItemList, xmlFlattened: true },
    nested: { target: Nested },
  },
};

const listsValue = {
  stringList: ['foo', 'bar'],
  renamed: ['a'],
  flat: ['hi', 'bye'],
  flatNamed: ['yep'],
  flatNs: ['x'],
  structures: [{ a: '1', b: '2' }],
  flatStructures: [{ a: '5' }, { b: '8' }],
  nested: [['p', 'q'], []],
};

function roundTrip(schema: StructureSchema, value: Record<string, unknown>, name = schema.name): Record<string, unknown> {
  const text = writeXmlText(structureToXml(schema, value, name, {}));
  return structureFromXml(schema, parseXmlText(text), { strict: true });
}

describe('XML lists', () => {
  it('writes wrapped, renamed, flattened and nested lists', () => {
    expect(writeXmlText(structureToXml(Lists, listsValue, 'XmlListsRequest', {}))).toBe(
      '<XmlListsRequest>' +
        '<stringList><member>foo</member><member>bar</member></stringList>' +
        '<renamedList><item>a</item></renamedList>' +
        '<flat>hi</flat><flat>bye</flat>' +
        '<customName>yep</customName>' +
        '<flatNs xmlns="urn:item">x</flatNs>' +
        '<structures><item><value>1</value><other>2</other></item></structures>' +
        '<flatStructures><value>5</value></flatStructures><flatStructures><other>8</other></flatStructures>' +
        '<nested><member><member>p</member><member>q</member></member><member/></nested>' +
        '</XmlListsRequest>',
    );
  });

  it('reads them back, whitespace between elements ignored', () => {
    expect(roundTrip(Lists, listsValue)).toEqual(listsValue);
    const spaced = parseXmlText('<X>\n  <stringList>\n    <member>foo</member>\n  </stringList>\n  <flat>a</flat>\n  <other/>\n  <flat>b</flat>\n</X>');
    expect(structureFromXml(Lists, spaced, { strict: true })).toEqual({ stringList: ['foo'], flat: ['a', 'b'] });
  });

  it('reads an empty wrapper as an empty list, and a missing one as unset', () => {
    expect(structureFromXml(Lists, parseXmlText('<X><stringList/></X>'), { strict: false })).toEqual({ stringList: [] });
    expect(structureFromXml(Lists, parseXmlText('<X></X>'), { strict: false })).toEqual({});
  });
});

describe('XML maps', () => {
  const Maps: StructureSchema = {
    type: 'structure',
    name: 'Maps',
    members: {
      plain: { target: Plain },
      named: { target: KV, xmlName: 'KVP' },
      flat: { target: KV, xmlFlattened: true, xmlName: 'Flat', xmlNamespace: { uri: 'urn:m' } },
      nested: { target: MapOfMaps },
    },
  };
  const value = { plain: { a: 'A', __proto__x: 'P' }, named: { k: 'v' }, flat: { b: 'B', c: 'C' }, nested: { o: { i: 'I' } } };

  it('writes wrapped entries and flattened entries with key and value names', () => {
    expect(writeXmlText(structureToXml(Maps, value, 'Maps', {}))).toBe(
      '<Maps>' +
        '<plain><entry><key>a</key><value>A</value></entry><entry><key>__proto__x</key><value>P</value></entry></plain>' +
        '<KVP><entry><K>k</K><V>v</V></entry></KVP>' +
        '<Flat xmlns="urn:m"><K>b</K><V>B</V></Flat><Flat xmlns="urn:m"><K>c</K><V>C</V></Flat>' +
        '<nested><entry><key>o</key><value><entry><key>i</key><value>I</value></entry></value></entry></nested>' +
        '</Maps>',
    );
    expect(roundTrip(Maps, value)).toEqual(value);
  });

  it('keeps a __proto__ key as plain data', () => {
    const out = structureFromXml(Maps, parseXmlText('<Maps><plain><entry><key>__proto__</key><value>x</value></entry></plain></Maps>'), { strict: true });
    const plain = out.plain as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(plain, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toBe('x');
  });

  it('strictly rejects an entry without a key', () => {
    const bad = parseXmlText('<Maps><plain><entry><value>x</value></entry></plain></Maps>');
    expect(() => structureFromXml(Maps, bad, { strict: true })).toThrow(/map entry without a <key> element \(at \/plain\/0\)/);
    expect(structureFromXml(Maps, bad, { strict: false })).toEqual({ plain: {} });
  });
});

describe('XML attributes and namespaces', () => {
  const Attrs: StructureSchema = {
    type: 'structure',
    name: 'Attrs',
    xmlNamespace: { uri: 'urn:top' },
    members: {
      foo: { target: S },
      attr: { target: S, xmlAttribute: true, xmlName: 'test' },
      typed: { target: S, xmlAttribute: true, xmlName: 'xsi:type' },
      prefixed: { target: S, xmlNamespace: { uri: 'urn:baz', prefix: 'baz' } },
    },
  };

  it('writes attributes on the structure element and namespace declarations on member elements', () => {
    const element = structureToXml(Attrs, { foo: 'hi', attr: '<a&b>', typed: 'T', prefixed: 'p' }, 'Attrs', {}, '', undefined, Attrs.xmlNamespace);
    expect(writeXmlText(element)).toBe('<Attrs xmlns="urn:top" test="&lt;a&amp;b&gt;" xsi:type="T"><foo>hi</foo><prefixed xmlns:baz="urn:baz">p</prefixed></Attrs>');
  });

  it('reads attributes and elements by local name', () => {
    const doc = parseXmlText('<a:Attrs xmlns:a="urn:top" xmlns:x="urn:x" test="t" x:type="T"><a:foo>hi</a:foo></a:Attrs>');
    expect(structureFromXml(Attrs, doc, { strict: true })).toEqual({ foo: 'hi', attr: 't', typed: 'T' });
  });
});

describe('XML scalars', () => {
  const Scalars: StructureSchema = {
    type: 'structure',
    name: 'Scalars',
    members: {
      s: { target: S },
      empty: { target: S },
      b: { target: { type: 'boolean' } },
      i: { target: { type: 'integer' } },
      f: { target: { type: 'float' } },
      d: { target: { type: 'double' } },
      n: { target: { type: 'double' } },
      bi: { target: { type: 'bigInteger' } },
      bd: { target: { type: 'bigDecimal' } },
      blob: { target: { type: 'blob' } },
      emptyBlob: { target: { type: 'blob' } },
      ts: { target: { type: 'timestamp' } },
      epoch: { target: { type: 'timestamp' }, timestampFormat: 'epoch-seconds' },
      http: { target: { type: 'timestamp', format: 'http-date' } },
    },
  };
  const value = {
    s: '  spaced <&> ',
    empty: '',
    b: false,
    i: -3,
    f: Infinity,
    d: -Infinity,
    n: NaN,
    bi: 123456789012345678901234567890n,
    bd: '1234567890.123456789012345678901',
    blob: new TextEncoder().encode('value'),
    emptyBlob: new Uint8Array(0),
    ts: new Date(Date.UTC(2014, 3, 29, 18, 30, 38, 123)),
    epoch: new Date(1398796238000),
    http: new Date(1398796238000),
  };

  it('writes text forms: NaN/Infinity, exact big numbers, base64, date-time by default', () => {
    expect(writeXmlText(structureToXml(Scalars, value, 'Scalars', {}))).toBe(
      '<Scalars><s>  spaced &lt;&amp;&gt; </s><empty/><b>false</b><i>-3</i><f>Infinity</f><d>-Infinity</d><n>NaN</n>' +
        '<bi>123456789012345678901234567890</bi><bd>1234567890.123456789012345678901</bd><blob>dmFsdWU=</blob><emptyBlob/>' +
        '<ts>2014-04-29T18:30:38.123Z</ts><epoch>1398796238</epoch><http>Tue, 29 Apr 2014 18:30:38 GMT</http></Scalars>',
    );
    expect(roundTrip(Scalars, value)).toEqual(value);
  });

  it('strictly rejects out-of-range integers, offsets in date-time, and padded numbers; leniently accepts the last two', () => {
    const I = { target: { type: 'byte' as const } };
    expect(() => valueFromXml(I, parseXmlText('<v>300</v>'), { strict: true }, '/v')).toThrow(SerializationError);
    const T = { target: { type: 'timestamp' as const } };
    const offset = parseXmlText('<v>2019-12-16T22:48:18-01:00</v>');
    expect(() => valueFromXml(T, offset, { strict: true }, '/v')).toThrow(/date-time/);
    expect(valueFromXml(T, offset, { strict: false }, '/v')).toEqual(new Date(Date.UTC(2019, 11, 16, 23, 48, 18)));
    const padded = parseXmlText('<v> 42 </v>');
    expect(() => valueFromXml({ target: { type: 'integer' } }, padded, { strict: true }, '/v')).toThrow(/an integer/);
    expect(valueFromXml({ target: { type: 'integer' } }, padded, { strict: false }, '/v')).toBe(42);
  });

  it('names the member path of a bad value on both directions', () => {
    expect(() => structureToXml(Scalars, { i: 'x' }, 'Scalars', {})).toThrow('expected a finite number for integer, got string "x" (at /i)');
    expect(() => structureFromXml(Scalars, parseXmlText('<Scalars><b>yes</b></Scalars>'), { strict: false })).toThrow('(at /b)');
  });
});

describe('XML defaults and error correction', () => {
  const WithDefaults: StructureSchema = {
    type: 'structure',
    name: 'D',
    members: {
      n: { target: { type: 'integer' }, default: 5 },
      req: { target: S, required: true },
      inner: { target: { type: 'structure', name: 'In', members: { x: { target: { type: 'boolean' }, required: true } } }, required: true },
    },
  };

  it('fills defaults when reading, and zero values for missing required members on the client', () => {
    const empty = parseXmlText('<D/>');
    expect(structureFromXml(WithDefaults, empty, { strict: true, fillDefaults: true })).toEqual({ n: 5 });
    expect(structureFromXml(WithDefaults, empty, { strict: false, fillDefaults: true, errorCorrection: true })).toEqual({ n: 5, req: '', inner: { x: false } });
  });

  it('writes defaults per mode: not at the top level of a client request, everywhere for mocks', () => {
    expect(writeXmlText(structureToXml(WithDefaults, {}, 'D', { defaults: 'client' }))).toBe('<D/>');
    expect(writeXmlText(structureToXml(WithDefaults, {}, 'D', { defaults: 'all' }))).toBe('<D><n>5</n></D>');
  });
});

describe('XML unions', () => {
  const U: UnionSchema = {
    type: 'union',
    name: 'U',
    members: { s: { target: S }, list: { target: StringList }, nested: { target: () => U } },
  };
  const Holder: StructureSchema = { type: 'structure', name: 'H', members: { u: { target: U } } };

  it('writes and reads exactly one member, recursively', () => {
    const value = { u: { nested: { list: ['a'] } } };
    expect(writeXmlText(structureToXml(Holder, value, 'H', {}))).toBe('<H><u><nested><list><member>a</member></list></nested></u></H>');
    expect(roundTrip(Holder, value)).toEqual(value);
  });

  it('keeps an unknown member as $unknown on the client and rejects it on the mock', () => {
    const doc = parseXmlText('<H><u><newThing>v</newThing></u></H>');
    expect(structureFromXml(Holder, doc, { strict: false })).toEqual({ u: { $unknown: ['newThing', 'v'] } });
    expect(() => structureFromXml(Holder, doc, { strict: true })).toThrow(/unknown member "newThing"/);
  });

  it('refuses to write two members', () => {
    expect(() => structureToXml(Holder, { u: { s: 'a', list: [] } }, 'H', {})).toThrow(/exactly one member set, got 2/);
  });
});
