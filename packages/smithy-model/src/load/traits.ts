/**
 * Trait maps: relative trait ids are made absolute, and the values of the
 * traits emitters rely on are checked for shape (Smithy 2.0 "Traits",
 * "HTTP binding traits", "Constraint traits", "Documentation traits").
 * @packageDocumentation
 */
import { ModelError, pathKey } from '../errors.js';
import { ExactNumber, isNodeNumber, isObjectNode } from '../exact-number.js';
import type { MutableTraits } from './raw.js';

/** Where a trait map was found, for error messages. */
export interface TraitContext {
  readonly file: string;
  readonly shapeId: string;
}

type Check = (value: unknown) => string | undefined;

const isObject = isObjectNode;
const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);

const str: Check = (v) => (typeof v === 'string' ? undefined : `must be a string, got ${describe(v)}`);
const int: Check = (v) => (isInt(v) ? undefined : `must be an integer, got ${describe(v)}`);
const strings: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? undefined : `must be an array of strings, got ${describe(v)}`;
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.join(', ')}, got ${describe(v)}`;

/** An object check: `fields` maps property → [required, check]. */
function object(fields: Record<string, readonly [boolean, Check]>): Check {
  return (v) => {
    if (!isObject(v)) return `must be an object, got ${describe(v)}`;
    for (const [key, [required, check]] of Object.entries(fields)) {
      const field = v[key];
      if (field === undefined) {
        if (required) return `is missing required property "${key}"`;
        continue;
      }
      const problem = check(field);
      if (problem !== undefined) return `property "${key}" ${problem}`;
    }
    return undefined;
  };
}

/** Any number literal (`@length` / `@range` bounds are BigDecimal in Smithy, so an exact literal is fine). */
const num: Check = (v) => (isNodeNumber(v) ? undefined : `must be a number, got ${describe(v)}`);
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : `must be a boolean, got ${describe(v)}`);
const uri: Check = (v) =>
  typeof v === 'string' && v.startsWith('/') ? undefined : `must be a string starting with "/", got ${describe(v)}`;

const enumDefinition = object({
  value: [true, str],
  name: [false, str],
  documentation: [false, str],
  tags: [false, strings],
  deprecated: [false, bool],
});

/** Checks per trait id. Traits not listed here are accepted as written. */
const CHECKS: ReadonlyMap<string, Check> = new Map<string, Check>([
  ['smithy.api#http', object({ method: [true, str], uri: [true, uri], code: [false, int] })],
  ['smithy.api#httpError', int],
  ['smithy.api#error', oneOf('client', 'server')],
  ['smithy.api#length', object({ min: [false, num], max: [false, num] })],
  ['smithy.api#range', object({ min: [false, num], max: [false, num] })],
  ['smithy.api#pattern', str],
  ['smithy.api#documentation', str],
  ['smithy.api#jsonName', str],
  ['smithy.api#xmlName', str],
  ['smithy.api#httpHeader', str],
  ['smithy.api#httpQuery', str],
  ['smithy.api#httpPrefixHeaders', str],
  ['smithy.api#mediaType', str],
  ['smithy.api#title', str],
  ['smithy.api#timestampFormat', oneOf('date-time', 'http-date', 'epoch-seconds')],
  ['smithy.api#enumValue', (v) => (typeof v === 'string' || isInt(v) ? undefined : `must be a string or an integer, got ${describe(v)}`)],
  ['smithy.api#enum', (v) => (Array.isArray(v) ? firstProblem(v, enumDefinition) : `must be an array, got ${describe(v)}`)],
  ['smithy.api#deprecated', object({ message: [false, str], since: [false, str] })],
  ['smithy.api#paginated', object({ inputToken: [false, str], outputToken: [false, str], items: [false, str], pageSize: [false, str] })],
  ['smithy.api#tags', strings],
  ['smithy.api#xmlNamespace', object({ uri: [true, str], prefix: [false, str] })],
  ['smithy.api#endpoint', object({ hostPrefix: [true, str] })],
  ['smithy.api#mixin', object({ localTraits: [false, strings] })],
]);

function firstProblem(items: readonly unknown[], check: Check): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const problem = check(items[i]);
    if (problem !== undefined) return `entry [${i}] ${problem}`;
  }
  return undefined;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof ExactNumber) return `number ${v.text}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** The shared (frozen) empty trait map. */
const NO_TRAITS: MutableTraits = Object.freeze({}) as MutableTraits;

/** Makes a trait id absolute: `required` → `smithy.api#required`. */
export function absoluteTraitId(id: string): string {
  return id.includes('#') ? id : `smithy.api#${id}`;
}

/**
 * Reads a `traits` object: keys made absolute, known trait values checked.
 * @param json the `traits` value (undefined → empty map)
 * @param path JSON path of the `traits` value
 * @returns the trait map: the input object itself when every key is already absolute (callers must
 *   copy before changing it), else a new map
 * @throws ModelError when `traits` is not an object or a known trait value is malformed
 */
export function readTraits(json: unknown, path: string, ctx: TraitContext): MutableTraits {
  if (json === undefined) return NO_TRAITS;
  if (!isObject(json)) {
    throw new ModelError(`"traits" must be an object, got ${describe(json)}`, { ...ctx, jsonPath: path });
  }
  let relative = false;
  for (const key in json) {
    if (!key.includes('#')) relative = true;
    const check = CHECKS.get(absoluteTraitId(key));
    if (check !== undefined) {
      const problem = check(json[key]);
      if (problem !== undefined) {
        throw new ModelError(`trait ${absoluteTraitId(key)} ${problem}`, { ...ctx, jsonPath: pathKey(path, key) });
      }
    }
  }
  if (!relative) return json; // the common case: no copy (later stages never mutate trait maps in place)
  const traits: MutableTraits = {};
  for (const key in json) traits[absoluteTraitId(key)] = json[key];
  return traits;
}
