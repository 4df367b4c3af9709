/**
 * Trait maps of an IDL file's JSON AST: annotation traits become `{}` (or `[]`
 * for list traits, Smithy 2.0 "Annotation traits"), a trait applied twice
 * merges as Smithy merges traits ("Trait conflict resolution": equal values are
 * fine, two arrays concatenate, anything else is a conflict), and the traits a
 * version forbids are rejected (`@mixin`/`@default` in 1.0, `@box` in 2.0).
 * @packageDocumentation
 */
import type { ModelError } from '../errors.js';
import type { SmithyVersion } from '../load/raw.js';
import { jsonEqual } from '../model/equal.js';
import type { Offset } from './lexer.js';
import { hasOwn, put } from './node-values.js';
import type { PendingTrait } from './pending.js';
import { PRELUDE_LIST_TRAITS } from './prelude-names.js';
import type { ShapeIndex } from './shape-index.js';

/** Builds a ModelError at a position of the current file. */
export type Fail = (detail: string, at: Offset, shapeId?: string) => ModelError;

/** Builds the trait maps of one file's shapes, members and `apply` entries. */
export class TraitMaps {
  constructor(
    private readonly version: SmithyVersion,
    private readonly index: ShapeIndex,
    private readonly fail: Fail,
  ) {}

  /**
   * Adds `traits` (in order) to `into`.
   * @param owner the shape or member id the traits are applied to
   * @param into the trait map to extend (modified)
   * @throws ModelError at the trait on a conflict or a trait the file's version forbids
   */
  add(owner: string, traits: readonly PendingTrait[], into: Record<string, unknown>): void {
    for (const trait of traits) {
      const id = trait.name.resolved;
      const at = trait.name.at;
      this.checkVersion(owner, id, at);
      const value = trait.annotation && trait.value === null ? this.annotationValue(id) : trait.value;
      this.merge(into, owner, id, value, at);
    }
  }

  /** Merges one value into a trait map (Smithy trait conflict resolution). */
  merge(into: Record<string, unknown>, owner: string, id: string, value: unknown, at: Offset): void {
    if (!hasOwn(into, id)) {
      put(into, id, value);
      return;
    }
    const previous = into[id];
    if (Array.isArray(previous) && Array.isArray(value)) put(into, id, [...previous, ...value]);
    else if (!jsonEqual(previous, value)) throw this.fail(`Conflicting \`${id}\` trait found on shape \`${owner}\``, at, owner);
  }

  /** The value of `@id` without a value: `[]` for list and set traits, `{}` for structures, maps and unknown traits. */
  private annotationValue(id: string): unknown {
    const type = this.index.typeOf(id) ?? (PRELUDE_LIST_TRAITS.has(id) ? 'list' : undefined);
    if (type === 'list' || type === 'set') return [];
    if (type === undefined || type === 'structure' || type === 'map') return {};
    return null;
  }

  private checkVersion(owner: string, id: string, at: Offset): void {
    if (this.version === '1.0') {
      if (id === 'smithy.api#mixin') {
        throw this.fail(
          `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to \`${owner}\` in a model file using version \`1.0\`.`,
          at,
          owner,
        );
      }
      if (id === 'smithy.api#default') throw this.fail('The @default trait can only be used in Smithy 2.0 or later', at, owner);
    } else if (id === 'smithy.api#box') {
      throw this.fail('@box is not supported in Smithy IDL 2.0', at, owner);
    }
  }
}
