/**
 * Deterministic, schema-driven fake data (default mock responses): values
 * honour Smithy "Constraint traits" (`@length`, `@range`, `@pattern`,
 * `@uniqueItems`, enum / intEnum values) and the runtime type mapping of
 * `schema.ts`, and always pass {@link validate}.
 * @packageDocumentation
 */
import type { Schema, StructureSchema } from '@anvil/runtime';
import { effectiveOfSchema } from '../validate/constraints.js';
import { generate, generateStructure } from './generate.js';
import type { FakeContext } from './generate.js';

export { FakeDataError } from './fake-data-error.js';
export { FAKE_EPOCH_SECONDS } from './generate.js';

/** Options of {@link fakeValue} / {@link fakeStructure}. */
export interface FakeOptions {
  /** Seed; equal schema + seed + path give equal values in every run and process. Default `0`. */
  seed?: number | string;
  /** JSON pointer of the value (part of each value's seed). Default `''`. */
  path?: string;
  /** Structure/union nesting depth after which optional members are omitted and lists of aggregates stay empty. Default 3. */
  maxDepth?: number;
  /** Fill optional members (within `maxDepth`). Default `true`, so mock responses look full. */
  includeOptional?: boolean;
}

/** Default of {@link FakeOptions.maxDepth}. */
export const DEFAULT_FAKE_MAX_DEPTH = 3;

function contextOf(options: FakeOptions | undefined): FakeContext {
  return {
    seed: String(options?.seed ?? 0),
    maxDepth: options?.maxDepth ?? DEFAULT_FAKE_MAX_DEPTH,
    includeOptional: options?.includeOptional ?? true,
  };
}

/**
 * A fake value of any schema kind.
 *
 * Strings follow `@pattern` (via `randexp`, verified with the real regex,
 * search semantics) and `@length` (code points), staying near the low end;
 * without a pattern they read like `<memberName>-3f2a`. Numbers respect
 * `@range` and their type's range; timestamps are `Date`s in whole seconds
 * within a year after {@link FAKE_EPOCH_SECONDS}; blobs are `Uint8Array`s;
 * documents small JSON objects; unions have exactly one member; lists/maps
 * have 1–2 entries (within `@length`, unique when `@uniqueItems`; `@sparse`
 * collections get no null entries). Recursive shapes terminate: past
 * `maxDepth` only required members are generated and lists/maps of aggregates
 * get their minimum length.
 *
 * @param schema - the schema (its own constraints apply).
 * @param options - seed, root path, depth and optional-member settings.
 * @returns the value under the schema type mapping.
 * @throws FakeDataError naming the shape id and path when constraints cannot
 *   be met (e.g. a pattern incompatible with its length bounds).
 * @throws PatternSyntaxError when a pattern is not a valid regex.
 */
export function fakeValue(schema: Schema, options?: FakeOptions): unknown {
  return generate(effectiveOfSchema(schema), options?.path ?? '', schema.type === 'structure' || schema.type === 'union' ? schema.name : 'value', -1, 0, contextOf(options));
}

/**
 * A fake structure value (see {@link fakeValue}); the root structure is at depth 0.
 * @param schema - the structure schema.
 * @param options - seed, root path, depth and optional-member settings.
 * @returns a plain object keyed by member name.
 * @throws FakeDataError / PatternSyntaxError as {@link fakeValue}.
 */
export function fakeStructure(schema: StructureSchema, options?: FakeOptions): Record<string, unknown> {
  return generateStructure(schema, options?.path ?? '', 0, 1, contextOf(options));
}
