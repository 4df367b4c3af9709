/**
 * Smithy 1.0 boxing → 2.0 defaults (Smithy 2.0 "Default value trait",
 * IDL 1.0 → 2.0 migration): in a 1.0 document, a structure member targeting a
 * prelude `Primitive*` shape, or a 1.0 byte/short/integer/long/float/double/boolean
 * shape without `@box`, gets `@default` 0 / false unless the member has `@box`.
 * `@box` is then dropped everywhere.
 *
 * A boxed 1.0 member targeting a prelude `Primitive*` shape (which carries
 * `@default` in the 2.0 prelude) gets `@default(null)`: the 2.0 way to say "no
 * default" on a member; {@link memberTraits} honours it.
 * @packageDocumentation
 */
import type { ShapeId, ShapeType } from '../ir.js';
import type { RawShape } from '../load/raw.js';
import { PRIMITIVE_DEFAULTS } from '../prelude.js';

const BOX = 'smithy.api#box';
const DEFAULT = 'smithy.api#default';
const NUMERIC: ReadonlySet<ShapeType> = new Set(['byte', 'short', 'integer', 'long', 'float', 'double']);

/**
 * Rewrites member traits in place.
 * @param shapes every merged shape definition
 */
export function normaliseBoxing(shapes: ReadonlyMap<ShapeId, RawShape>): void {
  for (const shape of shapes.values()) {
    for (const member of shape.members) {
      const boxed = member.traits[BOX] !== undefined;
      if (shape.version === '1.0' && shape.type === 'structure' && member.traits[DEFAULT] === undefined) {
        const value = primitiveDefault(shapes.get(member.target));
        if (value !== undefined && !boxed) member.traits = { ...member.traits, [DEFAULT]: value };
        else if (boxed && PRIMITIVE_DEFAULTS.has(member.target)) member.traits = { ...member.traits, [DEFAULT]: null };
      }
      if (boxed) member.traits = withoutBox(member.traits);
    }
  }
  // Second pass: targets' @box was needed above.
  for (const shape of shapes.values()) {
    if (shape.traits[BOX] !== undefined) shape.traits = withoutBox(shape.traits);
  }
}

/** The 1.0 implicit default of a target, or undefined when it is boxed / not a primitive. */
function primitiveDefault(target: RawShape | undefined): number | boolean | undefined {
  if (target === undefined) return undefined;
  const prelude = PRIMITIVE_DEFAULTS.get(target.id);
  if (prelude !== undefined) return prelude;
  if (target.version !== '1.0' || target.id.startsWith('smithy.api#') || target.traits[BOX] !== undefined) return undefined;
  if (target.type === 'boolean') return false;
  return NUMERIC.has(target.type) ? 0 : undefined;
}

function withoutBox(traits: Record<string, unknown>): Record<string, unknown> {
  const { [BOX]: _box, ...rest } = traits;
  return rest;
}
