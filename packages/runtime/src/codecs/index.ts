/**
 * Payload codecs (value ⇄ wire format by schema): JSON, CBOR, XML, query parameters; scalar text and timestamp
 * formats shared by the codecs.
 * @packageDocumentation
 */
export { SerializationError } from './serialization-error.js';
export { formatTimestamp, parseTimestamp, timestampFeature, toDateTime, toHttpDate, toEpochSeconds } from './timestamps.js';
export { requireFeature } from './features.js';
export { bigNumberFeature } from './json/big-numbers.js';
export { integerRangeFeature } from './integers.js';
export { unionFeature } from './json/union-values.js';
export { withFeatures } from './body-codec.js';
export { JsonNumber, JsonSyntaxError, parseJsonText, writeJsonText } from './json/index.js';
export type { JsonValue } from './json/index.js';
export { defaultValue, zeroValue } from './json/defaults.js';
export { formatScalarText, parseScalarText } from './scalar-text.js';
export * from './xml/index.js';
export * from './query/index.js';
export { APPLICATION_CBOR, cborBodyCodec, decodeCbor, encodeCbor, isEmptyCborBody, structureFromCbor, structureToCbor, valueFromCbor, valueToCbor } from './cbor/index.js';
export type { CborBodyOptions, CborItem, CborReadOptions, CborWriteOptions } from './cbor/index.js';
