/**
 * Test-case `params` (Smithy node values) → the TypeScript values our runtime uses
 * (the type mapping of `@anvil/runtime` `schema.ts`), and a structural diff of runtime values.
 *
 * Node-value conventions of the compliance tests: timestamps are epoch seconds (numbers),
 * blobs are UTF-8 text, float specials are the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
 * A number literal a double would change arrives as an `ExactNumber` (`@anvil/smithy-model`): its text is
 * the value of a `bigInteger` (`bigint`) or `bigDecimal` (decimal text) member; other members read its nearest double.
 * @packageDocumentation
 */
import { deref, type MemberSchema, type Schema, type StructureSchema } from '@anvil/runtime';
import { ExactNumber } from '@anvil/smithy-model';

const encoder = new TextEncoder();

/**
 * Convert a node value to the runtime value of `schema`.
 * @param path member path for error messages (`/a/0/b`)
 * @throws Error naming the path when the node value does not fit the schema
 */
export function toRuntime(schema: Schema, node: unknown, path = ''): unknown {
  if (node === null || node === undefined) return node;
  if (node instanceof ExactNumber) return exactToRuntime(schema, node, path);
  const fail = (what: string): never => {
    throw new Error(`conformance params: expected ${what} at ${path || '/'} (${schema.id ?? schema.type}), got ${JSON.stringify(node)}`);
  };
  switch (schema.type) {
    case 'timestamp':
      if (typeof node === 'number') return new Date(Math.round(node * 1000));
      if (typeof node === 'string') return new Date(node);
      return fail('epoch seconds');
    case 'blob':
      if (typeof node === 'string') return encoder.encode(node);
      return fail('text');
    case 'float':
    case 'double':
      if (node === 'NaN') return NaN;
      if (node === 'Infinity') return Infinity;
      if (node === '-Infinity') return -Infinity;
      return typeof node === 'number' ? node : fail('a number');
    case 'bigInteger':
      if (typeof node === 'number' || typeof node === 'string') return BigInt(node);
      return fail('an integer');
    case 'bigDecimal':
      if (typeof node === 'number' || typeof node === 'string') return String(node);
      return fail('a number');
    case 'list':
      if (!Array.isArray(node)) return fail('an array');
      return node.map((item: unknown, i) => toRuntime(deref(schema.member.target), item, `${path}/${i}`));
    case 'map': {
      if (typeof node !== 'object' || Array.isArray(node)) return fail('an object');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) define(out, k, toRuntime(deref(schema.value.target), v, `${path}/${k}`));
      return out;
    }
    case 'structure':
    case 'union': {
      if (typeof node !== 'object' || Array.isArray(node)) return fail('an object');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        if (v === null) continue; // a null member is an unset member
        const member: MemberSchema | undefined = schema.members[k];
        if (!member) throw new Error(`conformance params: ${schema.id ?? schema.name} has no member ${k} (at ${path || '/'})`);
        define(out, k, toRuntime(deref(member.target), v, `${path}/${k}`));
      }
      return out;
    }
    default:
      return node;
  }
}

/** An exact number literal as the runtime value of `schema`: exact for `bigInteger` / `bigDecimal`. */
function exactToRuntime(schema: Schema, node: ExactNumber, path: string): unknown {
  if (schema.type === 'bigDecimal') return node.text;
  if (schema.type !== 'bigInteger') return toRuntime(schema, node.toNumber(), path);
  if (node.isInteger()) return BigInt(node.text);
  throw new Error(`conformance params: expected an integer at ${path || '/'} (${schema.id ?? schema.type}), got ${node.text}`);
}

/** Convert a structure's params (absent params are `{}`). */
export function structureParams(schema: StructureSchema, params: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  return toRuntime(schema, params ?? {}) as Record<string, unknown>;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function show(value: unknown): string {
  if (value instanceof Uint8Array) return `bytes(${JSON.stringify(new TextDecoder().decode(value))})`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? show(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * First difference between two runtime values, or `undefined` when they are equal.
 * `Date`s compare by time, `Uint8Array`s by bytes, `NaN` equals `NaN`; object members whose value
 * is `undefined` count as absent.
 * @returns a message such as `/a/0: expected 1, got 2`
 */
export function diffValues(expected: unknown, actual: unknown, path = ''): string | undefined {
  const at = path || '/';
  const mismatch = () => `${at}: expected ${show(expected)}, got ${show(actual)}`;
  if (expected instanceof Date || actual instanceof Date) {
    return expected instanceof Date && actual instanceof Date && expected.getTime() === actual.getTime() ? undefined : mismatch();
  }
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (!(expected instanceof Uint8Array && actual instanceof Uint8Array)) return mismatch();
    return expected.length === actual.length && expected.every((b, i) => b === actual[i]) ? undefined : mismatch();
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Object.is(expected, actual) || expected === actual ? undefined : mismatch();
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return mismatch();
    if (expected.length !== actual.length) return `${at}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const d = diffValues(expected[i], actual[i], `${path}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = new Set([...Object.keys(e), ...Object.keys(a)].filter((k) => e[k] !== undefined || a[k] !== undefined));
    for (const k of [...keys].sort()) {
      if (!(k in e) || e[k] === undefined) return `${path}/${k}: unexpected member ${show(a[k])}`;
      if (!(k in a) || a[k] === undefined) return `${path}/${k}: missing (expected ${show(e[k])})`;
      const d = diffValues(e[k], a[k], `${path}/${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return expected === actual ? undefined : mismatch();
}
