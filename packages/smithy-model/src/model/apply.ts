/**
 * `apply` blocks (Smithy 2.0 "Applying traits"): traits added to a shape or a
 * member from outside its definition. Trait conflict rules ("Trait conflict
 * resolution"): equal values are fine, two array values are concatenated, any
 * other difference is an error.
 * @packageDocumentation
 */
import type { Model, ShapeId } from '../ir.js';
import { ModelError, pathKey } from '../errors.js';
import type { MutableTraits, RawApply } from '../load/raw.js';
import { jsonEqual } from './equal.js';
import { membersOf } from '../query.js';

/** Groups `apply` blocks by target id (shape or member), keeping document order. */
export function groupApplies(applies: readonly RawApply[]): Map<ShapeId, RawApply[]> {
  const byTarget = new Map<ShapeId, RawApply[]>();
  for (const apply of applies) {
    const list = byTarget.get(apply.target);
    if (list === undefined) byTarget.set(apply.target, [apply]);
    else list.push(apply);
  }
  return byTarget;
}

/**
 * @param traits the target's traits (not modified)
 * @param applies the `apply` blocks for this target, or undefined
 * @returns `traits` itself when nothing applies, else a new merged map
 * @throws ModelError (file and path of the `apply`) on a conflicting trait value
 */
export function withApplied(traits: MutableTraits, applies: readonly RawApply[] | undefined): MutableTraits {
  if (applies === undefined) return traits;
  const out: MutableTraits = { ...traits };
  for (const apply of applies) {
    for (const id in apply.traits) {
      const value = apply.traits[id];
      if (!Object.prototype.hasOwnProperty.call(out, id) || jsonEqual(out[id], value)) {
        out[id] = value;
      } else if (Array.isArray(out[id]) && Array.isArray(value)) {
        out[id] = [...(out[id] as unknown[]), ...value];
      } else {
        throw new ModelError(`apply: trait ${id} conflicts with the value already on ${apply.target}`, {
          file: apply.file,
          shapeId: apply.target,
          jsonPath: pathKey(`${apply.path}.traits`, id),
        });
      }
    }
  }
  return out;
}

/**
 * Checks that every `apply` target exists in the flattened model (members of mixins included).
 * @throws ModelError naming the file, target id and path of the first dangling `apply`
 */
export function checkApplyTargets(shapes: Model['shapes'], byTarget: ReadonlyMap<ShapeId, readonly RawApply[]>): void {
  for (const [target, applies] of byTarget) {
    const dollar = target.indexOf('$');
    const shape = shapes.get(dollar < 0 ? target : target.slice(0, dollar));
    let found = shape !== undefined;
    if (shape !== undefined && dollar >= 0) {
      const name = target.slice(dollar + 1);
      found = membersOf(shape).some((m) => m.name === name);
    }
    if (!found) {
      const first = applies[0] as RawApply;
      const trait = Object.keys(first.traits)[0] ?? '';
      const name = trait.startsWith('smithy.api#') ? trait.slice('smithy.api#'.length) : trait;
      throw new ModelError(`Trait \`${name}\` applied to unknown shape \`${target}\` (apply target ${target} does not exist)`, {
        file: first.file,
        shapeId: target,
        jsonPath: first.path,
      });
    }
  }
}
