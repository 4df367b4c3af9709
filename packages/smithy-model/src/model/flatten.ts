/**
 * Turns checked raw definitions into IR shapes: mixins flattened (Smithy 2.0
 * "Mixins"), `apply` traits merged (Smithy 2.0 "Applying traits"), operation
 * defaults filled (`smithy.api#Unit`), enum values defaulted to member names.
 *
 * Mixin rules implemented: a shape gets its mixins' members (mixin order, a
 * mixin's own mixins first, recursively) before its local members; a local
 * member redefining a mixin member keeps the mixin position and target and
 * overrides/adds traits; the shape inherits the mixins' traits except
 * `smithy.api#mixin` and the mixin's `localTraits`, later mixins winning over
 * earlier ones and local traits winning over all. Operation errors, resource
 * bindings and service bindings of mixins are merged in the same order.
 * @packageDocumentation
 */
import type { MemberShape, Shape, ShapeId } from '../ir.js';
import { ModelError, shapePath } from '../errors.js';
import { LIFECYCLE } from '../load/raw.js';
import type { MutableTraits, RawApply, RawRef, RawShape } from '../load/raw.js';
import { membersOf } from '../query.js';
import { withApplied } from './apply.js';

const MIXIN = 'smithy.api#mixin';
const ENUM_VALUE = 'smithy.api#enumValue';
const UNIT = 'smithy.api#Unit';

type MutableMember = { -readonly [K in keyof MemberShape]: MemberShape[K] };

/**
 * @param raw checked definitions (references already verified)
 * @param applies `apply` blocks grouped by target id
 * @returns the IR shapes, unordered
 * @throws ModelError on mixin cycles, a redefined mixin member with another target,
 *   a list without `member`, a map without `key`/`value`, or a conflicting `apply`
 */
export function flattenShapes(
  raw: ReadonlyMap<ShapeId, RawShape>,
  applies: ReadonlyMap<ShapeId, readonly RawApply[]>,
): Map<ShapeId, Shape> {
  const done = new Map<ShapeId, Shape>();
  const visiting = new Set<ShapeId>();

  const resolve = (def: RawShape): Shape => {
    const cached = done.get(def.id);
    if (cached !== undefined) return cached;
    if (visiting.has(def.id)) {
      throw new ModelError(`Unable to resolve mixins; cycles detected between this shape and [${[...visiting].join(', ')}] (mixin cycle through ${def.id})`, { file: def.file, shapeId: def.id, jsonPath: `${shapePath(def.id)}.mixins` });
    }
    visiting.add(def.id);
    const mixins = def.mixins.map((ref) => resolve(raw.get(ref.target) as RawShape));
    const shape = buildShape(def, mixins, applies);
    visiting.delete(def.id);
    done.set(def.id, shape);
    return shape;
  };

  for (const def of raw.values()) resolve(def);
  return done;
}

function buildShape(def: RawShape, mixins: readonly Shape[], applies: ReadonlyMap<ShapeId, readonly RawApply[]>): Shape {
  let traits: MutableTraits = def.traits;
  let members: MutableMember[];
  if (mixins.length === 0) {
    members = def.members.map((m) => ({ name: m.name, id: `${def.id}$${m.name}`, target: m.target, traits: m.traits }));
  } else {
    traits = {};
    const byName = new Map<string, MutableMember>();
    const origin = new Map<string, ShapeId>(); // member name → the mixin member it was inherited from
    for (const mixin of mixins) {
      Object.assign(traits, inheritedTraits(mixin));
      for (const m of membersOf(mixin)) {
        const prior = byName.get(m.name);
        if (prior !== undefined && prior.target !== m.target) {
          // Named as Smithy names it: the later mixin's member when the shape redefines the member, else the shape's own.
          const named = def.members.some((local) => local.name === m.name) ? m.id : prior.id;
          throw new ModelError(
            `Member conflicts with an inherited mixin member: \`${named}\` (mixins define member ${m.name} with different targets ${prior.target} and ${m.target})`,
            { file: def.file, shapeId: `${def.id}$${m.name}`, jsonPath: `${shapePath(def.id)}.mixins` },
          );
        }
        byName.set(m.name, { name: m.name, id: `${def.id}$${m.name}`, target: m.target, traits: { ...prior?.traits, ...m.traits } });
        origin.set(m.name, m.id);
      }
    }
    Object.assign(traits, def.traits);
    for (const m of def.members) {
      const prior = byName.get(m.name);
      if (prior === undefined) {
        byName.set(m.name, { name: m.name, id: `${def.id}$${m.name}`, target: m.target, traits: m.traits });
      } else if (prior.target !== m.target) {
        const inherited = origin.get(m.name) ?? prior.id;
        const detail = `member ${m.name} redefines a mixin member with target ${m.target} instead of ${prior.target}`;
        throw new ModelError(`Member conflicts with an inherited mixin member: \`${inherited}\` (${detail})`, {
          file: def.file,
          shapeId: `${def.id}$${m.name}`,
          jsonPath: m.path,
        });
      } else {
        prior.traits = { ...prior.traits, ...m.traits };
      }
    }
    members = [...byName.values()];
  }
  traits = withApplied(traits, applies.get(def.id));
  for (const m of members) {
    m.traits = withApplied(m.traits as MutableTraits, applies.get(m.id));
    if (def.type === 'enum' && m.traits[ENUM_VALUE] === undefined) m.traits = { ...m.traits, [ENUM_VALUE]: m.name };
    if (def.type === 'intEnum' && !Number.isInteger(m.traits[ENUM_VALUE])) {
      throw new ModelError(`intEnum member ${m.name}: trait smithy.api#enumValue must be an integer, got ${JSON.stringify(m.traits[ENUM_VALUE])}`, {
        file: def.file,
        shapeId: m.id,
        jsonPath: shapePath(def.id),
      });
    }
  }
  return assemble(def, traits, members, mixins);
}

/** A mixin's traits as inherited: without `@mixin` and without its `localTraits`. */
function inheritedTraits(mixin: Shape): MutableTraits {
  const { [MIXIN]: mixinTrait, ...rest } = mixin.traits as MutableTraits;
  const local = (mixinTrait as { localTraits?: string[] } | undefined)?.localTraits;
  if (local !== undefined) for (const id of local) delete rest[id];
  return rest;
}

function targets(refs: readonly RawRef[]): ShapeId[] {
  return refs.map((r) => r.target);
}

function union(...lists: ReadonlyArray<readonly ShapeId[]>): ShapeId[] {
  return [...new Set(lists.flat())];
}

function assemble(def: RawShape, traits: MutableTraits, members: MemberShape[], mixins: readonly Shape[]): Shape {
  const { id } = def;
  switch (def.type) {
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      return { type: def.type, id, traits, members };
    case 'list': {
      const member = members.find((m) => m.name === 'member');
      if (member === undefined) missing(def, 'member');
      return { type: 'list', id, traits, member };
    }
    case 'map': {
      const key = members.find((m) => m.name === 'key');
      const value = members.find((m) => m.name === 'value');
      if (key === undefined) missing(def, 'key');
      if (value === undefined) missing(def, 'value');
      return { type: 'map', id, traits, key, value };
    }
    case 'operation': {
      const inherited = mixins.flatMap((m) => (m.type === 'operation' ? m.errors : []));
      return {
        type: 'operation', id, traits,
        input: def.input?.target ?? UNIT,
        output: def.output?.target ?? UNIT,
        errors: union(inherited, targets(def.errors)),
      };
    }
    case 'resource':
      return assembleResource(def, traits, mixins);
    case 'service': {
      const ms = mixins.flatMap((m) => (m.type === 'service' ? [m] : []));
      return {
        type: 'service', id, traits,
        version: def.serviceVersion ?? ms.reduce((v, m) => m.version || v, ''),
        operations: union(...ms.map((m) => m.operations), targets(def.operations)),
        resources: union(...ms.map((m) => m.resources), targets(def.resources)),
        errors: union(...ms.map((m) => m.errors), targets(def.errors)),
        rename: Object.assign({}, ...ms.map((m) => m.rename), def.rename) as Record<ShapeId, string>,
      };
    }
    default:
      return { type: def.type, id, traits };
  }
}

function assembleResource(def: RawShape, traits: MutableTraits, mixins: readonly Shape[]): Shape {
  const ms = mixins.flatMap((m) => (m.type === 'resource' ? [m] : []));
  const refMap = (own: Readonly<Record<string, RawRef>>, pick: (m: (typeof ms)[number]) => Readonly<Record<string, ShapeId>>) => {
    const out: Record<string, ShapeId> = Object.assign({}, ...ms.map(pick));
    for (const [name, ref] of Object.entries(own)) out[name] = ref.target;
    return out;
  };
  const shape: Record<string, unknown> = {
    type: 'resource', id: def.id, traits,
    identifiers: refMap(def.identifiers, (m) => m.identifiers),
    properties: refMap(def.properties, (m) => m.properties),
    operations: union(...ms.map((m) => m.operations), targets(def.operations)),
    collectionOperations: union(...ms.map((m) => m.collectionOperations), targets(def.collectionOperations)),
    resources: union(...ms.map((m) => m.resources), targets(def.resources)),
  };
  for (const name of LIFECYCLE) {
    const target = def.lifecycle[name]?.target ?? ms.reduce<ShapeId | undefined>((v, m) => m[name] ?? v, undefined);
    if (target !== undefined) shape[name] = target;
  }
  return shape as unknown as Shape;
}

function missing(def: RawShape, name: string): never {
  throw new ModelError(`${def.type} shape has no "${name}" member`, { file: def.file, shapeId: def.id, jsonPath: shapePath(def.id) });
}
