/**
 * Random restJson1 operations: input and output structures whose members use every HTTP binding trait,
 * with a matching `@http` URI pattern; and input/output values that fit them (each member's value
 * shaped by where it travels, see `./values.ts`).
 */
import fc from 'fast-check';
import type { MemberSchema, OperationSchema, Schema, StructureSchema } from '../../schema/index.js';
import { bodySchema, bodyStructure, scalarSchema } from './schemas.js';
import { structureValue, type Where } from './values.js';

/** What label members can target (Smithy `@httpLabel`: strings, numbers, booleans, timestamps). */
const labelSchema = scalarSchema.filter(
  (s) => s.type !== 'blob' && !(s.type === 'string' && s.mediaType) && !(s.type === 'enum' && s.values.some((v) => v === '' || v === '.' || v === '..' || v.includes('/'))),
);
const listOf = (item: fc.Arbitrary<Schema>) => item.map((target): Schema => ({ type: 'list', member: { target } }));
const PREFIX_KEYS: Schema = { type: 'enum', values: ['alpha', 'b-2', 'c'] };
/** `@httpQueryParams` keys: never a `@httpQuery` name (`q0`, `q1`) or a literal query key (`lit`, `flag`). */
const FREE_QUERY_KEYS: Schema = { type: 'enum', values: ['free', 'other key', 'ü', 'a+b&c', ''] };
const headerSafeString: Schema = { type: 'string' };

/** A payload target with a value that is never empty on the wire. */
const payloadSchema: fc.Arbitrary<Schema> = fc.oneof(
  fc.constant<Schema>({ type: 'blob' }),
  fc.constant<Schema>({ type: 'blob', mediaType: 'image/png' }),
  fc.constant<Schema>({ type: 'string' }),
  fc.constant<Schema>({ type: 'string', mediaType: 'application/json' }),
  scalarSchema.filter((s) => s.type === 'enum'),
  bodyStructure('Payload').filter((s) => Object.keys(s.members).length > 0),
  bodySchema.filter((s) => s.type === 'union'),
  fc.constant<Schema>({ type: 'document' }),
);

type Binding = 'label' | 'greedy' | 'query' | 'queryParams' | 'header' | 'prefixHeaders' | 'payload' | 'responseCode' | 'body';

/** Where the value of a member travels, from its binding. */
export function whereOf(member: MemberSchema): Where {
  if (member.httpLabel) return 'label';
  if (member.httpQuery !== undefined || member.httpQueryParams) return 'query';
  if (member.httpHeader !== undefined || member.httpPrefixHeaders !== undefined) return 'header';
  if (member.httpPayload) return 'payload';
  return 'body';
}

function structure(name: string, members: Record<string, MemberSchema>): StructureSchema {
  return { type: 'structure', id: `test.random#${name}`, name, members };
}

let operations = 0;

/** A restJson1 operation with random bindings on both sides (bound members are named with `_`, which body member names never have). */
export const restJsonOperation: fc.Arbitrary<OperationSchema> = fc
  .record({
    labels: fc.array(labelSchema, { maxLength: 2 }),
    greedy: fc.boolean(),
    literalQuery: fc.boolean(),
    query: fc.array(fc.oneof(scalarSchema, listOf(scalarSchema)), { maxLength: 2 }),
    queryParams: fc.option(fc.constantFrom<Schema>(headerSafeString, { type: 'list', member: { target: headerSafeString } }), { nil: undefined }),
    inHeaders: fc.array(fc.oneof(scalarSchema, listOf(scalarSchema)), { maxLength: 2 }),
    inPrefix: fc.boolean(),
    inPayload: fc.option(payloadSchema, { nil: undefined, freq: 3 }),
    inBody: bodyStructure('InputBody', { jsonName: true }),
    outHeaders: fc.array(fc.oneof(scalarSchema, listOf(scalarSchema)), { maxLength: 2 }),
    outPrefix: fc.boolean(),
    outPayload: fc.option(payloadSchema, { nil: undefined, freq: 3 }),
    outBody: bodyStructure('OutputBody', { jsonName: true }),
    responseCode: fc.boolean(),
    bodyMethod: fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
    plainMethod: fc.constantFrom('GET', 'DELETE', 'POST'),
  })
  .map((r): OperationSchema => {
    const name = `Op${++operations}`;
    const input: Record<string, MemberSchema> = {};
    const uri: string[] = [`/${name}`];
    r.labels.forEach((target, i) => {
      input[`l_${i}`] = { target, httpLabel: true, required: true };
      uri.push(`/{l_${i}}`);
    });
    if (r.greedy) {
      input['g_'] = { target: { type: 'string' }, httpLabel: true, required: true };
      uri.push('/greedy/{g_+}');
    }
    if (r.literalQuery) uri.push('?lit=1&flag');
    // the mock's @httpQueryParams map also holds the @httpQuery keys (Smithy RestJsonServersQueryParamsStringListMap): one or the other
    if (!r.queryParams) r.query.forEach((target, i) => (input[`q_${i}`] = { target, httpQuery: `q${i}` }));
    if (r.queryParams) input['params_'] = { target: { type: 'map', key: { target: FREE_QUERY_KEYS }, value: { target: r.queryParams } }, httpQueryParams: true };
    r.inHeaders.forEach((target, i) => (input[`h_${i}`] = { target, httpHeader: `X-H${i}` }));
    if (r.inPrefix) input['prefixed_'] = { target: { type: 'map', key: { target: PREFIX_KEYS }, value: { target: headerSafeString } }, httpPrefixHeaders: 'X-P-' };
    if (r.inPayload) input['payload_'] = { target: r.inPayload, httpPayload: true };
    else for (const [n, m] of Object.entries(r.inBody.members)) Object.defineProperty(input, n, { value: m, enumerable: true, writable: true, configurable: true });

    const output: Record<string, MemberSchema> = {};
    r.outHeaders.forEach((target, i) => (output[`h_${i}`] = { target, httpHeader: `X-H${i}` }));
    if (r.outPrefix) output['prefixed_'] = { target: { type: 'map', key: { target: PREFIX_KEYS }, value: { target: headerSafeString } }, httpPrefixHeaders: 'X-P-' };
    if (r.responseCode) output['status_'] = { target: { type: 'integer' }, httpResponseCode: true };
    if (r.outPayload) output['payload_'] = { target: r.outPayload, httpPayload: true };
    else for (const [n, m] of Object.entries(r.outBody.members)) Object.defineProperty(output, n, { value: m, enumerable: true, writable: true, configurable: true });

    const hasBody = r.inPayload !== undefined || Object.keys(r.inBody.members).length > 0;
    return {
      id: `test.random#${name}`,
      name,
      input: structure(`${name}Input`, input),
      output: structure(`${name}Output`, output),
      errors: [],
      http: { method: hasBody ? r.bodyMethod : r.plainMethod, uri: uri.join(''), code: 200 },
    };
  });

const bindingOf = (m: MemberSchema): Binding =>
  m.httpLabel ? 'label' : m.httpResponseCode ? 'responseCode' : m.httpPayload ? 'payload' : 'body';

/** An input value for a restJson1 operation's input (greedy labels may span segments). */
export function inputValue(schema: StructureSchema): fc.Arbitrary<Record<string, unknown>> {
  return structureValue(schema, 'body', (name, member) => (member.httpLabel && name === 'g_' ? 'greedy' : whereOf(member)));
}

/** An output value; the `@httpResponseCode` member is a 2xx status that may carry a body. */
export function outputValue(schema: StructureSchema): fc.Arbitrary<Record<string, unknown>> {
  const status = fc.integer({ min: 200, max: 299 }).filter((s) => s !== 204 && s !== 205);
  return fc.tuple(structureValue(schema, 'body', (_name, member) => whereOf(member)), status).map(([value, code]) => {
    for (const [name, member] of Object.entries(schema.members)) if (bindingOf(member) === 'responseCode') value[name] = code;
    return value;
  });
}
