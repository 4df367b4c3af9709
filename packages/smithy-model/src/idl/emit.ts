/**
 * A resolved IDL file → its Smithy JSON AST document (Smithy 2.0 "JSON AST"),
 * `"smithy"` being the file's IDL version so 1.0 files get the JSON loader's
 * 1.0 handling (`set`, boxing). `apply` statements aimed at shapes (or their own
 * members) defined in the same file are merged into those definitions; the
 * others become `"type": "apply"` entries. Metadata statements of the file merge
 * as Smithy merges metadata.
 * @packageDocumentation
 */
import { jsonEqual } from '../model/equal.js';
import type { Fail } from './trait-values.js';
import { TraitMaps } from './trait-values.js';
import { hasOwn, put } from './node-values.js';
import type { IdlDocument, PendingMember, PendingRef, PendingShape } from './pending.js';
import type { ShapeIndex } from './shape-index.js';

type Json = Record<string, unknown>;

const NAMED_MEMBERS: ReadonlySet<string> = new Set(['structure', 'union', 'enum', 'intEnum']);

/**
 * @param doc a parsed file whose references are resolved and elided members set
 * @param index every shape being loaded
 * @param fail error factory for this file
 * @returns the JSON AST document
 * @throws ModelError on conflicting traits or metadata, forbidden traits, or mixin rules broken
 */
export function emitDocument(doc: IdlDocument, index: ShapeIndex, fail: Fail): Json {
  const traits = new TraitMaps(doc.version, index, fail);
  const shapes: Json = {};
  const byId = new Map<string, PendingShape>();
  for (const shape of doc.shapes) {
    const json = emitShape(shape, traits, fail);
    if (byId.has(shape.id)) {
      // Smithy ignores a definition identical to an earlier one, and rejects a different one.
      if (!jsonEqual(shapes[shape.id], json)) throw fail(`Conflicting shape definition for \`${shape.id}\``, shape.at, shape.id);
      continue;
    }
    byId.set(shape.id, shape);
    shapes[shape.id] = json;
  }
  for (const apply of doc.applies) {
    const target = apply.target.resolved;
    const dollar = target.indexOf('$');
    const root = dollar < 0 ? target : target.slice(0, dollar);
    if (root.startsWith('smithy.api#') && doc.namespace !== 'smithy.api') {
      const first = apply.traits[0]?.name.resolved ?? 'traits';
      throw fail(`Cannot apply \`${first}\` to an immutable prelude shape defined in \`smithy.api\`.`, apply.target.at, target);
    }
    const local = byId.get(root);
    const json = local === undefined ? undefined : (shapes[root] as Json);
    let into: Json | undefined;
    if (json !== undefined && dollar < 0) into = traitsOf(json);
    else if (json !== undefined && local?.members.some((m) => m.name === target.slice(dollar + 1))) into = traitsOf(memberJson(json, target.slice(dollar + 1)));
    else {
      const entry = (shapes[target] as Json | undefined) ?? { type: 'apply', traits: {} };
      shapes[target] = entry;
      into = entry.traits as Json;
    }
    traits.add(target, apply.traits, into);
  }
  const json: Json = { smithy: doc.version };
  const metadata = mergeMetadata(doc, fail);
  if (metadata !== undefined) json.metadata = metadata;
  json.shapes = shapes;
  return json;
}

function traitsOf(json: Json): Json {
  if (json.traits === undefined) json.traits = {};
  return json.traits as Json;
}

function memberJson(shape: Json, name: string): Json {
  if (shape.members !== undefined) return (shape.members as Json)[name] as Json;
  return shape[name] as Json;
}

const target = (ref: PendingRef): Json => ({ target: ref.resolved });

function refs(list: readonly PendingRef[]): Json[] {
  return list.map(target);
}

function refMap(entries: ReadonlyArray<[string, PendingRef]>): Json {
  const out: Json = {};
  for (const [name, ref] of entries) put(out, name, target(ref));
  return out;
}

function emitShape(shape: PendingShape, traits: TraitMaps, fail: Fail): Json {
  const { id } = shape;
  const json: Json = { type: shape.type };
  if (shape.mixins.length > 0) json.mixins = refs(shape.mixins);
  if (NAMED_MEMBERS.has(shape.type)) {
    const members: Json = {};
    for (const m of shape.members) put(members, m.name, emitMember(id, m, traits, fail));
    json.members = members;
  } else {
    for (const m of shape.members) json[m.name] = emitMember(id, m, traits, fail);
  }
  if (shape.input !== undefined) json.input = target(shape.input);
  if (shape.output !== undefined) json.output = target(shape.output);
  if (shape.type === 'resource') {
    if (shape.identifiers.length > 0) json.identifiers = refMap(shape.identifiers);
    if (shape.properties !== undefined) json.properties = refMap(shape.properties);
    for (const [name, ref] of shape.lifecycle) json[name] = target(ref);
  }
  if (shape.version !== undefined) json.version = shape.version;
  for (const key of ['operations', 'collectionOperations', 'resources', 'errors'] as const) {
    if (shape[key].length > 0) json[key] = refs(shape[key]);
  }
  if (shape.rename.length > 0) {
    const rename: Json = {};
    for (const [from, to] of shape.rename) put(rename, from, to);
    json.rename = rename;
  }
  const own: Json = {};
  traits.add(id, shape.traits, own);
  if (Object.keys(own).length > 0) json.traits = own;
  checkMixinShape(shape, own, fail);
  return json;
}

function emitMember(shapeId: string, m: PendingMember, traits: TraitMaps, fail: Fail): Json {
  const memberId = `${shapeId}$${m.name}`;
  if (m.target === undefined) throw fail('Member target was elided, but it could not be resolved', m.at, memberId);
  const json: Json = { target: m.target.resolved };
  if (m.traits.length > 0) {
    const own: Json = {};
    traits.add(memberId, m.traits, own);
    json.traits = own;
  }
  return json;
}

/** Smithy 2.0 "Mixins": an operation mixin has no input/output, a resource mixin binds nothing (identifiers, properties, lifecycle, operations, resources). */
function checkMixinShape(shape: PendingShape, traits: Json, fail: Fail): void {
  if (!hasOwn(traits, 'smithy.api#mixin')) return;
  if (shape.type === 'operation' && (shape.input !== undefined || shape.output !== undefined)) {
    throw fail(
      `Operation shapes with the mixin trait MUST target \`smithy.api#Unit\` for their input and output. Operation mixin shape \`${shape.id}\` defines one or both of these properties.`,
      shape.at,
      shape.id,
    );
  }
  const bindsAnything =
    shape.identifiers.length > 0 || shape.lifecycle.length > 0 || (shape.properties?.length ?? 0) > 0 || shape.operations.length > 0 || shape.resources.length > 0;
  if (shape.type === 'resource' && bindsAnything) {
    throw fail(
      `Resource shapes with the mixin trait may not define any properties. Resource mixin shape \`${shape.id}\` defines one or more properties.`,
      shape.at,
      shape.id,
    );
  }
}

/** The file's metadata: a key set twice concatenates arrays, accepts equal values, and rejects anything else. */
function mergeMetadata(doc: IdlDocument, fail: Fail): Json | undefined {
  if (doc.metadata.length === 0) return undefined;
  const out: Json = {};
  for (const { key, value, at } of doc.metadata) {
    if (!hasOwn(out, key)) put(out, key, value);
    else if (Array.isArray(out[key]) && Array.isArray(value)) put(out, key, [...(out[key] as unknown[]), ...value]);
    else if (!jsonEqual(out[key], value)) throw fail(`Metadata conflict for key \`${key}\``, at);
  }
  return out;
}
