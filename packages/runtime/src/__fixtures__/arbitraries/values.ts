/**
 * Values that fit a runtime schema, for the codec round-trip properties. `where` says where the value
 * travels, which limits what can survive the trip by design (not by codec choice):
 * - header values are Latin-1 text without CR/LF, and HTTP trims their edges: header strings are printable
 *   ASCII without edge whitespace (a `@mediaType` string is base64-encoded, so any text);
 * - labels must not be empty and no path segment may be `.` or `..` (URL parsing removes those);
 * - a query list or map entry list that is empty sends nothing; a zero-length blob/string payload is no body.
 * Everywhere: strings are well-formed Unicode, `-0` is `0` (JSON has no negative zero), `long` stays within
 * ±2^53 (the TypeScript mapping is `number`), dates lie between years 1000 and 9999.
 */
import fc from 'fast-check';
import { deref } from '../../schema/index.js';
import type { MemberSchema, Schema, StructureSchema } from '../../schema/index.js';

/** JSON has no negative zero (`JSON.stringify(-0)` is `0`): documents use `0`. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: withoutNegativeZero(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** Where a value travels. */
export type Where = 'body' | 'payload' | 'header' | 'headerItem' | 'query' | 'label' | 'greedy';

/** Text without leading/trailing whitespace, printable ASCII: survives an HTTP header. */
export const headerText = fc.stringMatching(/^(?:[!-~](?:[ -~]{0,10}[!-~])?)?$/);
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const segment = anyText.filter((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('/'));

const dates = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const INT_BOUNDS: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

function stringFor(where: Where, mediaType: string | undefined): fc.Arbitrary<string> {
  if (where === 'label') return segment;
  if (where === 'greedy') return fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
  if (where === 'header' && !mediaType) return headerText;
  // list items are quoted when needed, so they may be empty, have edge spaces, commas and quotes
  if (where === 'headerItem' && !mediaType) return fc.stringMatching(/^[ -~]{0,12}$/);
  if (where === 'payload') return anyText.filter((s) => s !== '');
  return anyText;
}

/** Members of a structure as a value: required members always, optional ones sometimes. */
export function structureValue(schema: StructureSchema, where: Where, memberWhere: (name: string, member: MemberSchema) => Where = () => where): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema.members).map(([name, member]) => {
    const arb = memberValue(member, memberWhere(name, member));
    return member.required ? arb.map((v) => [name, v] as const) : fc.option(arb, { nil: undefined }).map((v) => [name, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [name, v] of pairs) if (v !== undefined) Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** A value for a member's target. */
export function memberValue(member: MemberSchema, where: Where): fc.Arbitrary<unknown> {
  return valueFor(deref(member.target), where);
}

/** A value that fits `schema` and survives travelling `where`. */
export function valueFor(schema: Schema, where: Where): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return stringFor(where, schema.mediaType);
    case 'enum':
      return fc.constantFrom(...schema.values);
    case 'intEnum':
      return fc.constantFrom(...schema.values);
    case 'byte':
    case 'short':
    case 'integer':
    case 'long': {
      const [min, max] = INT_BOUNDS[schema.type]!;
      return fc.integer({ min, max });
    }
    case 'float':
    case 'double':
      return fc.double().map((n) => (Object.is(n, -0) ? 0 : n));
    case 'bigInteger':
      return fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
    case 'bigDecimal':
      return fc.stringMatching(/^-?(?:0|[1-9]\d{0,20})(?:\.\d{1,20})?(?:[eE][+-]?\d{1,3})?$/);
    case 'boolean':
      return fc.boolean();
    case 'blob':
      return fc.uint8Array({ minLength: where === 'payload' ? 1 : 0, maxLength: 16 });
    case 'timestamp':
      return dates;
    case 'document':
      return fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null).map(withoutNegativeZero);
    case 'list': {
      const item = memberValue(schema.member, where === 'header' ? 'headerItem' : where === 'query' ? 'query' : 'body');
      const items = schema.sparse ? fc.option(item, { nil: null, freq: 4 }) : item;
      return fc.array(items, { minLength: where === 'query' ? 1 : 0, maxLength: 3 });
    }
    case 'map': {
      const key = valueFor(deref(schema.key.target), where === 'header' ? 'header' : 'body') as fc.Arbitrary<string>;
      const value = memberValue(schema.value, where === 'header' || where === 'query' ? where : 'body');
      const values = schema.sparse ? fc.option(value, { nil: null, freq: 4 }) : value;
      // an empty prefix-header or query-params map sends nothing
      const minLength = where === 'header' || where === 'query' ? 1 : 0;
      return fc.uniqueArray(fc.tuple(key, values), { selector: ([k]) => k, minLength, maxLength: 3 }).map((entries) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        return out;
      });
    }
    case 'structure':
      // a structure payload of `{}` stands for an unset member on the mock side (clients send `{}` for it)
      return structureValue(schema, 'body').filter((v) => where !== 'payload' || Object.keys(v).length > 0);
    case 'union': {
      const names = Object.keys(schema.members);
      return fc.constantFrom(...names).chain((name) =>
        memberValue(schema.members[name]!, 'body').map((v) => {
          const out: Record<string, unknown> = {};
          Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
          return out;
        }),
      );
    }
  }
}
