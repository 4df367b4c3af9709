/**
 * Parses one JSON AST shape definition into a {@link RawShape} or {@link RawApply},
 * checking its syntax (Smithy 2.0 "JSON AST": "AST shapes", "AST members",
 * "AST shape references", "Service/Resource/Operation shapes", "apply").
 * @packageDocumentation
 */
import type { ShapeId, ShapeType } from '../ir.js';
import { ModelError, pathKey, shapePath } from '../errors.js';
import { isObjectNode } from '../exact-number.js';
import { LIFECYCLE } from './raw.js';
import type { Lifecycle, RawApply, RawMember, RawRef, RawShape, SmithyVersion } from './raw.js';
import { readTraits } from './traits.js';

const SHAPE_TYPES: ReadonlySet<string> = new Set([
  'blob', 'boolean', 'string', 'byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger',
  'bigDecimal', 'timestamp', 'document', 'enum', 'intEnum', 'list', 'set', 'map', 'structure', 'union',
  'operation', 'resource', 'service',
]);
const NAMED_MEMBERS: ReadonlySet<string> = new Set(['structure', 'union', 'enum', 'intEnum']);

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;
const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when `id` is a syntactically valid absolute shape id (member ids `ns#A$b` included). */
export function isShapeId(id: string): boolean {
  return SHAPE_ID.test(id);
}

/** True when `name` is a valid member name (Smithy identifier). */
export function isMemberName(name: string): boolean {
  return MEMBER_NAME.test(name);
}

/** `base.name` for valid member names (the common case, no regex), `base["name"]` otherwise. */
function memberPath(base: string, name: string): string {
  return MEMBER_NAME.test(name) ? `${base}.${name}` : pathKey(base, name);
}

/** Per-document context. */
export interface ShapeContext {
  readonly file: string;
  readonly version: SmithyVersion;
}

const EMPTY: readonly never[] = [];
const EMPTY_RECORD: Readonly<Record<string, never>> = {};

/** Mutable cursor over one shape while parsing, so helpers can raise precise errors. */
class Reader {
  constructor(
    readonly id: ShapeId,
    readonly ctx: ShapeContext,
  ) {}

  fail(detail: string, path: string): never {
    throw new ModelError(detail, { file: this.ctx.file, shapeId: this.id, jsonPath: path });
  }

  object(value: unknown, path: string, what: string): Record<string, unknown> {
    if (!isObjectNode(value)) this.fail(`${what} must be an object`, path);
    return value as Record<string, unknown>;
  }

  target(value: unknown, path: string): ShapeId {
    if (typeof value !== 'string') this.fail('"target" must be a shape id string', path);
    if (!value.includes('#')) {
      // The JSON AST requires absolute ids; accept prelude names written relatively.
      if (MEMBER_NAME.test(value)) return `smithy.api#${value}`;
      this.fail(`"${value}" is not an absolute shape id`, path);
    }
    if (!SHAPE_ID.test(value) || value.includes('$')) this.fail(`"${value}" is not a valid shape id`, path);
    return value;
  }

  ref(value: unknown, path: string): RawRef {
    const obj = this.object(value, path, 'a shape reference');
    const targetPath = `${path}.target`;
    return { target: this.target(obj.target, targetPath), path: targetPath };
  }

  optionalRef(value: unknown, path: string): RawRef | undefined {
    return value === undefined ? undefined : this.ref(value, path);
  }

  refs(value: unknown, path: string): readonly RawRef[] {
    if (value === undefined) return EMPTY;
    if (!Array.isArray(value)) this.fail('must be an array of shape references', path);
    return value.map((v, i) => this.ref(v, `${path}[${i}]`));
  }

  refMap(value: unknown, path: string): Readonly<Record<string, RawRef>> {
    if (value === undefined) return EMPTY_RECORD;
    const obj = this.object(value, path, 'a map of shape references');
    const out: Record<string, RawRef> = {};
    for (const key in obj) out[key] = this.ref(obj[key], pathKey(path, key));
    return out;
  }

  member(name: string, value: unknown, path: string): RawMember {
    if (!MEMBER_NAME.test(name)) this.fail(`"${name}" is not a valid member name`, path);
    const obj = this.object(value, path, 'a member');
    const targetPath = `${path}.target`;
    const target = this.target(obj.target, targetPath);
    const traits = readTraits(obj.traits, `${path}.traits`, { file: this.ctx.file, shapeId: `${this.id}$${name}` });
    return { name, target, path: targetPath, traits };
  }
}

/**
 * Parses one entry of a document's `shapes`.
 * @param id the entry's key (an absolute shape id)
 * @param json the entry's value
 * @returns a shape, or an `apply` block
 * @throws ModelError on an invalid id, unknown type or malformed property
 */
export function parseShape(id: string, json: unknown, ctx: ShapeContext): RawShape | RawApply {
  // Valid ids need no escaping; JSON.stringify only for odd ones (error paths).
  const path = SHAPE_ID.test(id) ? `$.shapes["${id}"]` : shapePath(id);
  const r = new Reader(id, ctx);
  const obj = r.object(json, path, 'a shape definition');
  const type = obj.type;
  if (type === 'apply') {
    if (!SHAPE_ID.test(id)) r.fail(`"${id}" is not a valid shape id`, path);
    const traits = readTraits(obj.traits, `${path}.traits`, { file: ctx.file, shapeId: id });
    return { target: id, traits, file: ctx.file, path };
  }
  if (!SHAPE_ID.test(id) || id.includes('$')) r.fail(`"${id}" is not a valid shape id`, path);
  if (typeof type !== 'string' || !SHAPE_TYPES.has(type)) {
    r.fail(`unknown shape type ${JSON.stringify(type)}`, `${path}.type`);
  }
  let traits = readTraits(obj.traits, `${path}.traits`, { file: ctx.file, shapeId: id });
  let shapeType = type as ShapeType;
  if (type === 'set') {
    // Smithy 2.0 "set" (deprecated): a list with @uniqueItems.
    shapeType = 'list';
    if (traits['smithy.api#uniqueItems'] === undefined) traits = { ...traits, 'smithy.api#uniqueItems': {} };
  }
  const members: RawMember[] = [];
  if (NAMED_MEMBERS.has(shapeType)) {
    if (obj.members !== undefined) {
      const mobj = r.object(obj.members, `${path}.members`, '"members"');
      for (const name in mobj) members.push(r.member(name, mobj[name], memberPath(`${path}.members`, name)));
    }
  } else if (shapeType === 'list') {
    if (obj.member !== undefined) members.push(r.member('member', obj.member, `${path}.member`));
  } else if (type === 'map') {
    if (obj.key !== undefined) members.push(r.member('key', obj.key, `${path}.key`));
    if (obj.value !== undefined) members.push(r.member('value', obj.value, `${path}.value`));
  }
  if (type === 'enum' || type === 'intEnum') checkEnumValues(r, type, members, obj.mixins !== undefined);
  let lifecycle: Partial<Record<Lifecycle, RawRef>> = EMPTY_RECORD;
  if (type === 'resource' && ctx.version === '1.0' && obj.properties !== undefined) {
    r.fail('Resource properties can only be used with Smithy version 2 or later. Attempted to use resource properties with version `1.0`.', `${path}.properties`);
  }
  if (type === 'resource') {
    lifecycle = {};
    for (const name of LIFECYCLE) {
      const ref = r.optionalRef(obj[name], `${path}.${name}`);
      if (ref !== undefined) lifecycle[name] = ref;
    }
  }
  let serviceVersion: string | undefined;
  let rename: Readonly<Record<string, string>> = EMPTY_RECORD;
  if (type === 'service') {
    if (obj.version !== undefined && typeof obj.version !== 'string') r.fail('"version" must be a string', `${path}.version`);
    serviceVersion = obj.version as string | undefined;
    if (obj.rename !== undefined) {
      const robj = r.object(obj.rename, `${path}.rename`, '"rename"');
      for (const key in robj) {
        if (typeof robj[key] !== 'string') r.fail('rename values must be strings', pathKey(`${path}.rename`, key));
      }
      rename = robj as Record<string, string>;
    }
  }
  const isOp = type === 'operation';
  const isResource = type === 'resource';
  const isService = type === 'service';
  // One object literal with every field, so all RawShapes share one hidden class.
  return {
    id,
    type: shapeType,
    file: ctx.file,
    version: ctx.version,
    json,
    traits,
    mixins: r.refs(obj.mixins, `${path}.mixins`),
    members,
    input: isOp ? r.optionalRef(obj.input, `${path}.input`) : undefined,
    output: isOp ? r.optionalRef(obj.output, `${path}.output`) : undefined,
    errors: isOp || isService ? r.refs(obj.errors, `${path}.errors`) : EMPTY,
    identifiers: isResource ? r.refMap(obj.identifiers, `${path}.identifiers`) : EMPTY_RECORD,
    properties: isResource ? r.refMap(obj.properties, `${path}.properties`) : EMPTY_RECORD,
    lifecycle,
    operations: isResource || isService ? r.refs(obj.operations, `${path}.operations`) : EMPTY,
    collectionOperations: isResource ? r.refs(obj.collectionOperations, `${path}.collectionOperations`) : EMPTY,
    resources: isResource || isService ? r.refs(obj.resources, `${path}.resources`) : EMPTY,
    serviceVersion,
    rename,
  };
}

/**
 * `@enumValue` must be a string on `enum` members and an integer (required) on `intEnum` members.
 * With mixins, an `intEnum` member may redefine an inherited one and take its value from the mixin;
 * the flattened shape is checked again.
 */
function checkEnumValues(r: Reader, type: 'enum' | 'intEnum', members: readonly RawMember[], hasMixins: boolean): void {
  for (const m of members) {
    const value = m.traits['smithy.api#enumValue'];
    const tpath = `${m.path.slice(0, -'.target'.length)}.traits["smithy.api#enumValue"]`;
    if (type === 'enum' && value !== undefined && typeof value !== 'string') {
      r.fail(`enum member ${m.name}: trait smithy.api#enumValue must be a string, got ${JSON.stringify(value)}`, tpath);
    }
    if (type === 'intEnum' && !Number.isInteger(value) && !(hasMixins && value === undefined)) {
      r.fail(`intEnum member ${m.name}: trait smithy.api#enumValue must be an integer, got ${JSON.stringify(value)}`, tpath);
    }
  }
}
