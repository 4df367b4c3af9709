/**
 * Plain scalar schemas: one shared schema per simple type that carries nothing but its type. A generated
 * client's wire schemas (see `shapes.ts`, "Full schemas and wire schemas") point every member whose target
 * needs nothing else on the wire at one of these, instead of a constant per shape: a `SourceServerID` with a
 * `@length` and a `@pattern` reads and writes exactly like any string, and clients never validate.
 *
 * Spec: Smithy 2.0 "Simple types".
 * @packageDocumentation
 */
import type { BlobSchema, BooleanSchema, DocumentSchema, NumberSchema, StringSchema, TimestampSchema } from './shapes.js';

/** `string` (also the wire view of an `enum`: clients read and write enum values as strings). */
export const plainString: StringSchema = { type: 'string' };
/** `boolean`. */
export const plainBoolean: BooleanSchema = { type: 'boolean' };
/** `byte`. */
export const plainByte: NumberSchema = { type: 'byte' };
/** `short`. */
export const plainShort: NumberSchema = { type: 'short' };
/** `integer` (also the wire view of an `intEnum`). */
export const plainInteger: NumberSchema = { type: 'integer' };
/** `long`. */
export const plainLong: NumberSchema = { type: 'long' };
/** `float`. */
export const plainFloat: NumberSchema = { type: 'float' };
/** `double`. */
export const plainDouble: NumberSchema = { type: 'double' };
/** `bigInteger`. */
export const plainBigInteger: NumberSchema = { type: 'bigInteger' };
/** `bigDecimal`. */
export const plainBigDecimal: NumberSchema = { type: 'bigDecimal' };
/** `blob` (not streaming, no media type). */
export const plainBlob: BlobSchema = { type: 'blob' };
/** `timestamp` (no `@timestampFormat` on the shape: the member's or the protocol's format applies). */
export const plainTimestamp: TimestampSchema = { type: 'timestamp' };
/** `document`. */
export const plainDocument: DocumentSchema = { type: 'document' };
