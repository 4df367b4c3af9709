/**
 * Modeled error answers: what a handler override returns to make the mock
 * answer with one of the operation's `@error` structures.
 * @packageDocumentation
 */
import { fakeStructure } from './fake/index.js';
import { hasOwnKey, setOwn, type ErrorSchema, type InheritedMember, type StructureSchema } from '@anvil/runtime';

const BRAND = Symbol.for('@anvil/msw-runtime.ErrorAnswer');

/** Member names the protocols read as the error message (Smithy "AWS JSON error serialization"). */
const MESSAGE_MEMBERS = ['message', 'Message', 'errorMessage'] as const;

/**
 * A modeled error to answer with: the error structure's schema and its member
 * values. Create it with {@link modeledError}; the handler serialises it with
 * the service protocol's `serializeError` (status from `@httpError`, error code
 * from the schema's `name`).
 *
 * @typeParam E the error structure's TypeScript type
 */
export class ErrorAnswer<E = Record<string, unknown>> {
  /** Brand checked by {@link isErrorAnswer}, so answers from another copy of this package are recognised too. */
  readonly [BRAND] = true;

  /**
   * @param schema the `@error` structure's schema
   * @param members the member values to send (the full set; no defaults are added here)
   */
  constructor(
    readonly schema: StructureSchema,
    readonly members: Partial<E> & Record<string, unknown>,
  ) {}
}

/**
 * Is `value` an {@link ErrorAnswer} (from this or another copy of `@anvil/msw-runtime`)?
 *
 * @param value anything, typically what a handler override returned
 */
export function isErrorAnswer(value: unknown): value is ErrorAnswer {
  return (
    value instanceof ErrorAnswer ||
    (typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true)
  );
}

/**
 * The members a caller may give {@link modeledError}: each optional; a member named like a member of
 * `Object` (`constructor`, `toString`, …) also accepts that member's type ({@link InheritedMember}),
 * which TypeScript sees on every object literal.
 *
 * @typeParam E the error structure's TypeScript type
 */
export type PartialMembers<E> = { [K in keyof E]?: E[K] | InheritedMember<K> };

/**
 * Build an {@link ErrorAnswer} for a modeled error (a structure with the Smithy `@error` trait).
 *
 * Members the caller gives are kept as they are. Required members the caller
 * left out are filled from fake data (seeded by the shape id, so always the
 * same values); a message member (`message`, `Message` or `errorMessage`) the
 * caller left out is set to `"<ErrorName> (mocked)"`.
 *
 * @param schema the error structure's schema, e.g. `ResourceNotFoundException$`
 * @param members member values of the error (top-level members; not deep-merged)
 * @returns the answer to return from a handler override
 * @throws TypeError when `schema` is not an `@error` structure (the message names the shape id)
 *
 * @example
 * ```ts
 * server.use(retryDataReplicationHandler(modeledError(ResourceNotFoundException$, { resourceId: 's-1' })));
 * ```
 */
export function modeledError<E>(schema: ErrorSchema<E>, members?: PartialMembers<E>): ErrorAnswer<E> {
  if (schema.type !== 'structure' || schema.error === undefined) {
    throw new TypeError(
      `modeledError: ${schema.id ?? schema.name} is not an @error structure (no "error" in its schema)`,
    );
  }
  const given: Record<string, unknown> = { ...(members as Record<string, unknown> | undefined) };
  // Own keys only: `constructor`, `toString` … are members like any other (never the inherited ones).
  const missingRequired = Object.entries(schema.members).filter(
    ([name, member]) => member.required === true && !hasOwnKey(given, name),
  );
  const filled: Record<string, unknown> = {};
  if (missingRequired.length > 0) {
    const fake = fakeStructure(schema, { seed: schema.id ?? schema.name });
    for (const [name] of missingRequired) {
      if (hasOwnKey(fake, name)) setOwn(filled, name, fake[name]);
    }
  }
  const messageMember = MESSAGE_MEMBERS.find((name) => hasOwnKey(schema.members, name));
  if (messageMember !== undefined && !hasOwnKey(given, messageMember)) {
    filled[messageMember] = `${schema.name} (mocked)`;
  }
  return new ErrorAnswer<E>(schema, { ...filled, ...given } as Partial<E> & Record<string, unknown>);
}
