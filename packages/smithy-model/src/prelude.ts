/**
 * The Smithy prelude shapes (`smithy.api#String`, ..., `smithy.api#Unit`), as a
 * Smithy 2.0 JSON AST document that is merged into every model.
 *
 * Trait definition shapes (`smithy.api#documentation`, ...) are not included:
 * the loader keys traits by id and never needs their definitions.
 *
 * Spec: Smithy 2.0 "Prelude".
 * @packageDocumentation
 */

/** File name used for the prelude in error messages. */
export const PRELUDE_FILE = '<prelude>';

/** The prelude namespace. */
export const PRELUDE_NAMESPACE = 'smithy.api';

const simple: ReadonlyArray<readonly [string, string]> = [
  ['String', 'string'],
  ['Blob', 'blob'],
  ['BigInteger', 'bigInteger'],
  ['BigDecimal', 'bigDecimal'],
  ['Timestamp', 'timestamp'],
  ['Document', 'document'],
  ['Boolean', 'boolean'],
  ['Byte', 'byte'],
  ['Short', 'short'],
  ['Integer', 'integer'],
  ['Long', 'long'],
  ['Float', 'float'],
  ['Double', 'double'],
];

/** Prelude `Primitive*` shape ids → their `@default` value (0 or false). */
export const PRIMITIVE_DEFAULTS: ReadonlyMap<string, number | boolean> = new Map<string, number | boolean>([
  ['smithy.api#PrimitiveBoolean', false],
  ['smithy.api#PrimitiveByte', 0],
  ['smithy.api#PrimitiveShort', 0],
  ['smithy.api#PrimitiveInteger', 0],
  ['smithy.api#PrimitiveLong', 0],
  ['smithy.api#PrimitiveFloat', 0],
  ['smithy.api#PrimitiveDouble', 0],
]);

function buildPrelude(): Record<string, unknown> {
  const shapes: Record<string, unknown> = {};
  for (const [name, type] of simple) shapes[`${PRELUDE_NAMESPACE}#${name}`] = { type };
  for (const [id, value] of PRIMITIVE_DEFAULTS) {
    const type = id.slice('smithy.api#Primitive'.length).toLowerCase();
    shapes[id] = { type, traits: { 'smithy.api#default': value } };
  }
  shapes[`${PRELUDE_NAMESPACE}#Unit`] = { type: 'structure', members: {}, traits: { 'smithy.api#unitType': {} } };
  return { smithy: '2.0', shapes };
}

/** The prelude as a JSON AST document (a fresh object each call). */
export function preludeDocument(): { file: string; json: unknown } {
  return { file: PRELUDE_FILE, json: buildPrelude() };
}
