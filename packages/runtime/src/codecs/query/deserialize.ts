/**
 * Query parameters → typed value, driven by runtime schemas: what a mock reads from an awsQuery /
 * ec2Query request body (the reverse of `./serialize.ts`).
 *
 * The pairs are first folded into a tree on the `.`-separated key segments; the schema then walks it.
 * Numbered segments (`.1`, `.2`, …) give list items and map entries in numeric order (gaps, which an
 * empty structure item leaves, are skipped). Unknown keys
 * (`Action`, `Version`, members the model does not have) are ignored.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MapSchema, MemberSchema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { defaultValue } from '../json/defaults.js';
import { parseScalarText } from '../scalar-text.js';
import { LIST_ITEM, MAP_ENTRY, MAP_KEY, MAP_VALUE, memberKey } from './keys.js';
import type { QueryDialect } from './keys.js';

/** How to read query parameters. */
export interface QueryReadOptions {
  readonly dialect: QueryDialect;
  /** Canonical scalars and timestamps in their declared format; every segment below a list or map an index. */
  readonly strict: boolean;
  /** Fill members that were not sent with their `@default`. */
  readonly fillDefaults?: boolean;
}

/** One key segment: the value sent for exactly this key, and the longer keys below it. */
export interface QueryNode {
  value?: string;
  readonly children: Map<string, QueryNode>;
}

/** Fold decoded pairs into a tree on `.`; a key sent twice keeps its first value. */
export function queryTree(pairs: ReadonlyArray<readonly [string, string]>): QueryNode {
  const root: QueryNode = { children: new Map() };
  for (const [key, value] of pairs) {
    let node = root;
    for (const segment of key.split('.')) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { children: new Map() }));
      node = next;
    }
    node.value ??= value;
  }
  return root;
}

function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * Read the members of a structure (or union) from a query tree node.
 * @throws SerializationError naming the member path when a value does not fit the schema
 */
export function structureFromQuery(schema: StructureSchema | UnionSchema, node: QueryNode, options: QueryReadOptions, path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    const child = node.children.get(memberKey(options.dialect, name, member));
    const p = `${path}/${name}`;
    if (child) setOwn(out, name, readValue(member, child, options, p, member.xmlFlattened === true));
    else if (options.fillDefaults && member.default !== undefined) setOwn(out, name, defaultValue(member));
  }
  if (schema.type === 'union' && Object.keys(out).length !== 1) {
    throw new SerializationError(`a union must have exactly one member set, got ${Object.keys(out).length}`, path || '/');
  }
  return out;
}

function readValue(member: Pick<MemberSchema, 'target' | 'timestampFormat'>, node: QueryNode, options: QueryReadOptions, path: string, flattened: boolean): unknown {
  const schema = deref(member.target);
  switch (schema.type) {
    case 'structure':
    case 'union':
      return structureFromQuery(schema, node, options, path);
    case 'list': {
      if (node.children.size === 0 && node.value === '') return [];
      const items = options.dialect === 'ec2Query' || flattened ? node : node.children.get(schema.member.xmlName ?? LIST_ITEM);
      return items ? numbered(items, options, path).map(([n, item]) => readValue(schema.member, item, options, `${path}/${n - 1}`, false)) : [];
    }
    case 'map':
      return readMap(schema, flattened ? node : node.children.get(MAP_ENTRY), options, path);
    case 'document':
      throw new SerializationError('documents cannot be sent with a query protocol', path);
    default:
      if (node.value === undefined) throw new SerializationError(`expected a value for ${schema.id ?? schema.type}, got nested keys`, path);
      return parseScalarText(member, node.value, path, options.strict);
  }
}

function readMap(schema: MapSchema, entries: QueryNode | undefined, options: QueryReadOptions, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!entries) return out;
  const keyName = schema.key.xmlName ?? MAP_KEY;
  const valueName = schema.value.xmlName ?? MAP_VALUE;
  for (const [n, entry] of numbered(entries, options, path)) {
    const keyNode = entry.children.get(keyName);
    const valueNode = entry.children.get(valueName);
    if (keyNode?.value === undefined) throw new SerializationError(`map entry ${n} has no ${keyName}`, `${path}/${n - 1}`);
    const key = String(parseScalarText(schema.key, keyNode.value, `${path}/${n - 1}`, options.strict));
    if (!valueNode) throw new SerializationError(`map entry ${n} has no ${valueName}`, `${path}/${key}`);
    setOwn(out, key, readValue(schema.value, valueNode, options, `${path}/${key}`, false));
  }
  return out;
}

/**
 * The numbered children of a node in numeric order. Gaps are tolerated: an item that is an empty structure
 * sends no parameter, so `[{}, {a: 1}]` arrives as `.2.a=1` only. Strictly, every segment must be an index.
 */
function numbered(node: QueryNode, options: QueryReadOptions, path: string): Array<[number, QueryNode]> {
  const items: Array<[number, QueryNode]> = [];
  for (const [segment, child] of node.children) {
    if (/^[1-9]\d*$/.test(segment)) items.push([Number(segment), child]);
    else if (options.strict) throw new SerializationError(`unexpected key segment ${JSON.stringify(segment)}, expected an index`, path);
  }
  return items.sort((a, b) => a[0] - b[0]);
}
