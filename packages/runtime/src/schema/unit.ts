/**
 * `smithy.api#Unit` (the input or output of an operation that has none) and document values.
 * @packageDocumentation
 */
import type { StructureSchema } from './shapes.js';

/** A Smithy `document` value: any JSON value (Smithy "Document types"). */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [key: string]: DocumentType };

/** The input or output of an operation that has none (`smithy.api#Unit`). */
export type UnitShape = Record<string, never>;

/** Schema of `smithy.api#Unit`: an empty structure. */
export const Unit$: StructureSchema = { type: 'structure', id: 'smithy.api#Unit', name: 'Unit', members: {} };

/** Is this the `smithy.api#Unit` structure (an operation without input/output)? */
export function isUnit(schema: StructureSchema): boolean {
  return schema.id === 'smithy.api#Unit';
}
