/**
 * TypeScript type expressions for member targets (type mapping policy:
 * docs/breadth.md and `@anvil/runtime`'s schema types).
 * @packageDocumentation
 */
import type { TypeRef } from '../../resolve/index.js';

/** How the file being written names the types it does not spell out itself. */
export interface TypeNames {
  /** A named shape's type (`SourceServer`). */
  named(typeName: string): string;
  /** `smithy.api#Unit` (`UnitShape`). */
  unit(): string;
  /** A document value (`DocumentType`). */
  document(): string;
}

const SPELLED: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  bigint: 'bigint',
  blob: 'Uint8Array',
  timestamp: 'Date',
};

/** The type expression for a member target. */
export function typeExpression(ref: TypeRef, names: TypeNames): string {
  switch (ref.kind) {
    case 'unit':
      return names.unit();
    case 'document':
      return names.document();
    case 'named':
      return names.named(ref.name);
    case 'recursive':
      return ref.collection === 'list' ? 'unknown[]' : 'Record<string, unknown>';
    case 'list': {
      const item = typeExpression(ref.item, names);
      return ref.sparse ? `Array<${item} | null>` : `Array<${item}>`;
    }
    case 'map': {
      const value = typeExpression(ref.value, names);
      const v = ref.sparse ? `${value} | null` : value;
      return ref.key.kind === 'string' ? `Record<string, ${v}>` : `Partial<Record<${typeExpression(ref.key, names)}, ${v}>>`;
    }
    default:
      return SPELLED[ref.kind]!;
  }
}
