/**
 * Enum values of `enum` / `intEnum` shapes and of 1.0 strings with the `@enum`
 * trait (Smithy "enum", "intEnum", "enum trait", "internal trait").
 * @packageDocumentation
 */
import type { Shape } from '@anvil/smithy-model';
import type { EnumValueNode } from './shape-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { documentation, has, value } from './traits.js';

interface EnumTraitEntry {
  value: string;
  name?: string;
  documentation?: string;
  tags?: string[];
}

/** The shape's enum values; undefined when it is not an enum. */
export function enumValues(shape: Shape): EnumValueNode[] | undefined {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return shape.members.map((m) => {
      const v = value(m.traits, TRAIT_IDS.enumValue);
      const doc = documentation(m.traits);
      return {
        name: m.name,
        value: typeof v === 'string' || typeof v === 'number' ? v : m.name,
        ...(doc === undefined ? {} : { documentation: doc }),
        internal: has(m.traits, TRAIT_IDS.internal),
      };
    });
  }
  if (shape.type === 'string') {
    const entries = value(shape.traits, TRAIT_IDS.enum);
    if (!Array.isArray(entries)) return undefined;
    return (entries as EnumTraitEntry[]).map((e) => ({
      name: e.name ?? e.value,
      value: e.value,
      ...(e.documentation ? { documentation: e.documentation } : {}),
      internal: Array.isArray(e.tags) && e.tags.includes('internal'),
    }));
  }
  return undefined;
}
