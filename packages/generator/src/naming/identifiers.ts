/**
 * Identifier rules: any model string made a valid, non-reserved ECMAScript
 * identifier, case conversions, and property keys for interfaces and object
 * literals.
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

/**
 * Members of TypeScript's `Object` interface. In an object literal typed by an index signature
 * (`Record<string, T>`), a property of one of these names is contextually typed by `Object`'s
 * member instead of `T`, so its nested literals widen (`"string"` to `string`); generated code
 * states the type of such values explicitly (`satisfies T`).
 */
const OBJECT_MEMBERS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** Does a property of this name lose its contextual type in an index-signature-typed object literal? */
export function shadowsObjectMember(name: string): boolean {
  return OBJECT_MEMBERS.has(name);
}

/** A key for an object literal that always defines an own property (even `__proto__`). */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${JSON.stringify(name)}]` : propertyKey(name);
}
