/**
 * Smithy node values (the JSON form traits such as `smithy.api#examples` hold) → runtime values
 * under the schema type mapping (`@anvil/runtime` `schema/shapes.ts`), checking that each value fits
 * its shape: the examples replay, its validity report and the stateful bindings' `set` values read
 * model data through here.
 *
 * Spec: Smithy 2.0 "Node values" and "examples trait".
 * @packageDocumentation
 */
import { deref, getOwn, hasOwnKey, setOwn, utf8Encode, type MemberSchema, type Schema, type StructureSchema } from '@anvil/runtime';

/** A node value that does not fit its shape; `path` is a JSON pointer into the node value. */
export class NodeValueError extends Error {
  /**
   * @param path JSON pointer of the offending value (`''` for the root)
   * @param detail what is wrong
   */
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path || '/'}: ${detail}`);
    this.name = 'NodeValueError';
  }
}

function describe(node: unknown): string {
  if (node === null) return 'null';
  if (Array.isArray(node)) return 'an array';
  return typeof node === 'object' ? 'an object' : `${typeof node} ${JSON.stringify(node)}`;
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Convert the node value of a structure (an example's `input`, `output` or error `content`).
 *
 * @param schema the structure the value is for
 * @param node the node value (JSON data)
 * @param path JSON pointer of `node` (for error messages)
 * @returns a plain object keyed by member name, with runtime values
 * @throws NodeValueError naming the JSON pointer when a member is unknown or a value does not
 *   fit its shape (constraint traits are not checked here; see `validate`)
 */
export function structureFromNode(schema: StructureSchema, node: unknown, path = ''): Record<string, unknown> {
  return fromNodeValue(schema, node, path) as Record<string, unknown>;
}

/**
 * Convert one node value: timestamps (epoch seconds or RFC 3339 text) → `Date`, blobs (text) →
 * UTF-8 bytes, bigInteger → `bigint`, bigDecimal → decimal text, float specials (`"NaN"`,
 * `"Infinity"`, `"-Infinity"`) → numbers; structures and unions member by member, lists and maps
 * element by element; documents as they are.
 *
 * @param schema the value's shape
 * @param node the node value
 * @param path JSON pointer of `node`
 * @throws NodeValueError naming the JSON pointer on an unknown member or a value of the wrong kind
 */
export function fromNodeValue(schema: Schema, node: unknown, path = ''): unknown {
  const wrong = (expected: string): never => {
    throw new NodeValueError(path, `expected ${expected} for ${schema.id ?? schema.type}, got ${describe(node)}`);
  };
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof node === 'string' ? node : wrong('a string');
    case 'boolean':
      return typeof node === 'boolean' ? node : wrong('a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
      return typeof node === 'number' && Number.isInteger(node) ? node : wrong('an integer');
    case 'float':
    case 'double':
      if (typeof node === 'number') return node;
      if (node === 'NaN') return NaN;
      if (node === 'Infinity') return Infinity;
      if (node === '-Infinity') return -Infinity;
      return wrong('a number');
    case 'bigInteger':
      if (typeof node === 'number' && Number.isInteger(node)) return BigInt(node);
      return typeof node === 'string' && /^-?\d+$/.test(node) ? BigInt(node) : wrong('an integer');
    case 'bigDecimal':
      return typeof node === 'number' || (typeof node === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(node)) ? String(node) : wrong('a number');
    case 'blob':
      return typeof node === 'string' ? utf8Encode(node) : wrong('a string');
    case 'timestamp': {
      const date = typeof node === 'number' ? new Date(node * 1000) : typeof node === 'string' ? new Date(node) : undefined;
      return date && !Number.isNaN(date.getTime()) ? date : wrong('epoch seconds or a date-time string');
    }
    case 'document':
      return structuredClone(node);
    case 'list':
      if (!Array.isArray(node)) return wrong('an array');
      return node.map((entry, i) => (entry === null ? null : fromNodeValue(deref(schema.member.target), entry, `${path}/${i}`)));
    case 'map': {
      if (!isObject(node)) return wrong('an object');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(node)) {
        const entry = getOwn(node, key);
        setOwn(out, key, entry === null ? null : fromNodeValue(deref(schema.value.target), entry, `${path}/${escapePointer(key)}`));
      }
      return out;
    }
    case 'structure':
    case 'union':
      return membersFromNode(schema, schema.members, node, path, wrong);
  }
}

function membersFromNode(
  schema: Schema,
  members: Readonly<Record<string, MemberSchema>>,
  node: unknown,
  path: string,
  wrong: (expected: string) => never,
): Record<string, unknown> {
  if (!isObject(node)) return wrong('an object');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const member = hasOwnKey(members, key) ? (getOwn(members, key) as MemberSchema) : undefined;
    const at = `${path}/${escapePointer(key)}`;
    if (!member) throw new NodeValueError(at, `${schema.id ?? schema.type} has no member "${key}"`);
    const entry = getOwn(node, key);
    if (entry === null) continue;
    setOwn(out, key, fromNodeValue(deref(member.target), entry, at));
  }
  return out;
}
