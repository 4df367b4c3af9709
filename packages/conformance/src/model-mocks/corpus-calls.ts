/**
 * One call per corpus service through its generated client and generated mock (issue #15): the
 * generated lite client is constructed with fake credentials, region `us-east-1` and
 * `maxAttempts: 1`, one operation is picked deterministically ({@link pickOperation}), called with
 * a fake input that validates ({@link callInput}), and answered by the service's generated MSW
 * handlers (which must already be in use). The answer must be the operation's output with a 2xx
 * `$metadata.httpStatusCode` that validates against the output schema.
 * @packageDocumentation
 */
import { fakeStructure, validate, validateValue } from '@anvil/msw-runtime';
import { deref, streamingMember, type OperationSchema } from '@anvil/runtime';
import { collectStreamedBlob } from '../client-side.js';
import { fakeArn } from './fake-arn.js';
import type { GeneratedMocks } from './generated-mocks.js';

/** The outcome of one service's call. */
export type CallOutcome =
  | { readonly status: 'passed'; readonly httpStatus: number }
  | { readonly status: 'failed'; readonly why: string };

/** One service's call: the operation picked and what happened. */
export interface CallResult {
  readonly operation: string;
  /** `none`: the input has no required member (called with `{}`); `fake`: required members filled by fake data. */
  readonly input: 'none' | 'fake';
  readonly outcome: CallOutcome;
}

/** Read-style name prefixes preferred when picking the operation (Smithy/AWS naming conventions). */
const READ_PREFIXES = /^(List|Describe|Get)/;

function hasRequired(operation: OperationSchema): boolean {
  return Object.values(deref(operation.input).members).some((m) => m.required);
}

function streams(operation: OperationSchema): boolean {
  return streamingMember(deref(operation.input)) !== undefined || streamingMember(deref(operation.output))?.kind === 'events';
}

/**
 * The operation to call, deterministically: among the operations in name order, the first of
 * (1) a `List*`/`Describe*`/`Get*` operation whose input has no required member, (2) any operation
 * whose input has no required member, (3) any operation — each time preferring operations without
 * a streaming input or an event-stream output.
 * @returns `undefined` when the service has no operation
 */
export function pickOperation(operations: Iterable<OperationSchema>): OperationSchema | undefined {
  const sorted = [...operations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tiers: ((op: OperationSchema) => boolean)[] = [
    (op) => READ_PREFIXES.test(op.name) && !hasRequired(op),
    (op) => !hasRequired(op),
    () => true,
  ];
  for (const tier of tiers) {
    const found = sorted.find((op) => tier(op) && !streams(op)) ?? sorted.find(tier);
    if (found) return found;
  }
  return undefined;
}

/**
 * The input the call sends: `{}` when no member is required, else the required members as
 * deterministic fake data (seed 0), which honours the model's constraints. A string member bound
 * to an endpoint rule-set parameter named like an ARN (`smithy.rules#contextParam`, e.g. CloudFront
 * KeyValueStore's `KvsARN`) gets a well-formed ARN with the parts the rules require ({@link fakeArn})
 * when that still validates: the rules parse it, and fake text is no ARN. An event stream member gets one fake event.
 */
export function callInput(operation: OperationSchema, endpointRuleSet?: unknown): Record<string, unknown> {
  if (!hasRequired(operation)) return {};
  const input = deref(operation.input);
  const value = fakeStructure(input, { includeOptional: false });
  // an event stream input is a sequence of events: the fake union value is its one event
  const events = streamingMember(input);
  if (events?.kind === 'events' && value[events.name] !== undefined) value[events.name] = [value[events.name]];
  for (const [param, member] of Object.entries(operation.endpointParams?.members ?? {})) {
    if (!/arn/i.test(param) || typeof value[member] !== 'string') continue;
    const arn = fakeArn(endpointRuleSet);
    if (validate(input, { ...value, [member]: arn }).length === 0) value[member] = arn;
  }
  return value;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Construct the generated client of `mocks` and call one operation against its handlers.
 * @param mocks a service generated with `{ client: true }` whose handlers msw is using
 * @returns the result, or `undefined` when the service has no operation
 * @throws Error when `mocks` carries no generated client
 */
export async function callOneOperation(mocks: GeneratedMocks): Promise<CallResult | undefined> {
  if (!mocks.client) throw new Error(`${mocks.service.id}: generated without its client ({ client: true })`);
  const operation = pickOperation(mocks.operations.values());
  if (!operation) return undefined;
  const input = callInput(operation, mocks.client.endpointRuleSet);
  const result = (outcome: CallOutcome): CallResult => ({ operation: operation.name, input: hasRequired(operation) ? 'fake' : 'none', outcome });
  const events = streamingMember(deref(operation.input));
  const issues = validate(deref(operation.input), events?.kind === 'events' ? { ...input, [events.name]: (input[events.name] as unknown[] | undefined)?.[0] } : input);
  if (issues.length) return result({ status: 'failed', why: `fake input does not validate: ${issues[0]?.path || '/'} ${issues[0]?.message ?? ''}` });
  try {
    const client = new mocks.client.LiteClient({
      region: 'us-east-1',
      // every kind of identity a corpus service may ask for: SigV4 credentials, a bearer token, an API key
      credentials: { accessKeyId: 'AKIDCORPUSCALLS', secretAccessKey: 'corpus-calls-secret' },
      token: { token: 'corpus-calls-token' },
      apiKey: 'corpus-calls-api-key',
      maxAttempts: 1,
      deprecationWarnings: false,
      logger: { warn: () => {} },
    });
    const call = await mocks.client.operation(operation.name);
    const answer = await call(client, input);
    const status = answer.$metadata.httpStatusCode;
    const output: Record<string, unknown> = { ...answer };
    if (status === undefined || status < 200 || status > 299) return result({ status: 'failed', why: `$metadata.httpStatusCode ${String(status)}` });
    await collectStreamedBlob(operation, output);
    // an event stream output is read to its end: each event must validate against its union
    const stream = streamingMember(deref(operation.output));
    if (stream?.kind === 'events' && stream.union) {
      const events = output[stream.name];
      if (!isAsyncIterable(events)) return result({ status: 'failed', why: `output /${stream.name}: not an event stream` });
      for await (const event of events) {
        const bad = validateValue(stream.union, event);
        if (bad.length) return result({ status: 'failed', why: `event does not validate: ${bad[0]?.path || '/'} ${bad[0]?.message ?? ''}` });
      }
      delete output[stream.name];
    }
    delete output['$metadata'];
    const wrong = validate(deref(operation.output), output).filter((i) => !(stream?.kind === 'events' && i.path === `/${stream.name}`));
    if (wrong.length) return result({ status: 'failed', why: `output does not validate: ${wrong[0]?.path || '/'} ${wrong[0]?.message ?? ''}` });
    return result({ status: 'passed', httpStatus: status });
  } catch (error) {
    return result({ status: 'failed', why: describe(error) });
  }
}
