/**
 * Runtime schemas: the data generated packages emit and the codecs, fake data and validation read.
 * @packageDocumentation
 */
export { deref, type Thunk } from './thunk.js';
export type * from './shapes.js';
export type * from './operation.js';
import type { StructureSchema } from './shapes.js';

/** A Smithy `document` value: any JSON value (Smithy "Document types"). */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [key: string]: DocumentType };

/** The input or output of an operation that has none (`smithy.api#Unit`). */
export type UnitShape = Record<string, never>;

/** Schema of `smithy.api#Unit`: an empty structure. */
export const Unit$: StructureSchema = { type: 'structure', id: 'smithy.api#Unit', name: 'Unit', members: {} };
