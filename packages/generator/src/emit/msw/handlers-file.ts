/**
 * `src/handlers.ts` of the msw package: one handler factory per operation, an
 * answer builder per modeled error (service-wide `errors` and per operation
 * `<fn>Errors`), failure `scenarios`, and default `handlers`. Behaviour lives in
 * `@anvil/msw-runtime`; this package depends on the types package and msw only.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile, type SourceWriter } from '../../files/index.js';
import { MSW, MSW_RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, shadowsObjectMember } from '../../naming/index.js';
import type { OperationNode, ServiceNode } from '../../resolve/index.js';
import { packageTypes, type PackageTypes } from '../package-types.js';
import { byRouteSpecificity } from './route-order.js';

function handlerDoc(op: OperationNode): string {
  const errors = op.errors.map((e) => `\`${op.names.errors}.${e.name}()\``);
  return tsdoc({
    documentation: `MSW handler for \`${op.name}\`${op.http ? ` (\`${op.http.method} ${op.http.uri}\`)` : ''}.`,
    ...(op.deprecated === undefined ? {} : { deprecated: op.deprecated }),
    notes: [
      'Answers with fake data that satisfies the output shape unless `override` says otherwise: a partial output (deep-merged), a modeled error, a resolver receiving the typed, parsed input, or a list of those used one per request (a sequence).',
      ...(op.paginated
        ? ['Paginated: the default answer is one page of a finite collection (3 pages at the default page size); the last page has no next token.']
        : []),
      ...(errors.length ? [`Modeled errors: ${errors.join(', ')}.`] : []),
      'The returned handler records the parsed input of every request it answers in `calls`.',
    ],
    tags: [
      '@param override - partial output, error answer, resolver, or a sequence of them',
      '@param options - base URL / region matching, delay (ms), seed, validation, status, network error, once, afterSequence',
    ],
  });
}

/** Protocols whose servers route requests by the `@http` binding (their handlers get the route table). */
const HTTP_ROUTED: ReadonlySet<string> = new Set(['restJson1', 'restXml']);

/** Does the service's msw package carry a route table (see {@link routeTable})? */
function hasRoutes(service: ServiceNode): boolean {
  return HTTP_ROUTED.has(service.protocol) && service.operations.some((op) => op.http !== undefined);
}

/**
 * The route table: `@http` method and URI of every operation, passed to each `createHandler` so a
 * handler leaves requests that a more specific route matches to that route's operation.
 */
function routeTable(file: GeneratedFile, w: SourceWriter, service: ServiceNode): void {
  w.separate().raw(tsdoc({
    documentation:
      'The `@http` route of every operation. A handler leaves a request that a more specific route also matches (literal segments before labels, labels before greedy labels) to that route\'s operation, whatever order the handlers are registered in.',
  }));
  w.line(`const ${MODULE_LOCALS.routes}: ${file.ref(MSW_RUNTIME.ServiceRoutes)} = [`);
  w.indented(() => {
    for (const op of service.operations) {
      if (op.http) w.line(`{ method: ${JSON.stringify(op.http.method)}, uri: ${JSON.stringify(op.http.uri)} },`);
    }
  });
  w.line('];');
}

/** `, { examples: examples["Op"], routes }` (the operation's examples, the service's route table; each when there is one), else nothing. */
function modelArgument(file: GeneratedFile, service: ServiceNode, op: OperationNode): string {
  const fields = [
    ...(service.examples.some((e) => e.operation === op) ? [`examples: ${file.value('./examples.js', MODULE_LOCALS.examples)}[${JSON.stringify(op.name)}]`] : []),
    ...(hasRoutes(service) ? [MODULE_LOCALS.routes === 'routes' ? 'routes' : `routes: ${MODULE_LOCALS.routes}`] : []),
  ];
  return fields.length ? `, { ${fields.join(', ')} }` : '';
}

function operation(file: GeneratedFile, w: SourceWriter, types: PackageTypes, service: ServiceNode, op: OperationNode): void {
  const input = types.io(op.input);
  const override = `override?: ${file.ref(MSW_RUNTIME.HandlerOverride)}<${input}, ${types.io(op.output)}>`;
  const options = `options?: ${file.ref(MSW_RUNTIME.HandlerOptions)}`;
  w.separate().raw(handlerDoc(op));
  w.block(`export function ${op.names.handler}(${override}, ${options}): ${file.ref(MSW_RUNTIME.MockHandler)}<${input}>`, () =>
    w.line(`return ${file.ref(MSW_RUNTIME.createHandler)}(${types.schema(service.names.serviceSchema)}, ${types.schema(op.schemaName)}, override, options${modelArgument(file, service, op)});`),
  );
  w.separate().raw(tsdoc({ documentation: `Answer builders for the modeled errors of \`${op.name}\` (its own and the service's): return one from an override of \`${op.names.handler}\`.` }));
  w.block(`export const ${op.names.errors} =`, () => {
    for (const e of op.errors) w.line(`${JSON.stringify(e.name)}: ${MODULE_LOCALS.errors}[${JSON.stringify(e.name)}],`);
  }, ';');
}

/**
 * Emit `src/handlers.ts`.
 * @returns the file's text
 */
export function handlersFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const w = file.body;
  const reexported = [MSW_RUNTIME.CreateHandlersOptions, MSW_RUNTIME.ErrorAnswer, MSW_RUNTIME.HandlerOptions, MSW_RUNTIME.HandlerOverride, MSW_RUNTIME.MockHandler];
  file.exports.named(undefined, reexported.map((r) => file.ref(r)), true);
  const httpHandler = file.ref(MSW.HttpHandler);
  w.raw(tsdoc({ documentation: 'Answer builders for every modeled error of the service: return one from an override to make the handler answer with that error, protocol-correctly.' }));
  w.block(`export const ${MODULE_LOCALS.errors} =`, () => {
    for (const e of service.errorShapes) {
      const type = types.shape(e.typeName);
      const answer = `${file.ref(MSW_RUNTIME.ErrorAnswer)}<${type}>`;
      // A required member named like a member of `Object` needs PartialMembers (Partial would make it `?: string`, which no literal satisfies).
      const partial = e.members.some((m) => m.requiredInType && shadowsObjectMember(m.name)) ? file.ref(MSW_RUNTIME.PartialMembers) : 'Partial';
      w.line(`${JSON.stringify(e.name)}: (members?: ${partial}<${type}>): ${answer} => ${file.ref(MSW_RUNTIME.modeledError)}<${type}>(${types.schema(e.schemaName)}, members),`);
    }
  }, ';');
  if (hasRoutes(service)) routeTable(file, w, service);
  for (const op of service.operations) operation(file, w, types, service, op);
  w.separate().raw(tsdoc({
    documentation:
      'Failure scenarios: `server.use(...scenarios.throttling())` answers every operation (or the one named) with its throttling error, `scenarios.internalError(name?)` with its internal server error.',
  }));
  w.block(`export const ${MODULE_LOCALS.scenarios} = ${file.ref(MSW_RUNTIME.createScenarios)}(${types.schema(service.names.serviceSchema)},`, () => {
    for (const op of service.operations) w.line(`${JSON.stringify(op.name)}: ${types.schema(op.schemaName)},`);
  }, ');');
  w.separate().raw(tsdoc({
    documentation: 'Default handlers for every operation, built with `options` (applied to each handler).',
    tags: ['@param options - handler options, plus `includeDeprecated` (default `true`; `false` leaves deprecated operations out)', '@returns one handler per operation, most specific `@http` route first (msw answers with the first handler that matches), else in model order'],
  }));
  w.block(`export function ${MODULE_LOCALS.createHandlers}(options: ${file.ref(MSW_RUNTIME.CreateHandlersOptions)} = {}): ${httpHandler}[]`, () => {
    w.line('const { includeDeprecated = true, ...handlerOptions } = options;');
    w.line('return [');
    w.indented(() => {
      for (const op of byRouteSpecificity(service.operations)) {
        const make = `${op.names.handler}(undefined, handlerOptions)`;
        w.line(op.deprecated !== undefined ? `...(includeDeprecated ? [${make}] : []),` : `${make},`);
      }
    });
    w.line('];');
  });
  w.separate().raw(tsdoc({ documentation: 'Default handlers for every operation (fake data answers). Spread them into `setupServer(...handlers)` or `setupWorker(...handlers)`.' }));
  w.line(`export const ${MODULE_LOCALS.handlers}: ${httpHandler}[] = ${MODULE_LOCALS.createHandlers}();`);
  return file.toString();
}
