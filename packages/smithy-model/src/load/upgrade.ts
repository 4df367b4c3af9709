/**
 * Per-document Smithy 1.0 → 2.0 normalisation: a `string` with an `@enum`
 * trait whose every entry has a valid `name` becomes an `enum` shape
 * (Smithy 2.0 "Enum shapes" / IDL 1.0 → 2.0 migration). Box/primitive defaults
 * need targets from other documents, so they live in `model/boxing.ts`.
 * @packageDocumentation
 */
import { shapePath } from '../errors.js';
import type { MutableTraits, RawMember, RawShape } from './raw.js';
import { isMemberName } from './shape.js';

interface EnumDefinition {
  value: string;
  name?: string;
  documentation?: string;
  tags?: string[];
  deprecated?: boolean;
}

/**
 * Converts a 1.0 `string` shape with `@enum` into an `enum` shape in place, when
 * every enum definition has a valid, unique `name`. Members are named by `name`,
 * carry `smithy.api#enumValue` = value, and keep documentation / tags / deprecated
 * as the matching traits. Otherwise the shape is left a `string` with its `@enum` trait.
 * @param shape a shape of a Smithy 1.0 document (its `@enum` value already syntax-checked)
 */
export function upgradeEnumString(shape: RawShape): void {
  if (shape.type !== 'string') return;
  const defs = shape.traits['smithy.api#enum'] as EnumDefinition[] | undefined;
  if (defs === undefined || defs.length === 0) return;
  const names = new Set<string>();
  for (const def of defs) {
    if (def.name === undefined || !isMemberName(def.name) || names.has(def.name)) return;
    names.add(def.name);
  }
  const enumPath = `${shapePath(shape.id)}.traits["smithy.api#enum"]`;
  shape.members = defs.map((def, i): RawMember => {
    const traits: MutableTraits = { 'smithy.api#enumValue': def.value };
    if (def.documentation !== undefined) traits['smithy.api#documentation'] = def.documentation;
    if (def.tags !== undefined) traits['smithy.api#tags'] = def.tags;
    if (def.deprecated === true) traits['smithy.api#deprecated'] = {};
    return { name: def.name as string, target: 'smithy.api#Unit', path: `${enumPath}[${i}]`, traits };
  });
  const { 'smithy.api#enum': _dropped, ...rest } = shape.traits;
  shape.traits = rest;
  shape.type = 'enum';
}
