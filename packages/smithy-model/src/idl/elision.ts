/**
 * Elided member targets (Smithy 2.0 IDL "Target elision"): `$name` takes its
 * target from the resource bound with `for` (identifier, overridden by a
 * property of the same name), else from the first mixin (in order) with a
 * member of that name.
 * @packageDocumentation
 */
import type { ModelError } from '../errors.js';
import type { Offset } from './lexer.js';
import type { PendingShape } from './pending.js';
import type { ShapeIndex } from './shape-index.js';

/** Builds the error for a shape of a given file. */
export type FailAt = (shape: PendingShape, detail: string, at: Offset, shapeId: string) => ModelError;

/**
 * Returns a function that sets every elided member target of a shape (once per shape; shapes
 * whose mixins have elided members are resolved first).
 * @param index every shape being loaded, references already resolved
 * @param failAt error factory (file and code frame of the shape's file)
 */
export function elisionResolver(index: ShapeIndex, failAt: FailAt): (shape: PendingShape) => void {
  const done = new Set<PendingShape>();
  const resolve = (shape: PendingShape): void => {
    if (done.has(shape)) return;
    done.add(shape);
    for (const member of shape.members) {
      if (member.target !== undefined) continue;
      const memberId = `${shape.id}$${member.name}`;
      let target: string | undefined;
      const resource = shape.forResource;
      if (resource !== undefined) {
        const type = index.typeOf(resource.resolved);
        if (type === undefined) {
          throw failAt(shape, `Cannot apply resource to elided member ${memberId}: ${resource.resolved} not found`, resource.at, memberId);
        }
        if (type !== 'resource') {
          throw failAt(
            shape,
            `The target of the \`for\` production must be a resource shape, but found a ${type} shape: ${resource.resolved}`,
            member.at,
            memberId,
          );
        }
        target = index.resourceBinding(resource.resolved, member.name);
      }
      for (const mixin of shape.mixins) {
        if (target !== undefined) break;
        target = index.memberTarget(mixin.resolved, member.name, resolve);
      }
      if (target === undefined) {
        throw failAt(
          shape,
          'Member target was elided, but no bound resource or mixin contained a matching identifier or member name.',
          member.at,
          memberId,
        );
      }
      member.target = { raw: target, at: member.at, resolved: target };
    }
  };
  return resolve;
}
