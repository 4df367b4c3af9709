/**
 * Small read helpers over a loaded {@link Model} for emitters.
 * @packageDocumentation
 */
import type { MemberShape, Model, ServiceShape, Shape, ShapeId, Traits } from './ir.js';
import { ModelError } from './errors.js';

const DEFAULT = 'smithy.api#default';

/**
 * @param model a loaded model
 * @param id an absolute shape id (not a member id)
 * @returns the shape
 * @throws ModelError when the model has no shape with that id
 */
export function getShape(model: Model, id: ShapeId): Shape {
  const shape = model.shapes.get(id);
  if (shape === undefined) throw new ModelError(`unknown shape ${id}`, { shapeId: id });
  return shape;
}

/** @returns every service shape of the model, sorted by shape id. */
export function listServices(model: Model): ServiceShape[] {
  const services: ServiceShape[] = [];
  for (const shape of model.shapes.values()) if (shape.type === 'service') services.push(shape);
  return services;
}

/**
 * A member's effective traits (Smithy 2.0 "Member traits"): the target shape's traits
 * overlaid by the member's own, the member winning. A member `@default(null)` (a boxed
 * Smithy 1.0 member, or an explicit 2.0 opt-out) removes the default from the result.
 * @param model a loaded model
 * @param member a member of one of its shapes
 * @returns a new trait map
 * @throws ModelError when the member's target is not in the model
 */
export function memberTraits(model: Model, member: MemberShape): Traits {
  const target = getShape(model, member.target);
  const out: Record<string, unknown> = { ...target.traits, ...member.traits };
  if (out[DEFAULT] === null) delete out[DEFAULT];
  return out;
}

/**
 * @param traits a trait map
 * @param id an absolute trait id (`smithy.api#documentation`)
 * @returns the trait's JSON value as written (annotation traits are `{}`), or undefined when absent
 */
export function traitValue<T = unknown>(traits: Traits, id: string): T | undefined {
  return traits[id] as T | undefined;
}

/** @returns true when the trait map has trait `id` (absolute id). */
export function hasTrait(traits: Traits, id: string): boolean {
  return traits[id] !== undefined;
}

/**
 * @param id a shape or member id (`ns#Name` or `ns#Name$member`)
 * @returns the shape name: the part after `#`, member part stripped (`Name`)
 */
export function shapeName(id: ShapeId): string {
  const hash = id.indexOf('#');
  const dollar = id.indexOf('$', hash + 1);
  return id.slice(hash + 1, dollar < 0 ? undefined : dollar);
}

/**
 * @param shape any shape
 * @returns its members in order (`member` for lists, `key` and `value` for maps; none for others)
 */
export function membersOf(shape: Shape): readonly MemberShape[] {
  switch (shape.type) {
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      return shape.members;
    case 'list':
      return [shape.member];
    case 'map':
      return [shape.key, shape.value];
    default:
      return [];
  }
}
