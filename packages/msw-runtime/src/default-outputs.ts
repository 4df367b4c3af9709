/**
 * The default output of one handler: fake data generated once per handler
 * (deterministic for the seed), or for `@paginated` operations the requested
 * page of a finite collection.
 * @packageDocumentation
 */
import { deref, setAtPath, streamingMember, type HttpResponse, type OperationSchema } from '@anvil/runtime';
import { fakeStructure } from './fake/index.js';
import { Pager, paginationPlan, type PageResult } from './pagination.js';

/** Default outputs of one handler. */
export class DefaultOutputs {
  private base: Record<string, unknown> | undefined;
  private pager: Pager | null | undefined;
  /** Serialised default answers, by protocol. */
  private readonly responses = new Map<string, HttpResponse>();
  private unpaged: PageResult | undefined;
  /** Serialised answers of stateful answer objects (never mutated), by protocol. */
  private readonly answers = new WeakMap<object, Map<string, HttpResponse>>();

  /**
   * @param operation the operation answered
   * @param seed seed of the fake data (`HandlerOptions.seed`, default the operation id)
   */
  constructor(
    private readonly operation: OperationSchema,
    private readonly seed: string | number,
  ) {}

  /**
   * The default output for one request. Built lazily and cached (outputs are
   * never mutated: overrides are merged into copies).
   *
   * @param input the parsed input (page token and size of paginated operations)
   * @param strictTokens reject page tokens this mock did not issue (default). When an
   *   override answers it owns pagination: pass `false` to get the first page with no
   *   output token as the base the override is merged over (its own tokens are then legitimate).
   * @returns the output, or a page-token error for paginated operations
   * @throws FakeDataError when the output schema's constraints cannot be met
   */
  forInput(input: Record<string, unknown>, strictTokens = true): PageResult {
    this.base ??= this.fake();
    if (this.pager === undefined) this.pager = this.plan();
    if (this.pager === null) return { ok: true, output: this.base };
    if (strictTokens) return this.pager.page(this.base, input);
    if (this.unpaged) return this.unpaged;
    const first = this.pager.page(this.base, {});
    return (this.unpaged = first.ok ? { ok: true, output: setAtPath(first.output, this.pager.plan.outputToken, undefined) } : first);
  }

  /**
   * The serialised default answer of a non-paginated operation, serialised once and then
   * reused (the default output never changes for a handler); `undefined` for paginated
   * operations, whose answer depends on the request.
   *
   * @param serialize the codec's `serializeResponse` for this operation
   * @param protocol the codec's protocol: a service answered in several protocols caches one response per protocol
   * @returns the cached wire response (callers must copy before changing it)
   */
  staticResponse(serialize: (output: Record<string, unknown>) => HttpResponse, protocol = ''): HttpResponse | undefined {
    if (this.pager === undefined) this.pager = this.plan();
    if (this.pager !== null) return undefined;
    this.base ??= this.fake();
    let response = this.responses.get(protocol);
    if (!response) this.responses.set(protocol, (response = serialize(this.base)));
    return response;
  }

  /**
   * The response serialised earlier for a stateful answer object (laid over the default output), if any.
   * @param answer the partial output the store answered (the same object only while its content is unchanged)
   * @param protocol the codec's protocol
   * @returns the cached wire response (callers must copy before changing it)
   */
  answerResponse(answer: object, protocol: string): HttpResponse | undefined {
    return this.answers.get(answer)?.get(protocol);
  }

  /** Keep the response serialised for a stateful answer object (see {@link answerResponse}). */
  keepAnswerResponse(answer: object, protocol: string, response: HttpResponse): void {
    let byProtocol = this.answers.get(answer);
    if (!byProtocol) this.answers.set(answer, (byProtocol = new Map()));
    byProtocol.set(protocol, response);
  }

  /** Fake data of the output ({@link defaultOutput}); an event stream member is left out (its default events are made per answer). */
  private fake(): Record<string, unknown> {
    const output = deref(this.operation.output);
    const base = defaultOutput(this.operation, this.seed);
    const stream = streamingMember(output);
    if (stream?.kind === 'events') delete base[stream.name];
    return base;
  }

  private plan(): Pager | null {
    const plan = paginationPlan(this.operation);
    return plan ? new Pager(plan, this.seed) : null;
  }
}

/** Flexible-checksum response headers (`x-amz-checksum-crc32`, …; Smithy `@httpChecksum`). */
const CHECKSUM_HEADER = /^x-amz-checksum-/i;

/**
 * Fake output of an operation, without members bound to `x-amz-checksum-*` headers: a made-up checksum never
 * matches the body, and clients validating flexible checksums (the AWS SDKs on S3 GetObject) would reject every
 * default answer. A `@paginated` operation the mock cannot page (no `items`, e.g. S3 ListObjectsV2) gets no output
 * token, so paginators end instead of following made-up tokens forever. Overrides may still set them.
 */
function defaultOutput(operation: OperationSchema, seed: string | number): Record<string, unknown> {
  const schema = deref(operation.output);
  let output = fakeStructure(schema, { seed });
  for (const [name, member] of Object.entries(schema.members)) {
    if (member.httpHeader !== undefined && CHECKSUM_HEADER.test(member.httpHeader)) delete output[name];
  }
  const token = operation.paginated?.outputToken;
  if (token !== undefined && paginationPlan(operation) === undefined) output = setAtPath(output, token, undefined);
  return output;
}
