/**
 * The recursive validator: walks a value against a schema and collects
 * {@link ValidationIssue}s (Smithy "Constraint traits", plus the runtime type
 * mapping of `schema.ts`).
 * @packageDocumentation
 */
import { getOwn, type ListSchema, type MapSchema, type NumberType, type StructureSchema, type UnionSchema } from '@anvil/runtime';
import { canonicalKey } from './canonical.js';
import { effectiveOf, memberEntries, pointerToken, shapeLabel } from './constraints.js';
import type { Effective } from './constraints.js';
import * as msg from './messages.js';
import type { ValidationIssue } from './messages.js';
import { codePointLength, patternFor } from './pattern.js';

/** Inclusive integral bounds of the fixed-width Smithy integer types. */
export const INTEGER_BOUNDS: Readonly<Record<'byte' | 'short' | 'integer' | 'long', readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-9223372036854775808, 9223372036854775807],
};

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Is `value` a plain JSON-like object (not an array, Date or byte array)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

/** Validate the members of a structure value at `path`. */
export function checkStructure(schema: StructureSchema, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(msg.typeIssue(path, 'structure'));
    return;
  }
  for (const [name, member] of memberEntries(schema.members)) {
    // Own members only: a value without `constructor` must not be checked against `Object.prototype.constructor`.
    const item = getOwn(value, name);
    const itemPath = `${path}/${name}`;
    if (item === undefined || item === null) {
      if (member.required) issues.push(msg.requiredIssue(itemPath));
      continue;
    }
    checkValue(effectiveOf(member), item, itemPath, issues);
  }
}

/** Validate a non-null value against a member position's effective constraints. */
export function checkValue(eff: Effective, value: unknown, path: string, issues: ValidationIssue[]): void {
  const target = eff.target;
  switch (target.type) {
    case 'string':
      checkString(eff, value, path, issues);
      return;
    case 'enum':
      if (typeof value !== 'string') {
        issues.push(msg.typeIssue(path, 'string'));
        return;
      }
      if (!target.values.includes(value)) {
        issues.push(msg.enumIssue(path, listedValues(target.values, target.internal)));
        return;
      }
      checkString(eff, value, path, issues);
      return;
    case 'intEnum':
      if (typeof value !== 'number' || !Number.isInteger(value)) issues.push(msg.typeIssue(path, 'integer'));
      else if (!target.values.includes(value)) issues.push(msg.enumIssue(path, listedValues(target.values, target.internal)));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') issues.push(msg.typeIssue(path, 'boolean'));
      return;
    case 'blob':
      if (!(value instanceof Uint8Array)) issues.push(msg.typeIssue(path, 'Uint8Array'));
      else checkLength(eff, value.byteLength, path, issues);
      return;
    case 'timestamp':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) issues.push(msg.typeIssue(path, 'Date'));
      return;
    case 'document':
      return;
    case 'list':
      checkList(target, eff, value, path, issues);
      return;
    case 'map':
      checkMap(target, eff, value, path, issues);
      return;
    case 'structure':
      checkStructure(target, value, path, issues);
      return;
    case 'union':
      // an event stream (a `@streaming` union) is an iterable of events, not one union value
      if (!target.streaming) checkUnion(target, value, path, issues);
      return;
    default:
      checkNumber(target.type, eff, value, path, issues);
  }
}

/** The values a validation message lists: every value except the `@internal` ones (Smithy "internal trait"). */
function listedValues<V extends string | number>(values: readonly V[], internal: readonly V[] | undefined): readonly V[] {
  return internal === undefined ? values : values.filter((v) => !internal.includes(v));
}

function checkString(eff: Effective, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'string') {
    issues.push(msg.typeIssue(path, 'string'));
    return;
  }
  if (eff.length !== undefined) checkLength(eff, codePointLength(value), path, issues);
  // A pattern with no ECMAScript form is skipped (patternFor warns once); the other constraints still apply.
  if (eff.pattern !== undefined && patternFor(eff.patternHolder, eff.pattern, shapeLabel(eff.target))?.test(value) === false) {
    issues.push(msg.patternIssue(path, eff.pattern));
  }
}

function checkLength(eff: Effective, actual: number, path: string, issues: ValidationIssue[]): void {
  const length = eff.length;
  if (length === undefined) return;
  if ((length.min !== undefined && actual < length.min) || (length.max !== undefined && actual > length.max)) {
    issues.push(msg.lengthIssue(path, actual, length));
  }
}

function checkNumber(type: NumberType, eff: Effective, value: unknown, path: string, issues: ValidationIssue[]): void {
  let numeric: number | bigint;
  if (type === 'bigInteger') {
    if (typeof value !== 'bigint') return void issues.push(msg.typeIssue(path, 'bigint'));
    numeric = value;
  } else if (type === 'bigDecimal') {
    if (typeof value !== 'string' || !DECIMAL_TEXT.test(value)) return void issues.push(msg.typeIssue(path, 'decimal string'));
    numeric = Number(value);
  } else if (type === 'float' || type === 'double') {
    if (typeof value !== 'number') return void issues.push(msg.typeIssue(path, 'number'));
    numeric = value;
  } else {
    const [lo, hi] = INTEGER_BOUNDS[type];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
      return void issues.push(msg.typeIssue(path, type));
    }
    numeric = value;
  }
  const range = eff.range;
  if (range === undefined) return;
  // `!(a >= b)` so that NaN fails both bounds.
  if ((range.min !== undefined && !(numeric >= range.min)) || (range.max !== undefined && !(numeric <= range.max))) {
    issues.push(msg.rangeIssue(path, range));
  }
}

function checkList(schema: ListSchema, eff: Effective, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push(msg.typeIssue(path, 'list'));
    return;
  }
  checkLength(eff, value.length, path, issues);
  if (schema.uniqueItems && value.length > 1) {
    const seen = new Set<string>();
    for (const item of value) seen.add(canonicalKey(item));
    if (seen.size !== value.length) issues.push(msg.uniqueItemsIssue(path));
  }
  const itemEff = effectiveOf(schema.member);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === null || item === undefined) {
      if (!schema.sparse) issues.push(msg.requiredIssue(`${path}/${i}`));
      continue;
    }
    checkValue(itemEff, item, `${path}/${i}`, issues);
  }
}

function checkMap(schema: MapSchema, eff: Effective, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(msg.typeIssue(path, 'map'));
    return;
  }
  const keys = Object.keys(value);
  checkLength(eff, keys.length, path, issues);
  const keyEff = effectiveOf(schema.key);
  const valueEff = effectiveOf(schema.value);
  for (const key of keys) {
    // Key issues are reported at the map's own path, as the Smithy framework does.
    checkValue(keyEff, key, path, issues);
    const item = value[key];
    const itemPath = `${path}/${pointerToken(key)}`;
    if (item === null || item === undefined) {
      if (!schema.sparse) issues.push(msg.requiredIssue(itemPath));
      continue;
    }
    checkValue(valueEff, item, itemPath, issues);
  }
}

function checkUnion(schema: UnionSchema, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isRecord(value)) {
    issues.push(msg.typeIssue(path, 'union'));
    return;
  }
  let setCount = getOwn(value, '$unknown') === undefined ? 0 : 1;
  for (const [name] of memberEntries(schema.members)) {
    const item = getOwn(value, name);
    if (item !== undefined && item !== null) setCount++;
  }
  if (setCount !== 1) issues.push(msg.unionIssue(path, setCount));
  for (const [name, member] of memberEntries(schema.members)) {
    const item = getOwn(value, name);
    if (item !== undefined && item !== null) checkValue(effectiveOf(member), item, `${path}/${name}`, issues);
  }
}
