/**
 * JSON value codec shared by restJson1, awsJson1_0, awsJson1_1 and rpcv2Json.
 * @packageDocumentation
 */
export { JsonNumber, JsonSyntaxError, parseJsonText, writeJsonText, toPlainJson } from './text.js';
export type { JsonValue } from './text.js';
export { jsonKey, structureToJson, valueToJson } from './serialize.js';
export type { JsonCodecOptions } from './serialize.js';
export { structureFromJson, valueFromJson } from './deserialize.js';
export type { JsonReadOptions } from './deserialize.js';
