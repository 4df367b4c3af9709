/**
 * `loadModel`: the whole pipeline from JSON AST documents to a resolved {@link Model}.
 * Stages: parse each document (syntax, traits, 1.0 enum upgrade) → merge with the
 * prelude → check references → 1.0 boxing → flatten mixins and apply traits →
 * check `apply` targets → sort by shape id.
 * @packageDocumentation
 */
import type { Model, Shape, ShapeId } from '../ir.js';
import { ModelError } from '../errors.js';
import { parseDocument } from '../load/document.js';
import type { RawApply, RawDocument, RawShape } from '../load/raw.js';
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
  /**
   * For a document converted from a Smithy IDL file: maps a JSON path of `json` to the line,
   * column (1-based) and code frame in the `.smithy` file, so errors point at the IDL source.
   */
  readonly locate?: (jsonPath: string) => SourceLocation | undefined;
}

/** A place in a source file. */
export interface SourceLocation {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (UTF-16 code units). */
  readonly column: number;
  /** The offending line with a caret, as made by `codeFrame`. */
  readonly frame: string;
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
  return loadModelStages(documents).model;
}

/** What {@link loadModelStages} returns: the model and the unflattened definitions it was built from. */
export interface ModelStages {
  readonly model: Model;
  /** Every definition after merging and 1.0 boxing normalisation, before mixins are flattened. */
  readonly definitions: ReadonlyMap<ShapeId, RawShape>;
  /** `apply` blocks by target id. */
  readonly applies: ReadonlyMap<ShapeId, readonly RawApply[]>;
}

/**
 * {@link loadModel}, also returning the unflattened definitions (for printing the model as a JSON AST).
 * @throws ModelError as {@link loadModel}
 */
export function loadModelStages(documents: ReadonlyArray<ModelDocument>): ModelStages {
  try {
    return loadDocuments(documents);
  } catch (e) {
    throw e instanceof ModelError ? located(e, documents) : e;
  }
}

/** The error with the line, column and code frame of its JSON path when its document can locate it. */
function located(error: ModelError, documents: ReadonlyArray<ModelDocument>): ModelError {
  if (error.line !== undefined || error.jsonPath === undefined) return error;
  const doc = documents.find((d) => d.file === error.file && d.locate !== undefined);
  const at = doc?.locate?.(error.jsonPath);
  if (at === undefined) return error;
  // The JSON path points into the AST converted from the IDL file: the line and column replace it.
  return new ModelError(error.detail, {
    file: error.file,
    shapeId: error.shapeId,
    line: at.line,
    column: at.column,
    frame: at.frame,
  });
}

function loadDocuments(documents: ReadonlyArray<ModelDocument>): ModelStages {
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
  return { model: { smithy: '2.0', metadata: merged.metadata, shapes }, definitions: merged.shapes, applies };
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
