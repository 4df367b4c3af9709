/**
 * The service closure (Smithy 2.0 "Service closure"): operations bound to a service
 * directly or through (nested) resources, and every shape reachable from them.
 * @packageDocumentation
 */
import type { Model, OperationShape, ResourceShape, ServiceClosure, ServiceShape, Shape, ShapeId } from './ir.js';
import { ModelError } from './errors.js';
import { listServices, membersOf, shapeName } from './query.js';

const MIXIN = 'smithy.api#mixin';
const LIFECYCLE = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;

/**
 * @param model a loaded model
 * @param serviceId the service; may be omitted when the model has exactly one service
 * @returns the closure: operations sorted by renamed name (then id), resources and shapes sorted by id.
 *   Shapes are those reachable from operation input/output/errors, the service errors and the
 *   resources' identifiers/properties, through members recursively (prelude shapes included,
 *   mixins excluded)
 * @throws ModelError when the id is not a service, or when it is omitted and the model does not
 *   have exactly one service (the message lists the services)
 */
export function serviceClosure(model: Model, serviceId?: ShapeId): ServiceClosure {
  const service = pickService(model, serviceId);
  const get = (id: ShapeId): Shape => {
    const shape = model.shapes.get(id);
    if (shape === undefined) throw new ModelError(`unknown shape ${id} in the closure of ${service.id}`, { shapeId: id });
    return shape;
  };
  const operations = new Map<ShapeId, OperationShape>();
  const resources = new Map<ShapeId, ResourceShape>();
  const roots: ShapeId[] = [...service.errors];

  const addOperation = (id: ShapeId): void => {
    const op = get(id);
    if (op.type !== 'operation' || op.traits[MIXIN] !== undefined || operations.has(id)) return;
    operations.set(id, op);
    roots.push(op.input, op.output, ...op.errors);
  };
  const addResource = (id: ShapeId): void => {
    const res = get(id);
    if (res.type !== 'resource' || res.traits[MIXIN] !== undefined || resources.has(id)) return;
    resources.set(id, res);
    roots.push(...Object.values(res.identifiers), ...Object.values(res.properties));
    for (const name of LIFECYCLE) {
      const op = res[name];
      if (op !== undefined) addOperation(op);
    }
    res.operations.forEach(addOperation);
    res.collectionOperations.forEach(addOperation);
    res.resources.forEach(addResource);
  };
  service.operations.forEach(addOperation);
  service.resources.forEach(addResource);

  const shapes = new Map<ShapeId, Shape>();
  while (roots.length > 0) {
    const id = roots.pop() as ShapeId;
    if (shapes.has(id)) continue;
    const shape = get(id);
    if (shape.traits[MIXIN] !== undefined) continue;
    shapes.set(id, shape);
    for (const m of membersOf(shape)) if (!shapes.has(m.target)) roots.push(m.target);
  }

  const rename = service.rename;
  const nameOf = (id: ShapeId): string => rename[id] ?? shapeName(id);
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sortedOps = [...operations.values()].sort((a, b) => {
    const na = nameOf(a.id);
    const nb = nameOf(b.id);
    return na < nb ? -1 : na > nb ? 1 : byId(a, b);
  });
  return {
    service,
    operations: sortedOps,
    resources: [...resources.values()].sort(byId),
    shapes: [...shapes.values()].sort(byId),
    nameOf,
  };
}

function pickService(model: Model, serviceId: ShapeId | undefined): ServiceShape {
  if (serviceId !== undefined) {
    const shape = model.shapes.get(serviceId);
    if (shape?.type !== 'service') {
      throw new ModelError(`${serviceId} is not a service in the model`, { shapeId: serviceId });
    }
    return shape;
  }
  const services = listServices(model);
  if (services.length !== 1) {
    const ids = services.map((s) => s.id).join(', ') || 'none';
    throw new ModelError(`serviceClosure needs a service id: the model has ${services.length} services (${ids})`);
  }
  return services[0] as ServiceShape;
}
