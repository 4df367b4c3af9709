/**
 * `toJsonAst`: the merged model as one Smithy JSON AST 2.0 document, as
 * `smithy ast` prints it (Smithy 2.0 "JSON AST"): the model's own shapes
 * (prelude excluded) sorted by id, mixins not flattened, `apply` statements
 * folded into the shapes they target, trait ids absolute and sorted, shape id
 * lists (operations, resources, errors) deduplicated and sorted, operation input/output always
 * written (`smithy.api#Unit` when absent), metadata keys sorted.
 * Members inherited from a mixin appear only through the traits the shape adds
 * to them, as `"type": "apply"` entries (as Smithy's serializer does).
 * @packageDocumentation
 */
import { ExactNumber } from '../exact-number.js';
import type { Shape, ShapeId } from '../ir.js';
import type { MutableTraits, RawApply, RawRef, RawShape } from '../load/raw.js';
import { LIFECYCLE } from '../load/raw.js';
import { withApplied } from '../model/apply.js';
import { loadModelStages, type ModelDocument } from '../model/build.js';
import { PRELUDE_NAMESPACE } from '../prelude.js';
import { membersOf } from '../query.js';

type Json = Record<string, unknown>;

/** A Smithy JSON AST document. */
export interface JsonAstDocument {
  readonly smithy: '2.0';
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** Shape id → definition (or `"type": "apply"` entry), sorted by id. */
  readonly shapes: Readonly<Record<string, unknown>>;
}

const NAMED_MEMBERS: ReadonlySet<string> = new Set(['structure', 'union', 'enum', 'intEnum']);
const ENUM_VALUE = 'smithy.api#enumValue';
const UNIT = 'smithy.api#Unit';

/**
 * @param documents JSON AST documents (IDL files converted by `documentsFromSources` / `readModelDocuments`)
 * @returns the model as one JSON AST 2.0 document (1.0 input normalised to 2.0: sets are lists with
 *   `@uniqueItems`, boxing expressed with `@default`)
 * @throws ModelError as `loadModel` does (the model is fully loaded and checked first)
 */
export function toJsonAst(documents: readonly ModelDocument[]): JsonAstDocument {
  const { model, definitions, applies } = loadModelStages(documents);
  const out: Json = {};
  const ids = [...definitions.keys()].filter((id) => !id.startsWith(`${PRELUDE_NAMESPACE}#`)).sort(compare);
  for (const id of ids) {
    const def = definitions.get(id) as RawShape;
    const mixins = def.mixins.map((ref) => model.shapes.get(ref.target) as Shape);
    emitShape(def, mixins, applies, out);
  }
  const sorted: Json = {};
  for (const id of Object.keys(out).sort(compare)) sorted[id] = out[id];
  const metadata = Object.keys(model.metadata).length > 0 ? (sortKeysDeep(model.metadata) as Json) : undefined;
  return { smithy: '2.0', ...(metadata !== undefined ? { metadata } : {}), shapes: sorted };
}

function emitShape(def: RawShape, mixins: readonly Shape[], applies: ReadonlyMap<ShapeId, readonly RawApply[]>, out: Json): void {
  const { id } = def;
  const json: Json = { type: def.type };
  if (def.mixins.length > 0) json.mixins = refs(def.mixins, false);
  const inherited = new Set(mixins.flatMap((m) => membersOf(m).map((member) => member.name)));
  const members: Json = {};
  for (const m of def.members) {
    let traits = withApplied(m.traits, applies.get(`${id}$${m.name}`));
    if (inherited.has(m.name)) {
      applyEntry(out, `${id}$${m.name}`, traits);
      continue;
    }
    if (def.type === 'enum' && traits[ENUM_VALUE] === undefined) traits = { ...traits, [ENUM_VALUE]: m.name };
    const member: Json = { target: m.target };
    if (Object.keys(traits).length > 0) member.traits = sortKeys(traits);
    if (NAMED_MEMBERS.has(def.type)) define(members, m.name, member);
    else json[m.name] = member;
  }
  for (const name of inherited) {
    if (def.members.some((m) => m.name === name)) continue;
    applyEntry(out, `${id}$${name}`, withApplied({}, applies.get(`${id}$${name}`)));
  }
  if (NAMED_MEMBERS.has(def.type)) json.members = members;
  if (def.type === 'operation') {
    json.input = { target: def.input?.target ?? UNIT };
    json.output = { target: def.output?.target ?? UNIT };
  }
  if (def.type === 'resource') emitResource(def, json);
  if (def.type === 'service') {
    if (def.serviceVersion !== undefined) json.version = def.serviceVersion;
    if (Object.keys(def.rename).length > 0) json.rename = sortKeys(def.rename);
  }
  if (def.operations.length > 0) json.operations = refs(def.operations, true);
  if (def.resources.length > 0) json.resources = refs(def.resources, true);
  if (def.errors.length > 0) json.errors = refs(def.errors, true);
  const traits = withApplied(def.traits, applies.get(id));
  if (Object.keys(traits).length > 0) json.traits = sortKeys(traits);
  out[id] = json;
}

function emitResource(def: RawShape, json: Json): void {
  const refMap = (map: Readonly<Record<string, RawRef>>): Json => {
    const result: Json = {};
    for (const [name, ref] of Object.entries(map)) define(result, name, { target: ref.target });
    return result;
  };
  if (Object.keys(def.identifiers).length > 0) json.identifiers = refMap(def.identifiers);
  if (Object.keys(def.properties).length > 0) json.properties = refMap(def.properties);
  for (const name of LIFECYCLE) {
    const ref = def.lifecycle[name];
    if (ref !== undefined) json[name] = { target: ref.target };
  }
  if (def.collectionOperations.length > 0) json.collectionOperations = refs(def.collectionOperations, true);
}

/** Traits a shape adds to a member it inherits: an `apply` entry (nothing when there are none). */
function applyEntry(out: Json, memberId: string, traits: MutableTraits): void {
  if (Object.keys(traits).length > 0) out[memberId] = { type: 'apply', traits: sortKeys(traits) };
}

/** Mixins keep their order; operations, resources and errors are sets in Smithy: deduplicated and sorted as Smithy sorts shape ids. */
function refs(list: readonly RawRef[], asSet: boolean): Json[] {
  let targets = list.map((r) => r.target);
  if (asSet) targets = [...new Set(targets)].sort(compareIdsIgnoringCase);
  return targets.map((target) => ({ target }));
}

/** Smithy's shape id order: case-insensitive, then case-sensitive. */
function compareIdsIgnoringCase(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : compare(a, b);
}

function define(obj: Json, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function sortKeys(obj: Readonly<Record<string, unknown>>): Json {
  const out: Json = {};
  for (const key of Object.keys(obj).sort(compare)) define(out, key, obj[key]);
  return out;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null || value instanceof ExactNumber) return value;
  const out: Json = {};
  const obj = value as Json;
  for (const key of Object.keys(obj).sort(compare)) define(out, key, sortKeysDeep(obj[key]));
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
