/**
 * JSON wire value → typed value, driven by runtime schemas (Smithy
 * "restJson1 protocol" / "AWS JSON 1.0 protocol"). Input comes from
 * {@link parseJsonText} (numbers as {@link JsonNumber}).
 *
 * Two modes: lenient (client: unknown members ignored, numbers accepted as
 * numeric strings, any timestamp format accepted) and strict (mock: JSON types
 * must match the schema; unknown members are still ignored).
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref, setOwn } from '../../schema/index.js';
import type { MemberSchema, Schema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { describe } from '../timestamps.js';
import { requireFeature } from '../features.js';
import { defaultValueWith, zeroValue } from './defaults.js';
import { JsonNumber, toPlainJson } from './text.js';
import type { JsonValue } from './text.js';
import { jsonKey, jsonTimestampFormat } from './serialize.js';
import type { JsonCodecOptions } from './serialize.js';

/** Options for reading JSON values. */
export interface JsonReadOptions extends JsonCodecOptions {
  /** Type-check strictly (mock side). */
  readonly strict: boolean;
  /** Fill members missing on the wire (or `null`) with their `@default` value (Smithy "default trait"). */
  readonly fillDefaults?: boolean;
  /**
   * Fill required members without a default that are missing on the wire with a zero value
   * (Smithy "Client error correction"; clients only).
   */
  readonly errorCorrection?: boolean;
}


/**
 * Read the members of a structure from a JSON object. JSON `null` members are omitted, unless
 * `options.fillDefaults` / `options.errorCorrection` fill them (see {@link JsonReadOptions}).
 * @param only member names to read (default: all)
 * @throws SerializationError naming the member path when the value does not fit the schema
 */
export function structureFromJson(
  schema: StructureSchema | UnionSchema,
  wire: JsonValue,
  options: JsonReadOptions,
  path = '',
  only?: readonly string[],
): Record<string, unknown> {
  if (wire === null || typeof wire !== 'object' || Array.isArray(wire) || wire instanceof JsonNumber) {
    throw new SerializationError(`expected a JSON object for ${schema.id ?? schema.name}, got ${describeWire(wire)}`, path || '/');
  }
  const out: Record<string, unknown> = {};
  for (const name of only ?? Object.keys(schema.members)) {
    const member = schema.members[name]!;
    const key = jsonKey(name, member, options);
    const v = Object.prototype.hasOwnProperty.call(wire, key) ? wire[key]! : null;
    if (v !== null) setOwn(out, name, valueFromJson(member, v, options, `${path}/${name}`));
    else if (options.fillDefaults || options.errorCorrection) {
      const filled = missingValue(member, options, path, name);
      if (filled !== undefined) setOwn(out, name, filled);
    }
  }
  return out;
}

/** The value of a member missing on the wire: its default, else (error correction) a zero value, else `undefined`. */
function missingValue(member: MemberSchema, options: JsonReadOptions, path: string, name: string): unknown {
  if (options.fillDefaults && member.default !== undefined) return defaultValueWith(member, options.features);
  if (!options.errorCorrection || !member.required) return undefined;
  const target = deref(member.target);
  // the member's path is only built here: most members missing on the wire have no default and are not required
  return target.type === 'structure' ? structureFromJson(target, {}, options, `${path}/${name}`) : zeroValue(target);
}

/**
 * Read one (non-null) member value from its JSON wire form.
 * @throws SerializationError naming `path` on a type mismatch
 */
export function valueFromJson(member: Pick<MemberSchema, 'target' | 'timestampFormat'>, wire: JsonValue, options: JsonReadOptions, path: string): unknown {
  const schema: Schema = deref(member.target);
  // type mismatches throw through `mismatch` (no closure allocated per value: the client's per-call hot path)
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof wire === 'string' ? wire : wireMismatch(schema, wire, path, 'a JSON string');
    case 'boolean':
      if (typeof wire === 'boolean') return wire;
      if (!options.strict && (wire === 'true' || wire === 'false')) return wire === 'true';
      return wireMismatch(schema, wire, path, 'a JSON boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum': {
      const n =
        typeof wire === 'number' ? wire
        : wire instanceof JsonNumber ? wire.toNumber()
        : !options.strict && typeof wire === 'string' && wire.trim() !== '' ? Number(wire)
        : NaN;
      if (!Number.isInteger(n)) return wireMismatch(schema, wire, path, 'a JSON integer');
      const range = options.strict && wire instanceof JsonNumber ? requireFeature(options.features, 'integerRanges', schema.type, path).outside(schema.type, wire.text) : undefined;
      return range ? wireMismatch(schema, wire, path, `a ${schema.type} in [${range[0]}, ${range[1]}]`) : n;
    }
    case 'float':
    case 'double':
      if (typeof wire === 'number') return wire;
      if (wire instanceof JsonNumber) return wire.toNumber();
      if (wire === 'NaN') return NaN;
      if (wire === 'Infinity') return Infinity;
      if (wire === '-Infinity') return -Infinity;
      if (!options.strict && typeof wire === 'string' && wire.trim() !== '' && !Number.isNaN(Number(wire))) return Number(wire);
      return wireMismatch(schema, wire, path, 'a JSON number or "NaN"/"Infinity"/"-Infinity"');
    case 'bigInteger':
    case 'bigDecimal':
      return requireFeature(options.features, 'bigNumbers', schema.type, path).readJson(schema, wire, options.strict, options.bigNumbersAsStrings === true, path);
    case 'blob':
      if (typeof wire !== 'string') return wireMismatch(schema, wire, path, 'a base64 JSON string');
      const base64 = requireFeature(options.features, 'base64', 'blob', path);
      try {
        return base64.decode(wire, options.strict);
      } catch (e) {
        throw new SerializationError(`expected base64 for ${schema.id ?? 'blob'}: ${(e as Error).message}`, path);
      }
    case 'timestamp': {
      const format = jsonTimestampFormat(member, schema, options);
      const raw = wire instanceof JsonNumber ? wire.toNumber() : wire;
      if (options.strict && format === 'epoch-seconds' && typeof raw !== 'number') return wireMismatch(schema, wire, path, 'epoch seconds as a JSON number');
      return requireFeature(options.features, 'timestamps', 'timestamp', path).parse(raw, format, path, !options.strict);
    }
    case 'document':
      return toPlainJson(wire);
    case 'list': {
      if (!Array.isArray(wire)) return wireMismatch(schema, wire, path, 'a JSON array');
      const out: unknown[] = [];
      wire.forEach((item, i) => {
        if (item === null) {
          if (schema.sparse) out.push(null);
          else if (options.strict) throw new SerializationError('null entry in a non-sparse list', `${path}/${i}`);
        } else out.push(valueFromJson(schema.member, item, options, `${path}/${i}`));
      });
      return out;
    }
    case 'map': {
      if (wire === null || typeof wire !== 'object' || Array.isArray(wire) || wire instanceof JsonNumber) return wireMismatch(schema, wire, path, 'a JSON object');
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(wire)) {
        let v: unknown;
        if (item === null) {
          if (!schema.sparse) {
            if (options.strict) throw new SerializationError('null value in a non-sparse map', `${path}/${k}`);
            continue;
          }
          v = null;
        } else v = valueFromJson(schema.value, item, options, `${path}/${k}`);
        setOwn(out, k, v);
      }
      return out;
    }
    case 'structure':
      return structureFromJson(schema, wire, options, path);
    case 'union':
      return requireFeature(options.features, 'unions', 'union', path).readJson(schema, wire, options, path);
  }
}


/** @throws SerializationError: `wire` is not what `schema` takes */
export function wireMismatch(schema: Schema, wire: JsonValue, path: string, expected: string): never {
  throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describeWire(wire)}`, path);
}

/** A wire value for error messages. */
export function describeWire(wire: JsonValue): string {
  if (wire instanceof JsonNumber) return `number ${wire.text}`;
  return describe(wire);
}
