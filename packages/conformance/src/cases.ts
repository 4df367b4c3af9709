/**
 * Test cases of the Smithy protocol compliance traits (`smithy.test#httpRequestTests`,
 * `smithy.test#httpResponseTests`, `smithy.test#httpMalformedRequestTests`), read from the
 * loaded IR and split into the cases each side (client, mock) must pass.
 *
 * Spec: Smithy "HTTP protocol compliance tests".
 * @packageDocumentation
 */
import type { Model, OperationShape, ShapeId } from '@anvil/smithy-model';
import { listServices, serviceClosure } from '@anvil/smithy-model';

/** The protocols this harness covers (JSON, XML, query and RPC v2), by protocol trait id. */
export const PROTOCOL_TRAITS = {
  'aws.protocols#restJson1': 'restJson1',
  'aws.protocols#awsJson1_0': 'awsJson1_0',
  'aws.protocols#awsJson1_1': 'awsJson1_1',
  'aws.protocols#restXml': 'restXml',
  'aws.protocols#awsQuery': 'awsQuery',
  'aws.protocols#ec2Query': 'ec2Query',
  'smithy.protocols#rpcv2Cbor': 'rpcv2Cbor',
  'smithy.protocols#rpcv2Json': 'rpcv2Json',
} as const;

/** The rpcv2Cbor protocol trait: its test bodies are base64 and compare as decoded CBOR. */
export const RPCV2_CBOR_TRAIT = 'smithy.protocols#rpcv2Cbor';

/** A covered protocol name. */
export type TestedProtocol = (typeof PROTOCOL_TRAITS)[keyof typeof PROTOCOL_TRAITS];

/**
 * The services of a model that use a covered protocol (their protocol trait is one of {@link PROTOCOL_TRAITS}).
 * @returns service shape ids, sorted
 */
export function testedServices(model: Model): ShapeId[] {
  return listServices(model).filter((s) => protocolOf(s.traits) !== undefined).map((s) => s.id);
}

/** The message expectations request and response tests share. */
interface MessageTest {
  readonly id: string;
  readonly protocol: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly forbidHeaders?: readonly string[];
  readonly requireHeaders?: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
  /** Input or output as a node value (timestamps epoch seconds, blobs UTF-8 text). */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly appliesTo?: 'client' | 'server';
  /** Free-form tags; `client-only` / `server-only` select one side like `appliesTo` (see {@link sidesOf}). */
  readonly tags?: readonly string[];
}

/** `smithy.test#httpRequestTests` entry. */
export interface RequestTest extends MessageTest {
  readonly method: string;
  /** Path, percent-encoded, without query. */
  readonly uri: string;
  readonly host?: string;
  readonly resolvedHost?: string;
  /** `k=v` pairs, already percent-encoded. */
  readonly queryParams?: readonly string[];
  readonly forbidQueryParams?: readonly string[];
  readonly requireQueryParams?: readonly string[];
  /** Shape id of {@link vendorParams}, e.g. `aws.protocoltests.config#AwsConfig`. */
  readonly vendorParamsShape?: string;
  /** Client configuration of the case (AwsConfig: `scopedConfig.client` / `.operation`, read for S3 addressing). */
  readonly vendorParams?: Readonly<Record<string, unknown>>;
}

/** `smithy.test#httpResponseTests` entry. */
export interface ResponseTest extends MessageTest {
  readonly code: number;
  /** Shape id of {@link vendorParams}, e.g. `aws.protocoltests.config#ErrorCodeParams`. */
  readonly vendorParamsShape?: string;
  /** Protocol-specific expectations (ErrorCodeParams: the error `code` and query error `type` exposed to callers). */
  readonly vendorParams?: Readonly<Record<string, unknown>>;
}

/** The expected body of a malformed-request response. */
export interface MalformedBody {
  readonly mediaType: string;
  readonly assertion: { readonly contents?: string; readonly messageRegex?: string };
}

/** `smithy.test#httpMalformedRequestTests` entry after `testParameters` expansion. */
export interface MalformedTest {
  readonly id: string;
  readonly protocol: string;
  readonly request: {
    readonly method: string;
    readonly uri: string;
    readonly host?: string;
    readonly queryParams?: readonly string[];
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
  };
  readonly response: {
    readonly code: number;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: MalformedBody;
  };
}

/** Which implementation a case exercises. */
export type Side = 'client' | 'mock';
/** Which trait a case comes from. */
export type CaseKind = 'request' | 'response' | 'malformed';

interface CaseBase {
  /** Test id; expanded malformed cases get a `#<index>` suffix. */
  readonly id: string;
  /** The shape carrying the test trait: the operation, or the error structure of an error response test. */
  readonly shape: ShapeId;
  readonly service: ShapeId;
  readonly protocol: TestedProtocol;
  readonly side: Side;
  /** The operation the case runs against. */
  readonly operation: ShapeId;
}

/** One runnable case. */
export type ConformanceCase =
  | (CaseBase & { readonly kind: 'request'; readonly test: RequestTest })
  | (CaseBase & { readonly kind: 'response'; readonly test: ResponseTest; readonly errorShape?: ShapeId })
  | (CaseBase & { readonly kind: 'malformed'; readonly test: MalformedTest });

/** A `smithy.test#httpMalformedRequestTests` entry as written, before `testParameters` expansion. */
export interface RawMalformed extends Omit<MalformedTest, 'response'> {
  readonly response: { readonly code: number; readonly headers?: Record<string, string>; readonly body?: MalformedBody };
  readonly testParameters?: Readonly<Record<string, readonly string[]>>;
}

/** Trait ids of the three compliance-test traits. */
export const REQUEST_TESTS = 'smithy.test#httpRequestTests';
export const RESPONSE_TESTS = 'smithy.test#httpResponseTests';
export const MALFORMED_TESTS = 'smithy.test#httpMalformedRequestTests';

/** Tags that restrict a test to one side when it has no `appliesTo`. */
export const SIDE_TAGS: Readonly<Record<string, Side>> = { 'client-only': 'client', 'server-only': 'mock' };

/** The covered protocol of a service, from its protocol trait. */
export function protocolOf(traits: Readonly<Record<string, unknown>>): TestedProtocol | undefined {
  for (const [trait, name] of Object.entries(PROTOCOL_TRAITS)) if (trait in traits) return name;
  return undefined;
}

/**
 * Sides a request or response test applies to: `appliesTo: client` → client, `server` → mock
 * (Smithy "appliesTo"). Without `appliesTo`, a `client-only` or `server-only` tag selects that one
 * side (when both tags are present, or none, the test applies to both sides).
 */
export function sidesOf(test: { readonly appliesTo?: 'client' | 'server'; readonly tags?: readonly string[] }): Side[] {
  if (test.appliesTo === 'client') return ['client'];
  if (test.appliesTo === 'server') return ['mock'];
  const tagged = [...new Set((test.tags ?? []).flatMap((tag) => SIDE_TAGS[tag] ?? []))];
  return tagged.length === 1 ? tagged : ['client', 'mock'];
}

/**
 * Replace `$name:L` (literal) and `$name:S` (JSON string) with `testParameters[name][index]`; `$$` is `$`.
 * Smithy "httpMalformedRequestTests" parameter interpolation.
 */
export function interpolate(text: string, params: Readonly<Record<string, readonly string[]>>, index: number): string {
  return text.replace(/\$\$|\$([A-Za-z0-9_]+):([LS])/g, (match, name: string | undefined, kind: string | undefined) => {
    if (name === undefined) return '$';
    const value = params[name]?.[index];
    if (value === undefined) return match;
    return kind === 'S' ? JSON.stringify(value) : value;
  });
}

/**
 * Expand one malformed test over its `testParameters` (every parameter list has the same length);
 * a test without parameters still has `$$` unescaped to `$`.
 */
export function expandMalformed(test: RawMalformed): MalformedTest[] {
  const params = test.testParameters ?? {};
  const expand = Object.keys(params).length > 0;
  const count = expand ? Object.values(params)[0]!.length : 1;
  const json = JSON.stringify({ request: test.request, response: test.response });
  const out: MalformedTest[] = [];
  for (let i = 0; i < count; i++) {
    // Interpolate inside the JSON text's string values: each replacement is escaped as JSON string content.
    const expanded = json.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner: string) => {
      const text = JSON.parse(`"${inner}"`) as string;
      return JSON.stringify(interpolate(text, params, i));
    });
    const { request, response } = JSON.parse(expanded) as Pick<MalformedTest, 'request' | 'response'>;
    out.push({ id: expand ? `${test.id}#${i}` : test.id, protocol: test.protocol, request, response });
  }
  return out;
}

function testsOf<T>(traits: Readonly<Record<string, unknown>>, trait: string, protocolTrait: string): T[] {
  const list = (traits[trait] ?? []) as Array<T & { protocol: string }>;
  return list.filter((t) => t.protocol === protocolTrait);
}

/**
 * Every case of one service: request and response tests on its operations, response tests on its
 * error structures (run against the first operation that can return the error), and expanded
 * malformed-request tests. Tests for another protocol than the service's, and error tests no
 * operation can return, are left to the inventory, which reports them as not run (see `not-run.ts`).
 * @throws Error when the service has no covered protocol trait
 */
export function casesOfService(model: Model, serviceId: ShapeId): ConformanceCase[] {
  const closure = serviceClosure(model, serviceId);
  const protocol = protocolOf(closure.service.traits);
  if (!protocol) throw new Error(`conformance: service ${serviceId} has no restJson1/awsJson1_0/awsJson1_1/rpcv2Cbor/rpcv2Json trait`);
  const protocolTrait = Object.entries(PROTOCOL_TRAITS).find(([, name]) => name === protocol)![0];
  const service = { service: serviceId, protocol };
  const cases: ConformanceCase[] = [];
  for (const op of closure.operations) {
    const base = { ...service, shape: op.id, operation: op.id };
    for (const test of testsOf<RequestTest>(op.traits, REQUEST_TESTS, protocolTrait)) {
      for (const side of sidesOf(test)) cases.push({ ...base, id: test.id, side, kind: 'request', test });
    }
    for (const test of testsOf<ResponseTest>(op.traits, RESPONSE_TESTS, protocolTrait)) {
      for (const side of sidesOf(test)) cases.push({ ...base, id: test.id, side, kind: 'response', test });
    }
    for (const raw of testsOf<RawMalformed>(op.traits, MALFORMED_TESTS, protocolTrait)) {
      for (const test of expandMalformed(raw)) cases.push({ ...base, id: test.id, side: 'mock', kind: 'malformed', test });
    }
  }
  for (const shape of closure.shapes) {
    if (shape.type !== 'structure' || !('smithy.api#error' in shape.traits)) continue;
    const tests = testsOf<ResponseTest>(shape.traits, RESPONSE_TESTS, protocolTrait);
    if (tests.length === 0) continue;
    const op = operationReturning(closure.operations, closure.service.errors, shape.id);
    if (!op) continue;
    for (const test of tests) {
      for (const side of sidesOf(test)) {
        cases.push({ ...service, id: test.id, shape: shape.id, side, kind: 'response', operation: op.id, errorShape: shape.id, test });
      }
    }
  }
  return cases;
}

/** The first operation (closure order) that can return `error`, directly or as a service error. */
export function operationReturning(ops: readonly OperationShape[], serviceErrors: readonly ShapeId[], error: ShapeId): OperationShape | undefined {
  return ops.find((op) => op.errors.includes(error)) ?? (serviceErrors.includes(error) ? ops[0] : undefined);
}
