/**
 * `src/lite-client.ts` of the client package: the typed client context
 * parameters, the client configuration type, and the lite client (what the
 * tree-shakable operation functions take), bound to the service schema, its
 * errors, the protocol codec, and the encoders and customisations it needs.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME, RULE_FUNCTIONS } from '../../manifest.js';
import { MODULE_LOCALS, objectKey, propertyKey } from '../../naming/index.js';
import type { ClientContextParamNode, ServiceNode } from '../../resolve/index.js';
import { CLIENT_FILES, moduleSpecifier } from './paths.js';

const PARAM_TYPES: Readonly<Record<ClientContextParamNode['type'], string>> = {
  string: 'string',
  boolean: 'boolean',
  stringArray: 'readonly string[]',
  unknown: 'unknown',
};

/** Does the service's closure have a `@sensitive` shape or member? */
function hasSensitive(service: ServiceNode): boolean {
  return service.shapes.some((s) => s.constraints.sensitive || ((s.kind === 'structure' || s.kind === 'union') && s.members.some((m) => m.constraints.sensitive)));
}

/**
 * The `ClientBinding` passed to `Client`: service, base exception, codec, and what the service needs. Error
 * classes are not bound here: each operation function passes its own, so a bundle carries only those.
 */
function binding(file: GeneratedFile, service: ServiceNode): string {
  const from = (to: string) => moduleSpecifier(CLIENT_FILES.liteClient, to);
  const codec = file.ref(service.codec.export);
  /** `key: value`, shorthand when they are the same identifier. */
  const prop = (key: string, value: string) => (key === value ? key : `${key}: ${value}`);
  // SigV4 is built into the client; the other schemes only when the service or an operation uses them
  const types = new Set([...(service.auth ?? []), ...service.operations.flatMap((op) => op.auth ?? [])].map((s) => s.type));
  const authSchemes = [...(types.has('bearer') ? [CLIENT_RUNTIME.bearerAuth] : []), ...(types.has('apiKey') ? [CLIENT_RUNTIME.apiKeyAuth] : [])];
  const fields = [
    prop('service', file.value(from(CLIENT_FILES.schemas), service.names.serviceSchema)),
    prop('baseException', file.value(from(CLIENT_FILES.errors), service.names.baseException)),
    prop('codec', service.codec.protocolArgument === undefined ? codec : `${codec}(${JSON.stringify(service.codec.protocolArgument)})`),
    // redaction for debug logs only when the model has @sensitive values (`false`: none to hide)
    hasSensitive(service) ? prop('redact', file.ref(CLIENT_RUNTIME.redact)) : 'redact: false',
    // the default endpoint (endpointPrefix + region) only without a rule set
    service.endpointRules !== undefined ? prop('endpointResolver', MODULE_LOCALS.endpointResolver) : `defaultEndpoint: ${file.ref(CLIENT_RUNTIME.resolveEndpoint)}`,
    ...(authSchemes.length ? [`authSchemes: [${authSchemes.map((e) => file.ref(e)).join(', ')}]`] : []),
    ...(service.bodyEncoders.length ? [`bodyEncoders: [${service.bodyEncoders.map((e) => file.ref(e)).join(', ')}]`] : []),
    ...(service.customizations.length ? [`customizations: [${service.customizations.map((c) => file.ref(CLIENT_RUNTIME[c])).join(', ')}]`] : []),
  ];
  return `{ ${fields.join(', ')} }`;
}

/**
 * Emit `src/lite-client.ts`.
 * @returns the file's text
 */
export function liteClientFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const w = file.body;
  const n = service.names;
  const clientConfig = file.ref(CLIENT_RUNTIME.ClientConfig);
  const params = service.clientContextParams;
  if (params.length) {
    w.raw(tsdoc({
      documentation: `Values of the ${service.name} client context parameters (\`smithy.rules#clientContextParams\`): endpoint rule-set parameters set per client. An operation's own bound values take precedence.`,
    }));
    // a type literal, not an interface: it must be assignable to ClientConfig's Record<string, unknown>
    w.block(`export type ${n.clientContextParams} =`, () => {
      for (const p of params) {
        w.raw(tsdoc(p.documentation === undefined ? {} : { documentation: p.documentation }));
        w.line(`readonly ${propertyKey(p.name)}?: ${PARAM_TYPES[p.type]};`);
      }
    }, ';');
    w.separate();
  }
  w.raw(tsdoc({ documentation: `Configuration of the ${service.name} client.` }));
  w.line(
    params.length
      ? `export type ${n.clientConfig} = Omit<${clientConfig}, 'clientContextParams'> & { readonly clientContextParams?: ${n.clientContextParams} };`
      : `export type ${n.clientConfig} = ${clientConfig};`,
  );
  if (service.endpointRules !== undefined) {
    const ruleSet = file.value(moduleSpecifier(CLIENT_FILES.liteClient, CLIENT_FILES.endpointRules), MODULE_LOCALS.endpointRuleSet);
    const functions = service.endpointRules.functions.map((name) => {
      const ref = Object.hasOwn(RULE_FUNCTIONS, name) ? RULE_FUNCTIONS[name] : undefined;
      // a function the runtime lacks fails when a request reaches it, naming the function
      return ref ? `${objectKey(name)}: ${file.ref(ref)}` : undefined;
    }).filter((f) => f !== undefined);
    w.separate().line('/** Endpoint resolver built from the model\'s rule set and the rule-set functions it calls (shared by every client instance). */');
    // the parameter binding only when an operation binds endpoint parameters
    const resolver = service.operations.some((op) => op.endpointParams) ? CLIENT_RUNTIME.ruleSetEndpointResolver : CLIENT_RUNTIME.unboundRuleSetEndpointResolver;
    w.line(`const ${MODULE_LOCALS.endpointResolver} = /* @__PURE__ */ ${file.ref(resolver)}(${ruleSet}, { ${functions.join(', ')} });`);
  }
  w.separate().raw(tsdoc({
    ...(service.documentation === undefined ? {} : { documentation: service.documentation }),
    notes: [
      `A client without operation methods: pass it to the operation functions (\`import { ${service.operations[0]?.names.fn ?? 'operation'} } from '${n.packageName('client')}'\`) so bundles carry only the operations they use.`,
    ],
  }));
  w.block(`export class ${n.liteClient} extends ${file.ref(CLIENT_RUNTIME.Client)}`, () => {
    w.block(`constructor(config: ${n.clientConfig} = {})`, () => {
      w.line(`super(${binding(file, service)}, config);`);
    });
  });
  return file.toString();
}
