/**
 * Naming rules for everything the generator emits, in one place: package
 * names, type and schema identifiers, operation functions, handler factories
 * and error classes. Emitters ask this resolver and never derive names
 * themselves, so types, client and mocks always agree.
 * @packageDocumentation
 */

/** ECMAScript reserved words and strict-mode / TypeScript-reserved identifiers that cannot name a declaration. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await arguments eval ' +
    // TypeScript primitive type names (a type alias may not be called `string`).
    'any boolean never number object string symbol undefined unknown bigint'
  ).split(' '),
);

/**
 * Global names the generated code itself refers to. A model shape of the same
 * name would shadow them inside the generated module, so such shapes get a `_`
 * suffix (`Date` → `Date_`).
 */
const GLOBALS_USED = new Set([
  'Array',
  'Date',
  'Error',
  'Object',
  'Promise',
  'Partial',
  'Record',
  'ReadonlyArray',
  'Uint8Array',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'BigInt',
  'Function',
  'JSON',
  'Map',
  'Set',
  'DocumentType',
  'UnitShape',
  'Unit',
  'Readonly',
  'AsyncIterable',
  'ServiceExceptionClass',
  'ClientBinding',
  'MockHandler',
  'CreateHandlersOptions',
  'HttpHandler',
  'RequestOptions',
  'MetadataBearer',
  'ResponseMetadata',
  'ClientConfig',
  'Client',
  'ServiceException',
  'ServiceExceptionOptions',
  'HandlerOverride',
  'HandlerOptions',
  'ErrorAnswer',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Make any string a valid, non-reserved identifier: invalid characters become
 * `_`, a leading digit gets a `_` prefix, reserved words get a `_` suffix.
 * @param raw a model name (shape, member, operation)
 * @returns a valid ECMAScript identifier
 */
export function safeIdentifier(raw: string): string {
  let id = raw.replace(/[^A-Za-z0-9_$]/g, '_');
  if (id === '' || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** `RetryDataReplication` → `retryDataReplication`; `ListTagsForResource` → `listTagsForResource`. */
export function lowerCamel(name: string): string {
  const m = /^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/.exec(name);
  if (m && m[0].length > 1) return m[0].toLowerCase() + name.slice(m[0].length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `drs` → `Drs`; `api-gateway` → `ApiGateway`; `Elastic Disaster Recovery` → `ElasticDisasterRecovery`. */
export function pascalCase(raw: string): string {
  return raw
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `Elastic Disaster Recovery` / `DRS` → `elastic-disaster-recovery` / `drs`. */
export function kebabCase(raw: string): string {
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}

/**
 * A property key as it must be written in an interface or object literal:
 * bare when it is a valid identifier, otherwise a JSON string literal.
 * `__proto__` is always quoted and, in object literals, must be computed
 * (`["__proto__"]`) so that it defines an own property; see {@link objectKey}.
 */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) && name !== '__proto__' ? name : JSON.stringify(name);
}

/** A key for an object literal that always defines an own property (even `__proto__`). */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${JSON.stringify(name)}]` : propertyKey(name);
}

/** Names for one service's generated artefacts. */
export interface ServiceNames {
  /** Short kebab-case service name used in package names and paths (`drs`). */
  readonly slug: string;
  /** PascalCase prefix for classes (`Drs` → `DrsClient`). */
  readonly prefix: string;
  /** Package name for a kind (`@anvil-gen/drs-types`). */
  packageName(kind: 'types' | 'client' | 'msw'): string;
}

/**
 * Derive the service's names.
 * @param slug kebab-case short name (from `--name`, or the `aws.api#service` sdkId, or the service shape name)
 * @param scope npm scope for generated packages, without `@` (default `anvil-gen`)
 */
export function serviceNames(slug: string, scope = 'anvil-gen'): ServiceNames {
  const prefix = safeIdentifier(pascalCase(slug) || 'Service');
  return { slug, prefix, packageName: (kind) => `@${scope}/${slug}-${kind}` };
}

/**
 * Identifiers the emitters declare themselves for one service (classes,
 * the service schema): a shape may not take them, or generated modules would
 * declare the same name twice: `DrsService` (service
 * schema `DrsService$`), `DrsServiceException`, `DrsClient`, `DrsLiteClient`,
 * `DrsClientConfig`, and the module-level `shapes` / `errors`.
 */
export function emitterTypeNames(names: ServiceNames): string[] {
  const p = names.prefix;
  // `shapes` (the types namespace import) and `errors` share modules with error classes.
  return [`${p}Service`, `${p}ServiceException`, `${p}Client`, `${p}LiteClient`, `${p}ClientConfig`, 'shapes', 'errors'];
}

/**
 * Resolves the identifiers of shapes within one service. Identifiers are made
 * unique: two shapes whose names are equal after sanitising get numeric
 * suffixes in the given order (comparison is case-sensitive, as in TypeScript);
 * names of globals the generated code uses get a `_` suffix (`Object` → `Object_`);
 * `reserved` names (see {@link emitterTypeNames}) are never handed out.
 */
export class ShapeNamer {
  private readonly typeNames = new Map<string, string>();

  /**
   * @param entries shape id → service-local shape name (after `rename`), in a stable order
   * @param reserved identifiers the emitters declare themselves
   */
  constructor(entries: Iterable<readonly [string, string]>, reserved: Iterable<string> = []) {
    const taken = new Set<string>(reserved);
    for (const [id, name] of entries) {
      let base = safeIdentifier(name);
      if (GLOBALS_USED.has(base)) base = `${base}_`;
      let candidate = base;
      for (let i = 2; taken.has(candidate); i++) candidate = `${base}${i}`;
      taken.add(candidate);
      this.typeNames.set(id, candidate);
    }
  }

  /** The TypeScript type name for a shape id. Throws when the shape was not registered. */
  typeName(id: string): string {
    const name = this.typeNames.get(id);
    if (name === undefined) throw new Error(`No generated name for shape ${id}`);
    return name;
  }

  /** The schema constant for a shape id (`SourceServer$`). */
  schemaName(id: string): string {
    return `${this.typeName(id)}$`;
  }
}

/** Method names a generated client class must not use (they are the base class's). */
const CLIENT_MEMBERS = new Set(['send', 'config', 'constructor', 'binding', 'destroy', 'middleware']);

/**
 * Module-level names the client and msw emitters declare or import next to
 * operation functions and handler factories (`import type * as shapes`,
 * `errors`, `handlers`, msw-runtime's `createHandler` …): operation-derived
 * names avoid them.
 */
const MODULE_NAMES = new Set([
  'shapes', 'errors', 'handlers', 'scenarios', 'createHandler', 'createHandlers', 'createScenarios',
  'modeledError',
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
