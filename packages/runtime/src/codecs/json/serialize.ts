/**
 * Typed value → JSON wire value, driven by runtime schemas (Smithy
 * "restJson1 protocol" / "AWS JSON 1.0 protocol", JSON shape serialisation).
 * The result is a tree for {@link writeJsonText}: exact numbers are {@link JsonNumber}s.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref, getOwn, setOwn } from '../../schema/index.js';
import type { CodecFeatures, MemberSchema, Schema, StructureSchema, TimestampFormat, TimestampSchema, UnionSchema } from '../../schema/index.js';
import { utf8Encode } from '../../bytes/utf8.js';
import { describe, timestampFormatOf } from '../timestamps.js';
import { requireFeature } from '../features.js';
import { defaultValueWith, writesDefault, type DefaultsMode } from './defaults.js';

/** Options shared by the JSON value codec. */
export interface JsonCodecOptions {
  /** Honour `@jsonName` (restJson1: yes; awsJson: no). */
  readonly useJsonName: boolean;
  /** Serialisers only: which unset members are sent with their `@default` value (default `'none'`). */
  readonly defaults?: DefaultsMode;
  /**
   * `bigInteger` / `bigDecimal` travel as JSON strings holding the exact value (Smithy "RPC v2 JSON protocol",
   * "Numeric type serialization"); default: JSON numbers (restJson1, awsJson).
   */
  readonly bigNumbersAsStrings?: boolean;
  /**
   * Timestamps are always epoch seconds; `@timestampFormat` is not respected (Smithy "RPC v2 JSON protocol",
   * shape serialization of `timestamp`); default: the trait decides (restJson1, awsJson).
   */
  readonly ignoreTimestampFormat?: boolean;
  /** Timestamps, base64 and exact big numbers (`OperationSchema.features`; a value needing a missing one throws). */
  readonly features?: CodecFeatures;
}

/** The timestamp format of a member under `options` (see {@link JsonCodecOptions.ignoreTimestampFormat}). */
export function jsonTimestampFormat(member: Pick<MemberSchema, 'timestampFormat'>, schema: TimestampSchema, options: JsonCodecOptions): TimestampFormat {
  return options.ignoreTimestampFormat ? 'epoch-seconds' : timestampFormatOf(member, schema, 'epoch-seconds');
}


/** The JSON key of a member. */
export function jsonKey(name: string, member: MemberSchema, options: JsonCodecOptions): string {
  return options.useJsonName && member.jsonName ? member.jsonName : name;
}

/**
 * Serialise the members of a structure (or a subset of them) to a JSON object.
 * `null`/`undefined` members are omitted, or sent with their `@default` per `options.defaults`
 * (the top level is `path === ''`).
 * @param only member names to include (default: all)
 * @param path member path prefix for errors (`''` for the top level)
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function structureToJson(
  schema: StructureSchema | UnionSchema,
  value: Record<string, unknown>,
  options: JsonCodecOptions,
  path = '',
  only?: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of only ?? Object.keys(schema.members)) {
    const member = schema.members[name];
    if (!member) continue;
    let v = getOwn(value, name);
    if ((v === undefined || v === null) && writesDefault(member, options.defaults, path === '')) v = defaultValueWith(member, options.features);
    if (v === undefined || v === null) continue;
    setOwn(out, jsonKey(name, member, options), valueToJson(member, v, options, `${path}/${name}`));
  }
  return out;
}

/**
 * Serialise one member value (non-null) to its JSON wire form.
 * @throws SerializationError naming `path` when the value does not fit the schema
 */
export function valueToJson(member: Pick<MemberSchema, 'target' | 'timestampFormat'>, value: unknown, options: JsonCodecOptions, path: string): unknown {
  const schema: Schema = deref(member.target);
  // type mismatches throw through `mismatch` (no closure allocated per value: the client's per-call hot path)
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof value === 'string' ? value : mismatch(schema, value, path, 'a string');
    case 'boolean':
      return typeof value === 'boolean' ? value : mismatch(schema, value, path, 'a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
      return typeof value === 'number' && Number.isFinite(value) ? value : mismatch(schema, value, path, 'a finite number');
    case 'float':
    case 'double':
      if (typeof value !== 'number') return mismatch(schema, value, path, 'a number');
      if (Number.isNaN(value)) return 'NaN';
      if (value === Infinity) return 'Infinity';
      if (value === -Infinity) return '-Infinity';
      return value;
    case 'bigInteger':
    case 'bigDecimal':
      return requireFeature(options.features, 'bigNumbers', schema.type, path).writeJson(schema, value, options.bigNumbersAsStrings === true, path);
    case 'blob': {
      const base64 = requireFeature(options.features, 'base64', 'blob', path);
      if (value instanceof Uint8Array) return base64.encode(value);
      if (typeof value === 'string') return base64.encode(utf8Encode(value));
      return mismatch(schema, value, path, 'a Uint8Array');
    }
    case 'timestamp': {
      const timestamps = requireFeature(options.features, 'timestamps', 'timestamp', path);
      const date = timestamps.toDate(value, path);
      const format = jsonTimestampFormat(member, schema, options);
      // epoch seconds with milliseconds as a fraction (`toEpochSeconds`)
      return format === 'epoch-seconds' ? date.getTime() / 1000 : timestamps.format(date, format);
    }
    case 'document':
      return value;
    case 'list': {
      if (!Array.isArray(value)) return mismatch(schema, value, path, 'an array');
      const out: unknown[] = [];
      value.forEach((item, i) => {
        if (item === null || item === undefined) {
          if (schema.sparse) out.push(null);
        } else out.push(valueToJson(schema.member, item, options, `${path}/${i}`));
      });
      return out;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return mismatch(schema, value, path, 'an object');
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === null || item === undefined) {
          if (schema.sparse) setOwn(out, k, null);
        } else setOwn(out, k, valueToJson(schema.value, item, options, `${path}/${k}`));
      }
      return out;
    }
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) return mismatch(schema, value, path, 'an object');
      return structureToJson(schema, value as Record<string, unknown>, options, path);
    case 'union':
      if (typeof value !== 'object' || Array.isArray(value)) return mismatch(schema, value, path, 'an object');
      return requireFeature(options.features, 'unions', 'union', path).writeJson(schema, value as Record<string, unknown>, options, path);
  }
}

/** @throws SerializationError: `value` is not what `schema` takes */
export function mismatch(schema: Schema, value: unknown, path: string, expected: string): never {
  throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describe(value)}`, path);
}
