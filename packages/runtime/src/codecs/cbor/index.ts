/**
 * The CBOR value codec (value ⇄ CBOR by schema, both directions) and CBOR message bodies, for the
 * Smithy RPC v2 CBOR protocol.
 * @packageDocumentation
 */
export { APPLICATION_CBOR, asDecimal, asTagged, cborTag, decodeCbor, encodeCbor, isCborMap } from './wire.js';
export type { CborItem, CborMap, CborTagged } from './wire.js';
export { CborSyntaxError, DecimalFraction, decodeCborItem, MAX_DEPTH } from './decode.js';
export { bignum, decimalFraction, documentToCbor, structureToCbor, valueToCbor } from './serialize.js';
export type { CborWriteOptions } from './serialize.js';
export { describeItem, documentFromCbor, structureFromCbor, valueFromCbor } from './deserialize.js';
export type { CborReadOptions } from './deserialize.js';
export { cborBodyCodec, isEmptyCborBody } from './body.js';
export type { CborBodyOptions } from './body.js';
