/**
 * Checks every shape reference of the merged definitions: member targets, mixins,
 * operation input/output/errors, resource and service bindings (Smithy 2.0
 * "Shape ID" resolution, "Mixins", "Service closure" binding rules).
 * @packageDocumentation
 */
import type { ShapeId, ShapeType } from '../ir.js';
import { ModelError } from '../errors.js';
import { LIFECYCLE } from '../load/raw.js';
import type { RawRef, RawShape } from '../load/raw.js';

const NOT_MEMBER_TARGETS: ReadonlySet<ShapeType> = new Set(['operation', 'resource', 'service']);

/**
 * @param shapes every merged shape definition (prelude included)
 * @throws ModelError (file, shape id, JSON path of the reference) when a reference does not
 *   exist or points at the wrong kind of shape (e.g. a service operation that is a structure,
 *   a member targeting an operation or a mixin, a mixin without `@mixin` or of another type)
 */
export function checkReferences(shapes: ReadonlyMap<ShapeId, RawShape>): void {
  for (const shape of shapes.values()) {
    const resolve = (ref: RawRef, what: string, kinds?: readonly ShapeType[]): RawShape => {
      const target = shapes.get(ref.target);
      if (target === undefined) fail(shape, ref, `${what} ${ref.target} does not exist`);
      if (kinds !== undefined && !kinds.includes(target.type)) {
        fail(shape, ref, `${what} ${ref.target} must be ${kinds.join(' or ')}, but it is ${target.type}`);
      }
      return target;
    };
    for (const ref of shape.mixins) {
      // Worded as Smithy words these errors.
      const found = shapes.get(ref.target);
      if (found === undefined) fail(shape, ref, `Cannot apply mixin to ${shape.id}: ${ref.target} not found`);
      if (found.type !== shape.type) {
        fail(
          shape,
          ref,
          `Mixins may only be mixed into shapes of the same type. The following mixins were applied to the ${shape.type} shape \`${shape.id}\` which are not ${shape.type} shapes: [\`${ref.target}\`]`,
        );
      }
      const mixin = found;
      if (mixin.traits['smithy.api#mixin'] === undefined) fail(shape, ref, `mixin ${ref.target} has no smithy.api#mixin trait`);
    }
    for (const member of shape.members) {
      const target = resolve(member, `member ${member.name} target`);
      if (NOT_MEMBER_TARGETS.has(target.type)) {
        fail(shape, member, `member ${member.name} cannot target ${target.type} ${target.id}`);
      }
      if (target.traits['smithy.api#mixin'] !== undefined) {
        fail(shape, member, `member ${member.name} cannot target mixin ${target.id}`);
      }
    }
    if (shape.input !== undefined) resolve(shape.input, 'operation input', ['structure']);
    if (shape.output !== undefined) resolve(shape.output, 'operation output', ['structure']);
    for (const ref of shape.errors) resolve(ref, 'error', ['structure']);
    for (const [name, ref] of Object.entries(shape.identifiers)) resolve(ref, `identifier ${name}`);
    for (const [name, ref] of Object.entries(shape.properties)) resolve(ref, `property ${name}`);
    for (const name of LIFECYCLE) {
      const ref = shape.lifecycle[name];
      if (ref !== undefined) resolve(ref, `${name} operation`, ['operation']);
    }
    for (const ref of shape.operations) resolve(ref, 'operation', ['operation']);
    for (const ref of shape.collectionOperations) resolve(ref, 'collection operation', ['operation']);
    for (const ref of shape.resources) resolve(ref, 'resource', ['resource']);
  }
}

function fail(shape: RawShape, ref: RawRef, detail: string): never {
  throw new ModelError(detail, { file: shape.file, shapeId: shape.id, jsonPath: ref.path });
}
