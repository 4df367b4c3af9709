/**
 * Mock-side dispatch through a service's whole handlers list: one `createHandler(service, op)` per
 * operation, in model order (the order of the generated `handlers` array), run by msw's own
 * `getResponse(handlers, request)`: the behaviour users get from `setupServer(...handlers)`. The
 * case's operation carries the case's override and options (a fresh handler per case); every other
 * operation has a default handler, so a request another operation's handler claims shows as a
 * routing clash.
 *
 * Like a user's `handlers` array, the default handlers of a service are created once and serve
 * many requests; they are rebuilt as soon as one of them has answered a request (only a failing
 * case does that), so every case starts from unused handlers.
 * @packageDocumentation
 */
import { createHandler, type HandlerOptions, type HandlerOverride, type MockHandler } from '@anvil/msw-runtime';
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { getResponse } from 'msw';

/** A service as its generated mock package sees it. */
export interface MockService {
  readonly service: ServiceSchema;
  /** Every operation of the service, in model order (closure order, as in the generated `handlers`). */
  readonly operations: readonly OperationSchema[];
}

/** The override and options of the case's own handler. */
export interface OwnHandler {
  readonly override?: HandlerOverride<Record<string, unknown>, Record<string, unknown>>;
  readonly options: HandlerOptions;
}

/** What dispatching one request produced. */
export interface Dispatched {
  /** The response, `undefined` when no handler answered (msw would report an unhandled request). */
  readonly response: Response | undefined;
  /** The operation whose handler claimed the request, if any. */
  readonly claimedBy: OperationSchema | undefined;
}

type AnyOperation = OperationSchema<Record<string, unknown>, Record<string, unknown>>;

const unusedDefaults = new WeakMap<MockService, MockHandler[]>();

/** The service's default handlers (`createHandler(service, op)`), none of which has answered a request yet. */
function defaultHandlers(target: MockService): MockHandler[] {
  let list = unusedDefaults.get(target);
  if (!list || list.some((h) => h.isUsed)) {
    list = target.operations.map((op) => createHandler(target.service, op as AnyOperation));
    unusedDefaults.set(target, list);
  }
  return list;
}

/**
 * The handlers list for a case: the case's operation gets a new handler with `own`, every other
 * operation an unused default handler.
 * @throws Error when `operation` is not one of `target.operations`
 */
export function handlersFor(target: MockService, operation: OperationSchema, own: OwnHandler): MockHandler[] {
  const index = target.operations.findIndex((op) => op.id === operation.id);
  if (index < 0) throw new Error(`conformance: ${operation.id} is not an operation of ${target.service.id}`);
  const handlers = [...defaultHandlers(target)];
  handlers[index] = createHandler(target.service, operation as AnyOperation, own.override, own.options);
  return handlers;
}

/**
 * Dispatch one request through the service's handlers as msw does (first handler that answers wins).
 * @throws whatever a handler's resolver throws (msw's `getResponse` does not catch)
 */
export async function dispatch(target: MockService, operation: OperationSchema, own: OwnHandler, request: Request): Promise<Dispatched> {
  const handlers = handlersFor(target, operation, own);
  const response = await getResponse(handlers, request);
  // msw marks a handler used once its predicate accepted the request; ours always answer then.
  const index = handlers.findIndex((h) => h.isUsed);
  return { response, claimedBy: index < 0 ? undefined : target.operations[index] };
}

/**
 * A failure message unless `operation`'s handler claimed the request and answered it.
 * @returns `undefined` when it did
 */
export function routingFailure(dispatched: Dispatched, operation: OperationSchema): string | undefined {
  const { claimedBy, response } = dispatched;
  if (!claimedBy) return 'no handler of the service matched the request';
  if (claimedBy.id !== operation.id) {
    const answered = response === undefined ? '' : ` (answered ${response.status})`;
    return `routing clash: the handler of ${claimedBy.name} claimed the request${answered}, not the one of ${operation.name}`;
  }
  return response === undefined ? `the handler of ${operation.name} claimed the request but answered nothing` : undefined;
}
