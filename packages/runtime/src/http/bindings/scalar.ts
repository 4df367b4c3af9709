/**
 * Scalar values as text in HTTP labels, query parameters and headers
 * (Smithy "HTTP binding traits": `@httpLabel`, `@httpQuery`, `@httpHeader`
 * serialisation rules). Default timestamp formats: `date-time` in labels and
 * query strings, `http-date` in headers.
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import { deref } from '../../schema/index.js';
import type { CodecFeatures, HeaderValueFeature, MemberSchema, Schema, TimestampFormat } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { describe, timestampFormatOf } from '../../codecs/timestamps.js';
import { requireFeature } from '../../codecs/features.js';



/** Where a scalar is bound. */
export type ScalarLocation = 'label' | 'query' | 'header';

type MemberLike = Pick<MemberSchema, 'target' | 'timestampFormat'>;

function defaultFormat(location: ScalarLocation): TimestampFormat {
  return location === 'header' ? 'http-date' : 'date-time';
}

/**
 * Format one scalar as text.
 * @param features timestamps and base64 (blobs, `@mediaType` strings in headers) when the operation has them
 * @throws SerializationError naming `path` when the value does not fit a scalar target, or needs a missing feature
 */
export function formatScalar(member: MemberLike, value: unknown, location: ScalarLocation, path: string, features?: CodecFeatures): string {
  const schema: Schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type} in ${location}, got ${describe(value)}`, path);
  };
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return wrong('a string');
      return location === 'header' && schema.mediaType ? requireFeature(features, 'base64', 'header string with @mediaType', path).encode(utf8Encode(value)) : value;
    case 'enum':
      return typeof value === 'string' ? value : wrong('a string');
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : wrong('a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
    case 'float':
    case 'double':
      return typeof value === 'number' ? String(value) : wrong('a number');
    case 'bigInteger':
    case 'bigDecimal':
      return typeof value === 'bigint' || typeof value === 'string' || typeof value === 'number' ? String(value) : wrong('a number');
    case 'timestamp': {
      const timestamps = requireFeature(features, 'timestamps', 'timestamp', path);
      return timestamps.format(timestamps.toDate(value, path), timestampFormatOf(member, schema, defaultFormat(location)));
    }
    case 'blob': {
      const base64 = requireFeature(features, 'base64', 'blob', path);
      if (value instanceof Uint8Array) return base64.encode(value);
      return typeof value === 'string' ? base64.encode(utf8Encode(value)) : wrong('a Uint8Array');
    }
    default:
      throw new SerializationError(`a ${schema.type} cannot be bound to a ${location}`, path);
  }
}

/**
 * Parse a `byte`, `short`, `integer`, `long` or `intEnum` from text (its own export: response headers of these
 * types need no other parser, issue #18).
 * @param strict mock side: reject values outside the type's range (with the `integerRanges` feature of `features`)
 * @throws SerializationError naming `path` when the text is not an integer (or, `strict`, out of range)
 */
export function parseIntegerScalar(schema: Schema, text: string, location: ScalarLocation, path: string, strict: boolean, features?: CodecFeatures): number {
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type} in ${location}, got ${JSON.stringify(text)}`, path);
  };
  const n = /^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n)) return wrong('an integer');
  const range = strict ? requireFeature(features, 'integerRanges', schema.type, path).outside(schema.type, text.trim()) : undefined;
  return range ? wrong(`a ${schema.type} in [${range[0]}, ${range[1]}]`) : n;
}

/**
 * Parse one scalar from text.
 * @param strict reject malformed numbers/booleans/timestamps (mock side); lenient accepts any timestamp format
 * @param features timestamps and base64 when the operation has them
 * @throws SerializationError naming `path` when the text does not fit the target, or needs a missing feature
 */
export function parseScalar(member: MemberLike, text: string, location: ScalarLocation, path: string, strict: boolean, features?: CodecFeatures): unknown {
  const schema: Schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type} in ${location}, got ${JSON.stringify(text)}`, path);
  };
  switch (schema.type) {
    case 'string':
      if (location === 'header' && schema.mediaType) {
        const base64 = requireFeature(features, 'base64', 'header string with @mediaType', path);
        try {
          return utf8Decode(base64.decode(text, strict));
        } catch {
          return wrong('base64 text');
        }
      }
      return text;
    case 'enum':
      return text;
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      return wrong('true or false');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
      return parseIntegerScalar(schema, text, location, path, strict, features);
    case 'float':
    case 'double': {
      const t = text.trim();
      if (t === 'NaN') return NaN;
      if (t === 'Infinity') return Infinity;
      if (t === '-Infinity') return -Infinity;
      return /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : wrong('a number');
    }
    case 'bigInteger':
      return /^-?\d+$/.test(text.trim()) ? BigInt(text.trim()) : wrong('an integer');
    case 'bigDecimal':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text.trim()) ? text.trim() : wrong('a decimal number');
    case 'timestamp':
      return requireFeature(features, 'timestamps', 'timestamp', path).parse(text.trim(), timestampFormatOf(member, schema, defaultFormat(location)), path, !strict);
    case 'blob': {
      const base64 = requireFeature(features, 'base64', 'blob', path);
      try {
        return base64.decode(text, strict);
      } catch {
        return wrong('base64 text');
      }
    }
    default:
      throw new SerializationError(`a ${schema.type} cannot be bound to a ${location}`, path);
  }
}

/**
 * Format a header value: scalars as {@link formatScalar}; lists joined with `", "`, empty items and string
 * items containing `,` or `"` or with leading or trailing whitespace double-quoted with `"` and `\`
 * backslash-escaped (RFC 9110 "quoted-string"), so {@link parseHeaderValue} gives the list back.
 */
export function formatHeaderValue(member: MemberLike, value: unknown, path: string, features?: CodecFeatures): string {
  const schema = deref(member.target);
  if (schema.type !== 'list') return formatScalar(member, value, 'header', path, features);
  if (!Array.isArray(value)) throw new SerializationError(`expected an array for header list, got ${describe(value)}`, path);
  const itemType = deref(schema.member.target).type;
  return value
    .filter((v) => v !== null && v !== undefined)
    .map((item, i) => {
      const text = formatScalar(schema.member, item, 'header', `${path}/${i}`, features);
      // quoted when a reader could not split or trim it back: empty (e.g. an empty blob), or a string with a `,`, a `"` or edge whitespace
      const quote = text === '' || ((itemType === 'string' || itemType === 'enum') && /[,"]|^\s|\s$/.test(text));
      return quote ? `"${text.replace(/["\\]/g, '\\$&')}"` : text;
    })
    .join(', ');
}

/** Parse a header value (see {@link formatHeaderValue}); `http-date` list items, which contain a comma, are re-joined. */
export function parseHeaderValue(member: MemberLike, text: string, path: string, strict: boolean, features?: CodecFeatures): unknown {
  const schema = deref(member.target);
  if (schema.type !== 'list') return parseScalar(member, text, 'header', path, strict, features);
  const item = schema.member;
  const itemSchema = deref(item.target);
  let parts = splitHeaderList(text);
  if (itemSchema.type === 'timestamp' && timestampFormatOf(item, itemSchema, 'http-date') === 'http-date') {
    const joined: string[] = [];
    for (let i = 0; i < parts.length; i += 2) joined.push(parts[i + 1] === undefined ? parts[i]! : `${parts[i]}, ${parts[i + 1]}`);
    parts = joined;
  }
  return parts.map((p, i) => parseScalar(item, p, 'header', `${path}/${i}`, strict, features));
}

/**
 * Header values that are not plain text, as a codec feature ({@link parseHeaderValue}): client bundles whose response
 * headers are all strings or enums leave the scalar parsers out (issue #18).
 */
export const headerValueFeature: HeaderValueFeature = { parse: parseHeaderValue };

/** Split a comma-separated header value, honouring double quotes and backslash escapes inside them. */
export function splitHeaderList(text: string): string[] {
  if (text.trim() === '') return [];
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      i++; // closing quote
      out.push(value);
      const comma = text.indexOf(',', i);
      i = comma < 0 ? text.length + 1 : comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      out.push(text.slice(i, end).trim());
      i = end + 1;
    }
  }
  return out;
}
