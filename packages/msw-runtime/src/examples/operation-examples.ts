/**
 * The model's own examples (Smithy `smithy.api#examples`) as mock answers: a request whose input
 * is an example's input gets that example's output (laid over the default output) or its error.
 * Examples with `allowConstraintErrors` also match inputs that fail validation.
 *
 * Spec: Smithy 2.0 "examples trait".
 * @packageDocumentation
 */
import { deref, defaultValue, getOwn, hasOwnKey, type MemberSchema, type OperationSchema, type Schema, type StructureSchema } from '@anvil/runtime';
import { modeledError, type ErrorAnswer } from '../error-answer.js';
import { structureFromNode } from '../node-values.js';
import { canonicalKey } from '../validate/index.js';

/** One entry of an operation's `smithy.api#examples` trait, as generated packages emit it (node values). */
export interface OperationExample {
  readonly title: string;
  readonly documentation?: string;
  /** Input members (node values). */
  readonly input?: Readonly<Record<string, unknown>>;
  /** Output members (node values); absent for error examples. */
  readonly output?: Readonly<Record<string, unknown>>;
  /** The modeled error the example answers with: its shape id and members (node values). */
  readonly error?: { readonly shapeId: string; readonly content?: Readonly<Record<string, unknown>> };
  /** The input may break constraint traits: it matches even when validation fails. */
  readonly allowConstraintErrors?: boolean;
}

/** Operation name → its examples (a generated msw package's `examples`). */
export type ExampleTable = Readonly<Record<string, readonly OperationExample[]>>;

/** An example converted to runtime values, ready to match requests. */
export interface CompiledExample {
  readonly example: OperationExample;
  readonly input: Readonly<Record<string, unknown>>;
  /** The answer: a partial output or a modeled error. */
  readonly answer: Readonly<Record<string, unknown>> | ErrorAnswer;
}

/**
 * Convert an example to runtime values.
 * @throws NodeValueError (JSON pointer under `/input`, `/output` or `/error/content`) when a value does not fit its shape;
 *   Error when the error shape id is not among the operation's errors
 */
export function compileExample(operation: OperationSchema, example: OperationExample): CompiledExample {
  const input = structureFromNode(deref(operation.input), example.input ?? {}, '/input');
  if (example.error) {
    const schema = operation.errors.map((e) => deref(e)).find((e) => e.id === example.error?.shapeId);
    if (!schema?.error) throw new Error(`/error/shapeId: ${example.error.shapeId} is not an error of ${operation.id}`);
    const members = structureFromNode(schema, example.error.content ?? {}, '/error/content');
    return { example, input, answer: modeledError(schema as StructureSchema & { error: 'client' | 'server' }, members) };
  }
  return { example, input, answer: structureFromNode(deref(operation.output), example.output ?? {}, '/output') };
}

const NONE: ReadonlySet<string> = new Set();
const CHECKSUM_HEADER = /^x-amz-checksum-/i;

/**
 * Input members AWS clients fill on their own for `aws.protocols#httpChecksum` operations (AWS "httpChecksum
 * trait"; the SDKs' default `WHEN_SUPPORTED`): the request algorithm member (`ChecksumAlgorithm: CRC32`), the
 * validation mode member (`ChecksumMode: ENABLED`) and the checksum members (`x-amz-checksum-*` headers, computed
 * from the body). An example that leaves them out still matches a request that carries them.
 */
export function clientFilledMembers(operation: OperationSchema, schema: StructureSchema): ReadonlySet<string> {
  const trait = operation.httpChecksum;
  if (!trait) return NONE;
  const names = new Set<string>();
  if (trait.requestAlgorithmMember !== undefined) names.add(trait.requestAlgorithmMember);
  if (trait.requestValidationModeMember !== undefined) names.add(trait.requestValidationModeMember);
  for (const [name, member] of Object.entries(schema.members)) if (member.httpHeader && CHECKSUM_HEADER.test(member.httpHeader)) names.add(name);
  return names;
}

const compiledCache = new WeakMap<readonly OperationExample[], CompiledExample[]>();

/** The examples of an operation that convert (others can never match), cached per list. */
export function compiledExamples(operation: OperationSchema, examples: readonly OperationExample[]): readonly CompiledExample[] {
  let compiled = compiledCache.get(examples);
  if (!compiled) {
    compiled = [];
    for (const example of examples) {
      try {
        compiled.push(compileExample(operation, example));
      } catch {
        // an example that does not fit its model never matches (pnpm examples lists it)
      }
    }
    compiledCache.set(examples, compiled);
  }
  return compiled;
}

/**
 * The `Content-Type` a client sends for a structure's blob or string `@httpPayload` when the input sets none
 * (Smithy "httpPayload trait": `application/octet-stream`, `text/plain`); S3 `PutObject` binds it to `ContentType`.
 */
function defaultPayloadMediaType(schema: StructureSchema): string | undefined {
  const payload = Object.values(schema.members).find((m) => m.httpPayload);
  const target = payload ? deref(payload.target) : undefined;
  if (target?.type === 'blob') return target.mediaType ?? 'application/octet-stream';
  if (target?.type === 'string') return target.mediaType ?? 'text/plain';
  return undefined;
}

/**
 * A member the request has and the example does not, which still matches: auto-filled tokens, a `Content-Type`
 * member holding the media type the client sends by default for the payload ({@link defaultPayloadMediaType}),
 * values equal to the `@default`, and an `@httpQueryParams` map holding nothing but parameters
 * other members bind with `@httpQuery` (the wire cannot tell them apart).
 */
function ignorable(schema: StructureSchema, member: MemberSchema, value: unknown): boolean {
  if (member.idempotencyToken) return true;
  if (member.httpHeader?.toLowerCase() === 'content-type' && value === defaultPayloadMediaType(schema)) return true;
  if (member.httpQueryParams && typeof value === 'object' && value !== null) {
    const bound = new Set(Object.values(schema.members).map((m) => m.httpQuery));
    if (Object.keys(value).every((k) => bound.has(k))) return true;
  }
  return member.default !== undefined && canonicalKey(defaultValue(member)) === canonicalKey(value);
}

/**
 * Does a request value match an example value of the same member? Structures and unions compare
 * member by member with {@link inputMatches}'s rule (nested members the client fills with their
 * `@default` match an example that leaves them out); lists element by element; maps key by key;
 * scalars, Dates and bytes by canonical form.
 */
function valueMatches(target: Schema, wanted: unknown, actual: unknown): boolean {
  if (isRecord(wanted) && isRecord(actual)) {
    if (target.type === 'structure' || target.type === 'union') return inputMatches(target as StructureSchema, wanted, actual);
    if (target.type === 'map') {
      const keys = Object.keys(wanted);
      if (keys.length !== Object.keys(actual).length) return false;
      const value = deref(target.value.target);
      return keys.every((k) => hasOwnKey(actual, k) && valueMatches(value, getOwn(wanted, k), getOwn(actual, k)));
    }
  }
  if (Array.isArray(wanted) && Array.isArray(actual) && target.type === 'list') {
    const element = deref(target.member.target);
    return wanted.length === actual.length && wanted.every((w, i) => valueMatches(element, w, actual[i]));
  }
  return canonicalKey(wanted) === canonicalKey(actual);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

/**
 * Does a parsed request input match an example's input? Members compare by value (Dates by
 * instant, bytes by content, structures member by member at every depth); members only the
 * request has match when {@link ignorable}: `@idempotencyToken`s, values equal to their `@default`,
 * `@httpQueryParams` maps of `@httpQuery`-bound parameters only, and the top-level members named in `clientFilled`.
 * @param clientFilled input members a client fills on its own (see {@link clientFilledMembers})
 */
export function inputMatches(
  schema: StructureSchema,
  example: Readonly<Record<string, unknown>>,
  input: Readonly<Record<string, unknown>>,
  clientFilled: ReadonlySet<string> = NONE,
): boolean {
  for (const [name, member] of Object.entries(schema.members)) {
    const has = hasOwnKey(input, name) && getOwn(input, name) !== undefined;
    const wanted = hasOwnKey(example, name) ? getOwn(example, name) : undefined;
    if (wanted === undefined) {
      if (has && !clientFilled.has(name) && !ignorable(schema, member, getOwn(input, name))) return false;
    } else if (!has || !valueMatches(deref(member.target), wanted, getOwn(input, name))) {
      return false;
    }
  }
  return true;
}

/**
 * The first example whose input the request matches.
 * @param invalid the input failed validation: only `allowConstraintErrors` examples may match
 */
export function findExample(
  operation: OperationSchema,
  examples: readonly OperationExample[] | undefined,
  input: Readonly<Record<string, unknown>>,
  invalid: boolean,
): CompiledExample | undefined {
  if (!examples || examples.length === 0) return undefined;
  const schema = deref(operation.input);
  const filled = clientFilledMembers(operation, schema);
  return compiledExamples(operation, examples).find((c) => (!invalid || c.example.allowConstraintErrors === true) && inputMatches(schema, c.input, input, filled));
}
