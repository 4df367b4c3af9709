/**
 * Why a case of the inventory did not run: every found case the run leaves out is reported with
 * one of these reasons, never dropped silently.
 * @packageDocumentation
 */
import type { Model, ShapeId } from '@anvil/smithy-model';
import { serviceClosure } from '@anvil/smithy-model';
import { protocolOf, type TestedProtocol } from './cases.js';
import type { FoundCase } from './inventory.js';

/** The services a run covered, and whether it was narrowed by `services` / `filter` options. */
export interface RunScope {
  /** Every service of the (extended) model, with its covered protocol (`undefined` for other protocols). */
  readonly services: readonly { readonly id: ShapeId; readonly protocol: TestedProtocol | undefined; readonly ran: boolean }[];
  /** The `filter` option, when set. */
  readonly filter?: string;
}

interface Reach {
  readonly service: ShapeId;
  readonly protocol: TestedProtocol | undefined;
  readonly ran: boolean;
  /** Operations of the service's closure. */
  readonly operations: ReadonlySet<ShapeId>;
  /** Errors an operation of the service can return (operation errors and service errors). */
  readonly errors: ReadonlySet<ShapeId>;
}

/**
 * The reasons found cases have no result.
 * @param model the model the run used (corpus plus test services)
 * @param scope the services of that model and the run's options
 * @returns a function giving the reason for one found case
 */
export function notRunExplainer(model: Model, scope: RunScope): (c: FoundCase) => string {
  const reaches: Reach[] = scope.services.map((s) => {
    const closure = serviceClosure(model, s.id);
    const errors = new Set([...closure.service.errors, ...closure.operations.flatMap((op) => op.errors)]);
    return { service: s.id, protocol: s.protocol, ran: s.ran, operations: new Set(closure.operations.map((op) => op.id)), errors };
  });
  return (c) => {
    if (scope.filter !== undefined && !c.id.includes(scope.filter)) return `left out by --filter ${scope.filter}`;
    const shape = model.shapes.get(c.shape);
    if (!shape) return `${c.shape} is not a shape of the model`;
    const isError = shape.type === 'structure' && 'smithy.api#error' in shape.traits;
    if (shape.type !== 'operation' && !isError) return `the test is on a ${shape.type} shape; compliance tests run on operations and error structures`;
    const found = reaches.filter((r) => (isError ? r.errors : r.operations).has(c.shape));
    const same = found.filter((r) => r.protocol === c.protocol);
    const names = (list: readonly Reach[]) => list.map((r) => r.service).join(', ');
    if (same.some((r) => !r.ran)) return `left out by the services option (${names(same)})`;
    if (same.length > 0) return `the harness did not collect it from ${names(same)}`;
    if (found.length > 0) {
      const owners = found.map((r) => `${r.service} (${r.protocol ?? 'a protocol the harness does not cover'})`).join(', ');
      return `only ${owners} ${isError ? 'can return' : 'binds'} it; a ${c.protocol} case needs a ${c.protocol} service`;
    }
    return isError ? `no operation of any service can return ${c.shape}` : `${c.shape} is bound to no service`;
  };
}

/** The covered protocol of a service shape, for {@link RunScope}. */
export function serviceProtocol(model: Model, id: ShapeId): TestedProtocol | undefined {
  const shape = model.shapes.get(id);
  return shape ? protocolOf(shape.traits) : undefined;
}
