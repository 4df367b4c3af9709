/**
 * Typed value → query parameters, driven by runtime schemas (Smithy "AWS query protocol" and
 * "AWS EC2 query protocol", request serialisation).
 *
 * - Structure members are keyed `Prefix.Member` (see `./keys.ts` for names).
 * - awsQuery lists: `Key.member.N` (the list member's `@xmlName` replaces `member`), `Key.N` when the
 *   member is `@xmlFlattened`; an empty list is sent as `Key=` (so the service sees it was set).
 * - ec2Query lists: always `Key.N`; an empty list is not sent.
 * - Maps: `Key.entry.N.key` / `Key.entry.N.value` (`@xmlName` on the map's key and value rename the last
 *   segment), `Key.N.key` when `@xmlFlattened`. An empty map is not sent.
 * - N counts from 1. Scalars are text (see `../scalar-text.ts`); timestamps default to `date-time`.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MemberSchema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { describe } from '../timestamps.js';
import { defaultValue, writesDefault, type DefaultsMode } from '../json/defaults.js';
import { formatScalarText } from '../scalar-text.js';
import { joinKey, LIST_ITEM, MAP_ENTRY, MAP_KEY, MAP_VALUE, memberKey } from './keys.js';
import type { QueryDialect } from './keys.js';

/** How to write query parameters. */
export interface QueryWriteOptions {
  readonly dialect: QueryDialect;
  /** Which unset members are written with their `@default` (default `'none'`; the top level is `path === ''`). */
  readonly defaults?: DefaultsMode;
}

type Pairs = Array<[string, string]>;

function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date);
}

/**
 * Write the members of a structure (or union) as query pairs under `prefix`.
 * @param prefix key prefix (`''` at the top level)
 * @param path member path for errors (`''` at the top level)
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function structureToQuery(
  schema: StructureSchema | UnionSchema,
  value: Record<string, unknown>,
  options: QueryWriteOptions,
  prefix = '',
  path = '',
  out: Pairs = [],
): Pairs {
  for (const [name, member] of Object.entries(schema.members)) {
    let v = own(value, name);
    if ((v === undefined || v === null) && writesDefault(member, options.defaults, path === '')) v = defaultValue(member);
    if (v === undefined || v === null) continue;
    writeValue(member, v, joinKey(prefix, memberKey(options.dialect, name, member)), options, `${path}/${name}`, out, member.xmlFlattened === true);
  }
  return out;
}

function writeValue(
  member: Pick<MemberSchema, 'target' | 'timestampFormat'>,
  value: unknown,
  key: string,
  options: QueryWriteOptions,
  path: string,
  out: Pairs,
  flattened: boolean,
): void {
  const schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describe(value)}`, path);
  };
  switch (schema.type) {
    case 'structure':
    case 'union':
      if (!isRecord(value)) return wrong('an object');
      structureToQuery(schema, value, options, key, path, out);
      return;
    case 'list': {
      if (!Array.isArray(value)) return wrong('an array');
      const ec2 = options.dialect === 'ec2Query';
      if (value.length === 0) {
        if (!ec2) out.push([key, '']);
        return;
      }
      const itemPrefix = ec2 || flattened ? key : joinKey(key, schema.member.xmlName ?? LIST_ITEM);
      value.forEach((item, i) => {
        if (item !== null && item !== undefined) writeValue(schema.member, item, `${itemPrefix}.${i + 1}`, options, `${path}/${i}`, out, false);
      });
      return;
    }
    case 'map': {
      if (!isRecord(value)) return wrong('an object');
      const entryPrefix = flattened ? key : joinKey(key, MAP_ENTRY);
      const keyName = schema.key.xmlName ?? MAP_KEY;
      const valueName = schema.value.xmlName ?? MAP_VALUE;
      let n = 0;
      for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined) continue;
        n += 1;
        out.push([`${entryPrefix}.${n}.${keyName}`, formatScalarText(schema.key, k, `${path}/${k}`)]);
        writeValue(schema.value, v, `${entryPrefix}.${n}.${valueName}`, options, `${path}/${k}`, out, false);
      }
      return;
    }
    case 'document':
      throw new SerializationError('documents cannot be sent with a query protocol', path);
    default:
      out.push([key, formatScalarText(member, value, path)]);
  }
}
