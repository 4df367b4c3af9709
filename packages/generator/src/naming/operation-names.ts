/**
 * Names derived from operations and waiters: functions, client methods,
 * handler factories, paginators, per-operation error tables, waiter functions
 * and their module files. Every name is a valid identifier clear of the
 * client's own members and of the module-level names (`MODULE_LOCALS`).
 * @packageDocumentation
 */
import { MSW_RUNTIME } from '../manifest.js';
import { lowerCamel, pascalCase, safeIdentifier } from './identifiers.js';
import { MODULE_LOCALS } from './service-names.js';

/**
 * Method names a generated client class must not use: the members of `Client` (`@anvil/client-runtime`),
 * private ones included — a subclass method named like a private member breaks the class (TS2415) and
 * replaces the member at run time (`operation-names.test.ts` checks this list against the real class).
 */
const CLIENT_MEMBERS = new Set([
  'send', 'prepare', 'config', 'constructor', 'binding', 'destroy', 'middleware',
  'identities', 'retry', 'encoding', 'transport', 'endpoints', 'streaming', 'endpoint', 'resolveEndpointOf',
]);

/**
 * Module-level names operation-derived names avoid: the shared locals and the
 * msw-runtime functions the handler module imports (`createHandler` …).
 * (`endpointRuleSet` / `endpointResolver` live only in modules without operation names.)
 */
const MODULE_NAMES = new Set<string>([
  MODULE_LOCALS.shapes, MODULE_LOCALS.errors, MODULE_LOCALS.handlers, MODULE_LOCALS.scenarios, MODULE_LOCALS.createHandlers,
  MSW_RUNTIME.createHandler.name, MSW_RUNTIME.createScenarios.name, MSW_RUNTIME.modeledError.name,
]);

/** The function / method name for an operation (`retryDataReplication`), avoiding client members, module names and reserved words. */
export function operationFunctionName(operationName: string): string {
  const name = safeIdentifier(lowerCamel(operationName));
  return CLIENT_MEMBERS.has(name) || MODULE_NAMES.has(name) ? `${name}Operation` : name;
}

/** The MSW handler factory name for an operation function (`retryDataReplicationHandler`); `createOperationHandler` for `create`. */
export function handlerName(fn: string): string {
  const name = `${lowerCamel(safeIdentifier(fn))}Handler`;
  return MODULE_NAMES.has(name) ? `${name.slice(0, -'Handler'.length)}OperationHandler` : name;
}

/** Every name derived from one operation. */
export interface OperationNames {
  /** Function, client method and module file stem (`retryDataReplication`). */
  readonly fn: string;
  /** MSW handler factory (`retryDataReplicationHandler`). */
  readonly handler: string;
  /** Paginator function (`paginateDescribeSourceServers`). */
  readonly paginator: string;
  /** The per-operation error answer table of the msw package (`retryDataReplicationErrors`). */
  readonly errors: string;
  /** The SDK-shaped command class of the client package's `./sdk` entry (`RetryDataReplicationCommand`). */
  readonly command: string;
}

/**
 * Names the operations of one service. Function names are unique ignoring case (they are also
 * file names, and file systems may ignore case): a later clash gets a `_` suffix.
 */
export class OperationNamer {
  private readonly usedFns = new Set<string>();

  /** @param operationName the operation's name within the service (`RetryDataReplication`) */
  name(operationName: string): OperationNames {
    let fn = operationFunctionName(operationName);
    while (this.usedFns.has(fn.toLowerCase())) fn = `${fn}_`;
    this.usedFns.add(fn.toLowerCase());
    return {
      fn,
      handler: handlerName(fn),
      paginator: safeIdentifier(`paginate${operationName}`),
      errors: `${fn}Errors`,
      command: safeIdentifier(`${pascalCase(operationName)}${fn.endsWith('_') ? '_' : ''}Command`),
    };
  }
}

/** Names derived from one waiter (`smithy.waiters#waitable` entry). */
export interface WaiterNames {
  /** `waitUntil<Name>` */
  readonly fn: string;
  /** The module-level constant holding the definition (`<Name>Waiter`). */
  readonly definition: string;
  /** The module file stem under `waiters/` (the waiter name, made a safe identifier). */
  readonly file: string;
}

/** @param waiterName the waiter's name as the model writes it (`InstanceRunning`) */
export function waiterNames(waiterName: string): WaiterNames {
  const file = safeIdentifier(waiterName);
  return { fn: safeIdentifier(`waitUntil${pascalCase(waiterName)}`), definition: `${file}Waiter`, file };
}
