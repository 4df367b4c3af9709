/**
 * Test-only: turns the shapes of a Smithy JSON AST namespace into runtime
 * schemas (just the parts validation reads), and a JSON request body into a
 * typed input value, so the restJson1 malformed-request tests can drive
 * `validate`. Mixins are not needed by the validation namespace.
 */
import type { MemberSchema, NumberType, Schema, StructureSchema } from '@anvil/runtime';

interface AstShape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  member?: { target: string; traits?: Record<string, unknown> };
  key?: { target: string; traits?: Record<string, unknown> };
  value?: { target: string; traits?: Record<string, unknown> };
  traits?: Record<string, unknown>;
}

const NUMBER_TYPES = new Set(['byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal']);
const PRELUDE: Record<string, string> = {
  String: 'string',
  Blob: 'blob',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  Timestamp: 'timestamp',
  Document: 'document',
  Byte: 'byte',
  Short: 'short',
  Integer: 'integer',
  Long: 'long',
  Float: 'float',
  Double: 'double',
  PrimitiveInteger: 'integer',
  PrimitiveLong: 'long',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Converts shapes lazily (thunks), so recursive shapes work. */
export class AstSchemas {
  private readonly cache = new Map<string, Schema>();
  constructor(private readonly shapes: Record<string, AstShape>) {}

  shape(id: string): AstShape | undefined {
    return this.shapes[id];
  }

  schema(id: string): Schema {
    const cached = this.cache.get(id);
    if (cached) return cached;
    if (id.startsWith('smithy.api#')) {
      const type = PRELUDE[id.slice('smithy.api#'.length)];
      if (!type) throw new Error(`unsupported prelude shape ${id}`);
      return { type } as Schema;
    }
    const shape = this.shapes[id];
    if (!shape) throw new Error(`unknown shape ${id}`);
    const traits = shape.traits ?? {};
    const out: Record<string, unknown> = { id, type: shape.type };
    this.cache.set(id, out as unknown as Schema);
    Object.assign(out, constraints(traits));
    if (traits['smithy.api#uniqueItems'] !== undefined) out['uniqueItems'] = true;
    if (traits['smithy.api#sparse'] !== undefined) out['sparse'] = true;
    switch (shape.type) {
      case 'string': {
        const legacy = traits['smithy.api#enum'] as { value: string; tags?: string[] }[] | undefined;
        if (legacy) {
          out['type'] = 'enum';
          out['values'] = legacy.filter((entry) => !entry.tags?.includes('internal')).map((entry) => entry.value);
        }
        break;
      }
      case 'enum':
      case 'intEnum':
        out['values'] = Object.values(shape.members ?? {})
          .filter((member) => member.traits?.['smithy.api#internal'] === undefined)
          .map((member) => member.traits?.['smithy.api#enumValue']);
        delete out['members'];
        break;
      case 'list':
        out['member'] = this.member(shape.member!);
        break;
      case 'map':
        out['key'] = this.member(shape.key!);
        out['value'] = this.member(shape.value!);
        break;
      case 'structure':
      case 'union':
        out['name'] = id.slice(id.indexOf('#') + 1);
        out['members'] = Object.fromEntries(Object.entries(shape.members ?? {}).map(([name, member]) => [name, this.member(member)]));
        break;
      default:
        if (!NUMBER_TYPES.has(shape.type) && !['blob', 'boolean', 'timestamp', 'document'].includes(shape.type)) {
          throw new Error(`unsupported shape type ${shape.type} (${id})`);
        }
    }
    return out as unknown as Schema;
  }

  private member(member: { target: string; traits?: Record<string, unknown> }): MemberSchema {
    const traits = member.traits ?? {};
    const out: Mutable<MemberSchema> = { target: () => this.schema(member.target), ...constraints(traits) };
    if (traits['smithy.api#required'] !== undefined) out.required = true;
    if (typeof traits['smithy.api#httpHeader'] === 'string') out.httpHeader = traits['smithy.api#httpHeader'];
    if (typeof traits['smithy.api#httpQuery'] === 'string') out.httpQuery = traits['smithy.api#httpQuery'];
    return out;
  }
}

function constraints(traits: Record<string, unknown>): Pick<MemberSchema, 'length' | 'range' | 'pattern'> {
  const out: Mutable<Pick<MemberSchema, 'length' | 'range' | 'pattern'>> = {};
  const length = traits['smithy.api#length'] as { min?: number; max?: number } | undefined;
  if (length) out.length = length;
  const range = traits['smithy.api#range'] as { min?: number; max?: number } | undefined;
  if (range) out.range = range;
  if (typeof traits['smithy.api#pattern'] === 'string') out.pattern = traits['smithy.api#pattern'];
  return out;
}

/** JSON body value → runtime value (blobs from base64, timestamps from epoch seconds / date text). */
export function toRuntime(schema: Schema, json: unknown): unknown {
  if (json === null || json === undefined) return json;
  const deref = <T>(t: T | (() => T)): T => (typeof t === 'function' ? (t as () => T)() : t);
  switch (schema.type) {
    case 'blob':
      return typeof json === 'string' ? new Uint8Array(Buffer.from(json, 'base64')) : json;
    case 'timestamp':
      return typeof json === 'number' ? new Date(json * 1000) : typeof json === 'string' ? new Date(Date.parse(json)) : json;
    case 'bigInteger':
      return typeof json === 'number' ? BigInt(json) : json;
    case 'bigDecimal':
      return typeof json === 'number' ? String(json) : json;
    case 'list':
      return Array.isArray(json) ? json.map((item) => toRuntime(deref(schema.member.target), item)) : json;
    case 'map':
      return typeof json === 'object' && !Array.isArray(json)
        ? Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, toRuntime(deref(schema.value.target), v)]))
        : json;
    case 'structure':
    case 'union': {
      if (typeof json !== 'object' || Array.isArray(json)) return json;
      const record = json as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(schema.members)) {
        if (name in record) out[name] = toRuntime(deref(member.target), record[name]);
      }
      return out;
    }
    default:
      return json;
  }
}

/** Narrow helper for tests. */
export function asStructure(schema: Schema): StructureSchema {
  if (schema.type !== 'structure') throw new Error(`expected a structure, got ${schema.type}`);
  return schema;
}

export type { NumberType };
