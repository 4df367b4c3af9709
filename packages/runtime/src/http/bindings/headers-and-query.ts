/**
 * Reading and writing `@httpHeader`, `@httpPrefixHeaders`, `@httpQuery` and
 * `@httpQueryParams` members (Smithy "HTTP binding traits").
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import type { HeaderMap } from '../messages.js';
import { deref, getOwn, hasOwnKey, setOwn } from '../../schema/index.js';
import type { CodecFeatures, MemberSchema, Schema, Thunk } from '../../schema/index.js';
import { describe } from '../../codecs/timestamps.js';
import { requireFeature } from '../../codecs/features.js';
import type { StructureBindings } from './member-bindings.js';
import { formatHeaderValue, formatScalar, parseIntegerScalar, parseScalar } from './scalar.js';

/**
 * Write header and prefix-header members into `headers` (lower-cased names).
 * `null`/`undefined` members are skipped; empty strings and empty lists are sent as `""`.
 */
export function writeHeaders(bindings: StructureBindings, value: Record<string, unknown>, headers: HeaderMap, features?: CodecFeatures): void {
  for (const [name, member] of bindings.prefixHeaders) {
    const map = getOwn(value, name);
    if (map === undefined || map === null) continue;
    if (typeof map !== 'object') throw new SerializationError(`expected a map for prefix headers, got ${describe(map)}`, `/${name}`);
    const valueMember = valueMemberOf(member.target, name);
    for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
      if (v === undefined || v === null) continue;
      headers[`${member.httpPrefixHeaders}${k}`.toLowerCase()] = formatHeaderValue(valueMember, v, `/${name}/${k}`, features);
    }
  }
  for (const [name, member] of bindings.headers) {
    const v = getOwn(value, name);
    if (v === undefined || v === null) continue;
    headers[member.httpHeader!.toLowerCase()] = formatHeaderValue(member, v, `/${name}`, features);
  }
}

/**
 * Read header and prefix-header members from `headers` into `out`. A prefix-header member reads as a map
 * of the matching headers; without any, clients (`strict` false) get an empty map, as AWS SDKs give
 * (Smithy compliance test `HttpPrefixHeadersAreNotPresent`), and mocks leave the member unset.
 */
export function readHeaders(bindings: StructureBindings, headers: HeaderMap, out: Record<string, unknown>, strict: boolean, features?: CodecFeatures): void {
  // most outputs bind no header: skip building the lower-cased copy (once per response on the client)
  if (bindings.headers.length === 0 && bindings.prefixHeaders.length === 0) return;
  const lower: HeaderMap = {};
  for (const [k, v] of Object.entries(headers)) setOwn(lower, k.toLowerCase(), v);
  for (const [name, member] of bindings.headers) {
    const text = getOwn(lower, member.httpHeader!.toLowerCase()) as string | undefined;
    if (text !== undefined) setOwn(out, name, readHeaderValue(member, text, `/${name}`, strict, features));
  }
  for (const [name, member] of bindings.prefixHeaders) {
    const prefix = member.httpPrefixHeaders!.toLowerCase();
    const valueMember = valueMemberOf(member.target, name);
    const map: Record<string, unknown> = {};
    let any = false;
    for (const [k, v] of Object.entries(lower)) {
      if (!k.startsWith(prefix)) continue;
      const key = k.slice(prefix.length);
      setOwn(map, key, readHeaderValue(valueMember, v, `/${name}/${key}`, strict, features));
      any = true;
    }
    if (any || !strict) setOwn(out, name, map);
  }
}

const INTEGER_TYPES: ReadonlySet<string> = new Set(['byte', 'short', 'integer', 'long', 'intEnum']);

/**
 * One header value: a string (without `@mediaType`) or enum member is the text itself, an integer or intEnum is
 * parsed here; anything else is parsed by the `headerValues` codec feature (`parseHeaderValue`), which a client
 * bundles only when its responses need it. Same results as `parseHeaderValue` for every member.
 * @throws SerializationError naming `path` when the text does not fit, or the feature is missing
 */
function readHeaderValue(member: MemberSchema, text: string, path: string, strict: boolean, features: CodecFeatures | undefined): unknown {
  const schema = deref(member.target);
  if (schema.type === 'enum' || (schema.type === 'string' && !schema.mediaType)) return text;
  if (INTEGER_TYPES.has(schema.type)) return parseIntegerScalar(schema, text, 'header', path, strict, features);
  return requireFeature(features, 'headerValues', `${schema.type} header`, path).parse(member, text, path, strict, features);
}

/**
 * Write query members as decoded pairs. Lists repeat the key; `@httpQueryParams` entries
 * are skipped when an `@httpQuery` member or a literal query key of the URI uses the same name.
 */
export function writeQuery(
  bindings: StructureBindings,
  value: Record<string, unknown>,
  query: Array<[string, string]>,
  reserved: ReadonlySet<string>,
  features?: CodecFeatures,
): void {
  const explicit = new Set<string>(reserved);
  for (const [name, member] of bindings.query) {
    const v = getOwn(value, name);
    const key = member.httpQuery!;
    explicit.add(key);
    if (v === undefined || v === null) continue;
    const target = deref(member.target);
    if (target.type === 'list') {
      if (!Array.isArray(v)) throw new SerializationError(`expected an array for query list, got ${describe(v)}`, `/${name}`);
      v.forEach((item, i) => {
        if (item !== null && item !== undefined) query.push([key, formatScalar(target.member, item, 'query', `/${name}/${i}`, features)]);
      });
    } else query.push([key, formatScalar(member, v, 'query', `/${name}`, features)]);
  }
  if (!bindings.queryParams) return;
  const [name, member] = bindings.queryParams;
  const map = getOwn(value, name);
  if (map === undefined || map === null) return;
  if (typeof map !== 'object') throw new SerializationError(`expected a map for query params, got ${describe(map)}`, `/${name}`);
  const valueMember = valueMemberOf(member.target, name);
  const valueSchema = deref(valueMember.target);
  for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
    if (explicit.has(k) || v === undefined || v === null) continue;
    if (valueSchema.type === 'list') {
      if (!Array.isArray(v)) throw new SerializationError(`expected an array, got ${describe(v)}`, `/${name}/${k}`);
      for (const item of v) if (item !== null && item !== undefined) query.push([k, formatScalar(valueSchema.member, item, 'query', `/${name}/${k}`, features)]);
    } else query.push([k, formatScalar(valueMember, v, 'query', `/${name}/${k}`, features)]);
  }
}

/**
 * Read query members from decoded pairs. A scalar bound twice takes the first value.
 * `@httpQueryParams` collects every key except the literal query keys of the URI (`reserved`),
 * including keys also bound by `@httpQuery` (Smithy `RestJsonServersQueryParamsStringListMap`).
 */
export function readQuery(
  bindings: StructureBindings,
  query: ReadonlyArray<readonly [string, string]>,
  out: Record<string, unknown>,
  reserved: ReadonlySet<string>,
  strict: boolean,
  features?: CodecFeatures,
): void {
  for (const [name, member] of bindings.query) {
    const key = member.httpQuery!;
    const values = query.filter(([k]) => k === key).map(([, v]) => v);
    if (values.length === 0) continue;
    const target = deref(member.target);
    const parsed =
      target.type === 'list'
        ? values.map((v, i) => parseScalar(target.member, v, 'query', `/${name}/${i}`, strict, features))
        : parseScalar(member, values[0]!, 'query', `/${name}`, strict, features);
    setOwn(out, name, parsed);
  }
  if (!bindings.queryParams) return;
  const [name, member] = bindings.queryParams;
  const valueMember = valueMemberOf(member.target, name);
  const valueSchema = deref(valueMember.target);
  const map: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of query) {
    if (reserved.has(k)) continue;
    any = true;
    if (valueSchema.type === 'list') {
      if (!hasOwnKey(map, k)) setOwn(map, k, []);
      (getOwn(map, k) as unknown[]).push(parseScalar(valueSchema.member, v, 'query', `/${name}/${k}`, strict, features));
    } else if (!hasOwnKey(map, k)) setOwn(map, k, parseScalar(valueMember, v, 'query', `/${name}/${k}`, strict, features));
  }
  if (any) setOwn(out, name, map);
}

function valueMemberOf(target: Thunk<Schema>, name: string): MemberSchema {
  const schema = deref(target);
  if (schema.type !== 'map') throw new SerializationError(`expected a map target, got ${schema.type}`, `/${name}`);
  return schema.value;
}
