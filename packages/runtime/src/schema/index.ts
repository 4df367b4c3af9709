/**
 * Runtime schemas: the data generated packages emit and the codecs, fake data and validation read.
 * @packageDocumentation
 */
export { deref, type Thunk } from './thunk.js';
export type * from './shapes.js';
export type * from './operation.js';
export type * from './features.js';
export { plainBigDecimal, plainBigInteger, plainBlob, plainBoolean, plainByte, plainDocument, plainDouble, plainFloat, plainInteger, plainLong, plainShort, plainString, plainTimestamp } from './plain.js';
export { Unit$, isUnit, type DocumentType, type UnitShape } from './unit.js';
export { assignOwn, getOwn, hasOwnKey, setOwn } from './own-members.js';
export type { InheritedMember } from './own-members.js';
export { translatePattern, PatternTranslationError, SAMPLE_POOL, type TranslatedPattern, type UntranslatablePattern } from './pattern/index.js';
export { isEventStreamUnion, streamingMember, type StreamingMember } from './streaming.js';
