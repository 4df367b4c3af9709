/**
 * Ready-made failure scenarios (throttling, internal errors) for one or all
 * operations of a service, answered with each operation's own modeled error
 * when it has one.
 * @packageDocumentation
 */
import { deref, type ErrorSchema, type OperationSchema, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import type { HttpHandler } from 'msw';
import { createHandler } from './create-handler.js';
import { modeledError, type ErrorAnswer } from './error-answer.js';
import type { HandlerOptions } from './handler-types.js';
import type { ServiceRoutes } from './route-precedence.js';

const MESSAGE = { message: { target: { type: 'string' } } } as const;

/** Sent when an operation models no throttling error: 429 `ThrottlingException` (retryable, throttling). */
export const GenericThrottlingException$: ErrorSchema = {
  type: 'structure',
  name: 'ThrottlingException',
  error: 'client',
  httpError: 429,
  retryable: { throttling: true },
  members: MESSAGE,
};

/** Sent when an operation models no server error: 500 `InternalFailure`. */
export const GenericInternalFailure$: ErrorSchema = {
  type: 'structure',
  name: 'InternalFailure',
  error: 'server',
  httpError: 500,
  members: MESSAGE,
};

function modeledErrors(service: ServiceSchema, operation: OperationSchema): ErrorSchema[] {
  return [...operation.errors, ...service.errors].map((e) => deref(e)).filter((e: StructureSchema): e is ErrorSchema => e.error !== undefined);
}

/**
 * The throttling error of an operation: the first modeled error with
 * `@retryable(throttling: true)`, else one named like `Throttling…`/`TooManyRequests…`,
 * else {@link GenericThrottlingException$} (429).
 *
 * @param service the service schema (service-wide errors count too)
 * @param operation the operation schema
 * @returns the answer (required members and the message filled, see `modeledError`)
 */
export function throttlingError(service: ServiceSchema, operation: OperationSchema): ErrorAnswer {
  const errors = modeledErrors(service, operation);
  const schema =
    errors.find((e) => e.retryable?.throttling === true) ??
    errors.find((e) => /^(Throttl|TooManyRequests|RequestLimitExceeded)/i.test(e.name)) ??
    GenericThrottlingException$;
  return modeledError(schema, {});
}

/**
 * The internal-error answer of an operation: the first modeled server error
 * with status 500 (or none given), else {@link GenericInternalFailure$} (500).
 *
 * @param service the service schema (service-wide errors count too)
 * @param operation the operation schema
 * @returns the answer (required members and the message filled, see `modeledError`)
 */
export function internalError(service: ServiceSchema, operation: OperationSchema): ErrorAnswer {
  const schema =
    modeledErrors(service, operation).find((e) => e.error === 'server' && (e.httpError ?? 500) === 500) ??
    GenericInternalFailure$;
  return modeledError(schema, {});
}

/**
 * Scenario handler factories of one service (generated packages export them as `scenarios`).
 * Each returns handlers to pass to `server.use(...)`: one for the named operation,
 * or one per operation when no name is given.
 *
 * @typeParam K the operation names
 */
export interface Scenarios<K extends string> {
  /** Every matching request is answered with the operation's throttling error (see {@link throttlingError}). */
  throttling(operation?: K, options?: HandlerOptions): HttpHandler[];
  /** Every matching request is answered with the operation's internal server error (see {@link internalError}). */
  internalError(operation?: K, options?: HandlerOptions): HttpHandler[];
}

/**
 * Build the {@link Scenarios} of a service.
 *
 * @param service the service schema
 * @param operations operation name → schema (every operation of the service)
 * @returns the scenario factories
 * @throws TypeError (when a factory is called) for an operation name not in `operations`
 */
export function createScenarios<K extends string>(
  service: ServiceSchema,
  operations: Readonly<Record<K, OperationSchema>>,
): Scenarios<K> {
  const all = Object.values<OperationSchema>(operations);
  // Scenario handlers follow the service's route precedence like the generated ones (see route-precedence.ts).
  const routes: ServiceRoutes = all.flatMap((o) => (o.http ? [o.http] : []));
  const pick = (name: K | undefined): OperationSchema[] => {
    if (name === undefined) return all;
    const operation = Object.prototype.hasOwnProperty.call(operations, name) ? operations[name] : undefined;
    if (!operation) throw new TypeError(`scenarios: ${service.id} has no operation named ${JSON.stringify(name)}`);
    return [operation];
  };
  const build = (answer: (s: ServiceSchema, o: OperationSchema) => ErrorAnswer) => (name?: K, options?: HandlerOptions) =>
    pick(name).map((operation) =>
      // A throttled or failing service answers before it validates the request.
      createHandler(service, operation, answer(service, operation), { validate: false, ...options }, { routes }),
    );
  return { throttling: build(throttlingError), internalError: build(internalError) };
}
