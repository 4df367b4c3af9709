/**
 * Merges parsed documents into one set of shape definitions (Smithy 2.0
 * "Merging models", "Merging metadata"): identical duplicate shape definitions
 * are accepted, conflicting ones are errors; metadata arrays are concatenated,
 * equal values accepted, other conflicts are errors.
 * @packageDocumentation
 */
import type { ShapeId } from '../ir.js';
import { ModelError, pathKey, shapePath } from '../errors.js';
import type { RawApply, RawDocument, RawShape } from '../load/raw.js';
import { jsonEqual } from './equal.js';

/** Every shape definition and `apply` block of the model, and the merged metadata. */
export interface MergedDocuments {
  readonly shapes: Map<ShapeId, RawShape>;
  readonly applies: RawApply[];
  readonly metadata: Record<string, unknown>;
}

/**
 * @param documents parsed documents, prelude first
 * @throws ModelError naming both files when one shape id has two different definitions,
 *   or when a metadata key has conflicting non-array values
 */
export function mergeDocuments(documents: readonly RawDocument[]): MergedDocuments {
  const shapes = new Map<ShapeId, RawShape>();
  const applies: RawApply[] = [];
  const metadata: Record<string, unknown> = {};
  const metadataFiles = new Map<string, string>();
  for (const doc of documents) {
    for (const shape of doc.shapes) {
      const existing = shapes.get(shape.id);
      if (existing === undefined) {
        shapes.set(shape.id, shape);
      } else if (existing.version !== shape.version || !jsonEqual(existing.json, shape.json)) {
        throw new ModelError(`conflicting definitions of ${shape.id} in ${existing.file} and ${shape.file}`, {
          file: shape.file,
          shapeId: shape.id,
          jsonPath: shapePath(shape.id),
        });
      }
    }
    for (const apply of doc.applies) applies.push(apply);
    for (const key in doc.metadata) {
      const value = doc.metadata[key];
      if (!Object.prototype.hasOwnProperty.call(metadata, key)) {
        metadata[key] = value;
        metadataFiles.set(key, doc.file);
        continue;
      }
      const prior = metadata[key];
      if (Array.isArray(prior) && Array.isArray(value)) {
        metadata[key] = [...prior, ...value];
      } else if (!jsonEqual(prior, value)) {
        throw new ModelError(`conflicting metadata "${key}" in ${metadataFiles.get(key) ?? '?'} and ${doc.file}`, {
          file: doc.file,
          jsonPath: pathKey('$.metadata', key),
        });
      }
    }
  }
  return { shapes, applies, metadata };
}
