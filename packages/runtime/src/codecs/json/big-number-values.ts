/**
 * `bigInteger` / `bigDecimal` values ⇄ JSON (Smithy "restJson1 protocol" / "AWS JSON 1.0 protocol": exact JSON
 * numbers; "RPC v2 JSON protocol": strings of the big-number grammars). Part of the `bigNumbers` codec feature
 * (`big-numbers.ts`), so bundles of operations without big numbers leave it out.
 * @packageDocumentation
 */
import type { Schema } from '../../schema/index.js';
import { wireMismatch } from './deserialize.js';
import { mismatch } from './serialize.js';
import { JsonNumber } from './text.js';
import type { JsonValue } from './text.js';

/** `bigInteger` text of the RPC v2 JSON grammar: an optional `-`, then `0` or digits without a leading zero. */
export const BIG_INTEGER_TEXT = /^-?(0|[1-9]\d*)$/;
/** `bigDecimal` text of the RPC v2 JSON grammar: a big integer, optional fraction digits, optional exponent. */
export const BIG_DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** Decimal text a caller may pass for a `bigDecimal` (leading zeros allowed; they are dropped on the wire). */
const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A `bigInteger` (`bigint`, integer or integer text) or `bigDecimal` (decimal text, finite number or `bigint`)
 * value as its JSON wire form: an exact {@link JsonNumber}, a number, or (`asStrings`, RPC v2 JSON) text.
 * @throws SerializationError naming `path` when the value is none of those
 */
export function bigNumberToJson(schema: Schema, value: unknown, asStrings: boolean, path: string): unknown {
  if (schema.type === 'bigInteger') {
    if (asStrings) return bigNumberText(value, /^-?\d+$/) ?? mismatch(schema, value, path, 'a bigint');
    if (typeof value === 'bigint') return new JsonNumber(value.toString());
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return new JsonNumber(withoutLeadingZeros(value));
    return mismatch(schema, value, path, 'a bigint');
  }
  if (asStrings) return bigNumberText(value, DECIMAL) ?? mismatch(schema, value, path, 'a decimal string');
  if (typeof value === 'string' && DECIMAL.test(value)) return new JsonNumber(withoutLeadingZeros(value));
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return new JsonNumber(value.toString());
  return mismatch(schema, value, path, 'a decimal string');
}

/**
 * A `bigInteger` (as `bigint`) or `bigDecimal` (as decimal text) from its JSON wire form.
 * @param strict mock side: only exact numbers (or, `asStrings`, strings of the RPC v2 JSON grammar)
 * @throws SerializationError naming `path` on a type mismatch
 */
export function bigNumberFromJson(schema: Schema, wire: JsonValue, strict: boolean, asStrings: boolean, path: string): unknown {
  if (schema.type === 'bigInteger') {
    // RPC v2 JSON: a string of the big-integer grammar (the lenient client also takes numbers and other digit strings)
    if (asStrings && strict) return typeof wire === 'string' && BIG_INTEGER_TEXT.test(wire) ? BigInt(wire) : wireMismatch(schema, wire, path, 'a JSON string of big-integer text');
    // plain numbers only arrive when the caller chose the JSON.parse fast path for a closure without big numbers
    if (typeof wire === 'number' && Number.isSafeInteger(wire)) return BigInt(wire);
    if (wire instanceof JsonNumber && /^-?\d+$/.test(wire.text)) return BigInt(wire.text);
    if (!strict && typeof wire === 'string' && /^-?\d+$/.test(wire)) return BigInt(wire);
    return wireMismatch(schema, wire, path, 'a JSON integer');
  }
  if (asStrings && strict) return typeof wire === 'string' && BIG_DECIMAL_TEXT.test(wire) ? wire : wireMismatch(schema, wire, path, 'a JSON string of big-decimal text');
  if (typeof wire === 'number' && Number.isFinite(wire)) return String(wire);
  if (wire instanceof JsonNumber) return wire.text;
  if (!strict && typeof wire === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(wire)) return wire;
  return wireMismatch(schema, wire, path, 'a JSON number');
}

/**
 * The exact text of a `bigInteger` (`bigint`, safe integer or integer text) or `bigDecimal` (decimal text, finite
 * number or `bigint`) value, leading zeros dropped; `undefined` when the value is none of those.
 * @param text the pattern text values must match (integers only for `bigInteger`)
 */
function bigNumberText(value: unknown, text: RegExp): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return (text === DECIMAL ? Number.isFinite(value) : Number.isSafeInteger(value)) ? String(value) : undefined;
  return typeof value === 'string' && text.test(value) ? withoutLeadingZeros(value) : undefined;
}

/** Decimal text as a JSON number literal: JSON forbids leading zeros (`007.50` → `7.50`, `-00` → `-0`). */
function withoutLeadingZeros(text: string): string {
  return text.replace(/^(-?)0+(?=\d)/, '$1');
}
