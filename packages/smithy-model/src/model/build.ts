/**
 * `loadModel`: the whole pipeline from JSON AST documents to a resolved {@link Model}.
 * Stages: parse each document (syntax, traits, 1.0 enum upgrade) → merge with the
 * prelude → check references → 1.0 boxing → flatten mixins and apply traits →
 * check `apply` targets → sort by shape id.
 * @packageDocumentation
 */
import type { Model, Shape, ShapeId } from '../ir.js';
import { parseDocument } from '../load/document.js';
import type { RawDocument } from '../load/raw.js';
import { preludeDocument } from '../prelude.js';
import { checkApplyTargets, groupApplies } from './apply.js';
import { normaliseBoxing } from './boxing.js';
import { flattenShapes } from './flatten.js';
import { mergeDocuments } from './merge.js';
import { checkReferences } from './references.js';
import { checkHttpLabels } from './http-bindings.js';

/** One input document: its name (for errors) and its parsed JSON value. */
export interface ModelDocument {
  readonly file: string;
  readonly json: unknown;
}

/**
 * Loads and merges Smithy JSON AST documents (Smithy 1.0 or 2.0) into one resolved model.
 * @param documents documents in load order; identical duplicate shape definitions across
 *   documents are accepted
 * @returns the model: prelude included, every shape type in 2.0 form, shapes sorted by id
 * @throws ModelError (with file, shape id and JSON path when known) on an invalid document,
 *   unsupported version, unknown shape type, dangling reference, conflicting definitions or
 *   metadata, malformed trait value, mixin cycle, dangling `apply`, or `@http` URI labels
 *   that do not match the input's `@httpLabel` members
 */
export function loadModel(documents: ReadonlyArray<ModelDocument>): Model {
  const parsed: RawDocument[] = [parsePrelude()];
  for (const doc of documents) parsed.push(parseDocument(doc.file, doc.json));
  const merged = mergeDocuments(parsed);
  checkReferences(merged.shapes);
  normaliseBoxing(merged.shapes);
  const applies = groupApplies(merged.applies);
  const flat = flattenShapes(merged.shapes, applies);
  const ids = [...flat.keys()].sort(compareIds);
  const shapes = new Map<ShapeId, Shape>();
  for (const id of ids) shapes.set(id, flat.get(id) as Shape);
  checkApplyTargets(shapes, applies);
  checkHttpLabels(shapes, (id) => merged.shapes.get(id)?.file);
  return { smithy: '2.0', metadata: merged.metadata, shapes };
}

/** Code-unit order (locale independent, deterministic). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let prelude: RawDocument | undefined;

/** The parsed prelude, parsed once: no later stage mutates prelude definitions (no `@box`, no 1.0 members). */
function parsePrelude(): RawDocument {
  if (prelude === undefined) {
    const { file, json } = preludeDocument();
    prelude = parseDocument(file, json);
  }
  return prelude;
}
