/**
 * Random runtime schemas for the codec round-trip properties: every shape kind (structures, lists, maps,
 * unions, strings, enums, numbers, timestamps in every format, blobs, booleans, documents), member traits
 * (`@required`, `@jsonName`, `@timestampFormat`, `@sparse`), and for restJson1 operations every HTTP
 * binding (`@httpLabel` plain and greedy, `@httpQuery`, `@httpQueryParams`, `@httpHeader`,
 * `@httpPrefixHeaders`, `@httpPayload`, `@httpResponseCode`). Member names include ones that are
 * special in JavaScript (`constructor`, `toString`, `__proto__`): they must stay plain data.
 */
import fc from 'fast-check';
import type { ErrorSchema, MemberSchema, NumberType, OperationSchema, Schema, StructureSchema, TimestampFormat, UnionSchema } from '../../schema/index.js';
import { headerText } from './values.js';

const NUMBER_TYPES: readonly NumberType[] = ['byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal'];
const FORMATS: readonly (TimestampFormat | undefined)[] = [undefined, 'date-time', 'http-date', 'epoch-seconds'];

/** Member names: ordinary ones, and names JavaScript objects treat specially. */
const memberName = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,6}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf') },
);

let counter = 0;
const nextId = (kind: string) => `test.random#${kind}${++counter}`;

/** A scalar schema (what headers, query parameters and labels can carry). */
export const scalarSchema: fc.Arbitrary<Schema> = fc.oneof(
  fc.constant<Schema>({ type: 'string' }),
  fc.constant<Schema>({ type: 'string', mediaType: 'application/json' }),
  fc.uniqueArray(headerText.filter((s) => s !== ''), { minLength: 1, maxLength: 4 }).map((values): Schema => ({ type: 'enum', values })),
  fc.uniqueArray(fc.integer({ min: -5, max: 1000 }), { minLength: 1, maxLength: 4 }).map((values): Schema => ({ type: 'intEnum', values })),
  fc.constantFrom(...NUMBER_TYPES).map((type): Schema => ({ type })),
  fc.constant<Schema>({ type: 'boolean' }),
  fc.constant<Schema>({ type: 'blob' }),
  fc.constantFrom(...FORMATS).map((format): Schema => (format ? { type: 'timestamp', format } : { type: 'timestamp' })),
);

/** A member around a target: sometimes `@required`, `@timestampFormat` on timestamps. */
function member(target: fc.Arbitrary<Schema>, options: { jsonName?: boolean } = {}): fc.Arbitrary<(name: string) => MemberSchema> {
  return fc.tuple(target, fc.boolean(), fc.constantFrom(...FORMATS), fc.boolean()).map(([schema, required, format, renamed]) => (name: string) => {
    const m: { -readonly [K in keyof MemberSchema]: MemberSchema[K] } = { target: schema };
    if (required) m.required = true;
    if (schema.type === 'timestamp' && format) m.timestampFormat = format;
    // a wire key no member name can take (member names have no '.')
    if (options.jsonName && renamed) m.jsonName = `${name}.json`;
    return m;
  });
}

function membersOf(entries: ReadonlyArray<readonly [string, (name: string) => MemberSchema]>): Record<string, MemberSchema> {
  const out: Record<string, MemberSchema> = {};
  for (const [name, make] of entries) Object.defineProperty(out, name, { value: make(name), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Any body schema, a few levels deep. */
export const bodySchema: fc.Arbitrary<Schema> = fc.letrec<{ schema: Schema }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, maxDepth: 3 },
    scalarSchema,
    fc.constant<Schema>({ type: 'document' }),
    fc.tuple(tie('schema'), fc.boolean()).map(([item, sparse]): Schema => ({ type: 'list', member: { target: item }, ...(sparse ? { sparse: true } : {}) })),
    fc.tuple(tie('schema'), fc.boolean()).map(([value, sparse]): Schema => ({ type: 'map', key: { target: { type: 'string' } }, value: { target: value }, ...(sparse ? { sparse: true } : {}) })),
    fc
      .uniqueArray(fc.tuple(memberName, member(tie('schema'), { jsonName: true })), { selector: ([n]) => n, maxLength: 4 })
      .map((entries): Schema => {
        const id = nextId('Structure');
        return { type: 'structure', id, name: id.slice(id.indexOf('#') + 1), members: membersOf(entries) };
      }),
    fc
      .uniqueArray(fc.tuple(memberName, tie('schema')), { selector: ([n]) => n, minLength: 1, maxLength: 3 })
      .map((entries): UnionSchema => {
        const id = nextId('Union');
        return { type: 'union', id, name: id.slice(id.indexOf('#') + 1), members: membersOf(entries.map(([n, s]) => [n, () => ({ target: s })] as const)) };
      }),
  ),
})).schema;

/** A structure of body members (awsJson input/output, restJson1 body, error members). */
export function bodyStructure(kind: string, options: { jsonName?: boolean; exclude?: readonly string[] } = {}): fc.Arbitrary<StructureSchema> {
  const exclude = new Set(options.exclude ?? []);
  return fc
    .uniqueArray(fc.tuple(memberName.filter((n) => !exclude.has(n)), member(bodySchema, { jsonName: options.jsonName ?? false })), { selector: ([n]) => n, maxLength: 5 })
    .map((entries) => {
      const id = nextId(kind);
      return { type: 'structure', id, name: id.slice(id.indexOf('#') + 1), members: membersOf(entries) };
    });
}

/** An awsJson operation: no HTTP bindings, the whole input and output in the body. */
export const rpcOperation: fc.Arbitrary<OperationSchema> = fc.tuple(bodyStructure('Input'), bodyStructure('Output')).map(([input, output]) => {
  const id = nextId('Operation');
  return { id, name: id.slice(id.indexOf('#') + 1), input, output, errors: [] };
});

/** An error structure (never members the error parsers read specially: `message`, `Message`, `errorMessage`, `code`, `__type`). */
export function errorStructure(options: { jsonName: boolean; headers: boolean }): fc.Arbitrary<ErrorSchema> {
  const reserved = ['message', 'Message', 'errorMessage', 'code', '__type'];
  return fc
    .tuple(
      bodyStructure('Error', { jsonName: options.jsonName, exclude: reserved }),
      options.headers ? fc.array(scalarSchema, { maxLength: 2 }) : fc.constant([]),
      fc.constantFrom<'client' | 'server'>('client', 'server'),
      fc.option(fc.integer({ min: 400, max: 599 }), { nil: undefined }),
    )
    .map(([body, headers, fault, status]) => {
      const members: Record<string, MemberSchema> = { ...body.members };
      headers.forEach((target, i) => (members[`header${i}`] = { target, httpHeader: `X-Error-${i}` }));
      return { ...body, members, error: fault, ...(status === undefined ? {} : { httpError: status }) };
    });
}
