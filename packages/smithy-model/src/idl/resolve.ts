/**
 * `resolveIdl`: parsed IDL files → JSON AST documents, resolving relative
 * shape ids across every file being loaded (Smithy 2.0 IDL "Relative shape ID
 * resolution": a `use`d shape, else a shape of the current namespace defined in
 * any file, else the prelude, else the current namespace), then elided member
 * targets, then each file's JSON AST.
 * @packageDocumentation
 */
import { codeFrame, lineColumn } from '../errors.js';
import type { ModelDocument } from '../model/build.js';
import { idlError } from './cursor.js';
import { elisionResolver } from './elision.js';
import { emitDocument } from './emit.js';
import type { Offset } from './lexer.js';
import type { IdlDocument, PendingShape } from './pending.js';
import { PRELUDE_NAMES } from './prelude-names.js';
import { ShapeIndex } from './shape-index.js';
import { locateInIdl } from './spots.js';

/**
 * The resolution of relative shape ids in one file.
 * @param doc the file (its namespace and `use` statements)
 * @param index every shape being loaded
 * @returns raw id → absolute id
 */
export function idResolver(doc: IdlDocument, index: ShapeIndex): (raw: string) => string {
  const ns = doc.namespace;
  const cache = new Map<string, string>(); // files name the same few shapes over and over
  return (raw) => {
    if (raw.includes('#')) return raw;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const resolved = resolveRelative(raw);
    cache.set(raw, resolved);
    return resolved;
  };

  function resolveRelative(raw: string): string {
    const dollar = raw.indexOf('$');
    const root = dollar < 0 ? raw : raw.slice(0, dollar);
    const member = dollar < 0 ? '' : raw.slice(dollar);
    const used = doc.uses.get(root);
    if (used !== undefined) return used + member;
    if (ns !== undefined && index.has(`${ns}#${root}`)) return `${ns}#${root}${member}`;
    if (PRELUDE_NAMES.has(root)) return `smithy.api#${root}${member}`;
    return ns === undefined ? raw : `${ns}#${raw}`;
  }
}

/**
 * Resolves parsed IDL files together (and with the JSON AST documents loaded beside them)
 * into JSON AST documents for {@link loadModel}. Each returned document can locate a JSON path
 * in its `.smithy` file, so later loader errors name a line and column.
 * @param idl files from {@link parseIdl} (their pending references are updated in place)
 * @param others JSON AST documents loaded in the same model (shapes they define resolve ids too)
 * @returns one JSON AST document per IDL file, in order
 * @throws ModelError (file, line, column) when an elided member has no target, a `for` binding is
 *   not a resource, traits conflict, a trait is not allowed in the file's version, or mixin rules are broken
 */
export function resolveIdl(idl: readonly IdlDocument[], others: readonly ModelDocument[] = []): ModelDocument[] {
  const index = new ShapeIndex(idl, others);
  const fileOf = new Map<PendingShape, IdlDocument>();
  for (const doc of idl) {
    const resolve = idResolver(doc, index);
    for (const ref of doc.refs) ref.resolved = resolve(ref.raw);
    for (const node of doc.nodeRefs) (node.holder as Record<string, unknown>)[node.key] = resolve(node.raw);
    for (const shape of doc.shapes) {
      fileOf.set(shape, doc);
      for (const member of shape.members) if (member.elided) member.target = undefined;
    }
  }
  const elide = elisionResolver(index, (shape, detail, at, shapeId) => {
    const doc = fileOf.get(shape) as IdlDocument;
    return idlError(doc.file, doc.text, detail, at, shapeId);
  });
  for (const doc of idl) for (const shape of doc.shapes) elide(shape);
  return idl.map((doc) => {
    const json = emitDocument(doc, index, (detail, at, shapeId) => idlError(doc.file, doc.text, detail, at, shapeId));
    return {
      file: doc.file,
      json,
      locate: (jsonPath: string) => withFrame(doc.text, locateInIdl(doc, jsonPath)),
    };
  });
}

function withFrame(text: string, at: Offset | undefined): { line: number; column: number; frame: string } | undefined {
  if (at === undefined) return undefined;
  const { line, column } = lineColumn(text, at);
  return { line, column, frame: codeFrame(text, line, column) };
}
