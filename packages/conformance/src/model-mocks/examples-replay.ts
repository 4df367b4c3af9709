/**
 * The model's examples replayed through client ↔ mock: every `smithy.api#examples` entry that is
 * valid for its model is sent by a real `Client` to the service's generated handlers, which must
 * answer with the example's output (a subset of the parsed output: the handler lays it over fake
 * data) or throw the example's error with its members. Invalid examples are listed with why.
 * @packageDocumentation
 */
import { compileExample, inputMatches, isErrorAnswer, validate, type CompiledExample, type OperationExample } from '@anvil/msw-runtime';
import { deref, getProtocol, type OperationSchema, type StructureSchema } from '@anvil/runtime';
import type { Client } from '@anvil/client-runtime';
import { collectStreamedBlob } from '../client-side.js';
import type { GeneratedMocks } from './generated-mocks.js';

/** What happened to one example. */
export type ExampleOutcome =
  | { readonly status: 'passed' }
  | { readonly status: 'invalid'; readonly why: string }
  | { readonly status: 'failed'; readonly why: string }
  | { readonly status: 'not-run'; readonly why: string }
  /** Valid for its model, but HTTP cannot carry it as written (see {@link unreplayableReason}). */
  | { readonly status: 'unreplayable'; readonly why: string }
  /** An earlier example of the operation has the same input: the mock answers that one. */
  | { readonly status: 'shadowed'; readonly why: string };

/** One example's outcome, named. */
export interface ExampleResult {
  readonly operation: string;
  readonly title: string;
  readonly outcome: ExampleOutcome;
}

/** Why an example does not fit its model, or `undefined` when it does. */
export function invalidReason(operation: OperationSchema, example: OperationExample): string | undefined {
  let compiled;
  try {
    compiled = compileExample(operation, example);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!example.allowConstraintErrors) {
    const issues = validate(deref(operation.input), compiled.input);
    if (issues.length > 0) return `input ${issues[0]?.path || '/'}: ${issues[0]?.message ?? ''}`;
  }
  if (!isErrorAnswer(compiled.answer) && example.output) {
    const issues = validate(deref(operation.output), compiled.answer as Record<string, unknown>).filter((i) => i.kind !== 'required');
    if (issues.length > 0) return `output ${issues[0]?.path || '/'}: ${issues[0]?.message ?? ''}`;
  }
  return undefined;
}

/** Members bound to HTTP headers (`@httpHeader`, `@httpPrefixHeaders` values) of a structure, with their header names. */
function headerValues(schema: StructureSchema, values: Readonly<Record<string, unknown>>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [name, member] of Object.entries(schema.members)) {
    const value = values[name];
    if (member.httpHeader !== undefined) out.push([`${name} (header ${member.httpHeader})`, value]);
    else if (member.httpPrefixHeaders !== undefined && typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) out.push([`${name}/${k} (header ${member.httpPrefixHeaders}${k})`, v]);
  }
  return out;
}

/**
 * Why a valid example cannot come back over HTTP as written, or `undefined`: a string bound to a
 * header with leading or trailing whitespace (RFC 9110 §5.5: a field value excludes the optional
 * whitespace around it; fetch's `Headers` strips it, so no client or server sees it); an empty
 * blob or string `@httpPayload` (an empty body, which reads back as the member absent: Smithy
 * protocol test RestJsonHttpPayloadTraitsWithNoBlobBody); an empty string bound to an `@httpLabel` (Smithy
 * "httpLabel trait": a label's value must not be empty, so clients refuse it — S3 `PutBucketCors`' `Bucket: ""`).
 */
export function unreplayableReason(operation: OperationSchema, compiled: CompiledExample): string | undefined {
  const sides: [string, StructureSchema, Readonly<Record<string, unknown>>][] = [['input', deref(operation.input), compiled.input]];
  if (!isErrorAnswer(compiled.answer)) sides.push(['output', deref(operation.output), compiled.answer]);
  for (const [side, schema, values] of sides) {
    for (const [name, member] of Object.entries(schema.members)) {
      const value = values[name];
      if (side === 'input' && member.httpLabel && value === '')
        return `input /${name}: an empty @httpLabel, which the HTTP binding cannot send (Smithy httpLabel trait: label values must not be empty)`;
      if (member.httpPayload && ((value instanceof Uint8Array && value.length === 0) || value === ''))
        return `${side} /${name}: an empty @httpPayload is an empty body, which reads back as the member absent (Smithy protocol test RestJsonHttpPayloadTraitsWithNoBlobBody)`;
    }
    for (const [where, value] of headerValues(schema, values)) {
      const items = Array.isArray(value) ? value : [value];
      if (items.some((v) => typeof v === 'string' && /^[ \t]|[ \t]$/.test(v)))
        return `${side} /${where}: leading or trailing whitespace, which HTTP header values cannot carry (RFC 9110 §5.5, stripped by fetch)`;
    }
  }
  return undefined;
}

/** The first place `actual` does not contain `expected` (structures and maps by subset, lists element by element), or `undefined`. */
export function subsetMismatch(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (expected instanceof Date) return actual instanceof Date && actual.getTime() === expected.getTime() ? undefined : `${path || '/'}: expected ${expected.toISOString()}, got ${String(actual)}`;
  if (expected instanceof Uint8Array) return actual instanceof Uint8Array && actual.join() === expected.join() ? undefined : `${path || '/'}: bytes differ`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path || '/'}: expected ${expected.length} entries, got ${Array.isArray(actual) ? actual.length : typeof actual}`;
    for (let i = 0; i < expected.length; i++) {
      const m = subsetMismatch(expected[i], actual[i], `${path}/${i}`);
      if (m) return m;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return `${path || '/'}: expected an object, got ${String(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const m = subsetMismatch(value, (actual as Record<string, unknown>)[key], `${path}/${key}`);
      if (m) return m;
    }
    return undefined;
  }
  if (typeof expected === 'number' && Number.isNaN(expected)) return typeof actual === 'number' && Number.isNaN(actual) ? undefined : `${path || '/'}: expected NaN`;
  return Object.is(expected, actual) || expected === actual ? undefined : `${path || '/'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

async function replayOne(client: Client, operation: OperationSchema, example: OperationExample): Promise<ExampleOutcome> {
  const compiled = compileExample(operation, example);
  try {
    const output: Record<string, unknown> = { ...(await client.send(operation, compiled.input)) };
    await collectStreamedBlob(operation, output);
    if (isErrorAnswer(compiled.answer)) return { status: 'failed', why: `expected ${compiled.answer.schema.name}, got a success` };
    const mismatch = subsetMismatch(compiled.answer, output);
    return mismatch ? { status: 'failed', why: `output ${mismatch}` } : { status: 'passed' };
  } catch (error) {
    if (!isErrorAnswer(compiled.answer)) return { status: 'failed', why: `expected output, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    const name = error instanceof Error ? error.name : '';
    if (name !== compiled.answer.schema.name) return { status: 'failed', why: `expected ${compiled.answer.schema.name}, got ${name}` };
    const members = Object.fromEntries(Object.entries(compiled.answer.members).filter(([k]) => !['message', 'Message'].includes(k)));
    const mismatch = subsetMismatch(members, error);
    return mismatch ? { status: 'failed', why: `error ${mismatch}` } : { status: 'passed' };
  }
}

/**
 * Replay every example of a generated service (its handlers must already be in use by msw).
 * @param makeClient the client, created on the first replay (services whose protocol has no codec never need one)
 * @returns one result per example, in operation order
 */
export async function replayExamples(mocks: GeneratedMocks, makeClient: () => Client): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  let client: Client | undefined;
  let codecMissing: string | undefined;
  try {
    getProtocol(mocks.service.protocol);
  } catch {
    codecMissing = `no codec for ${mocks.service.protocol} yet`;
  }
  for (const [name, examples] of Object.entries(mocks.examples ?? {})) {
    const operation = mocks.operations.get(name);
    const earlier: CompiledExample[] = [];
    for (const example of examples) {
      const why = operation ? invalidReason(operation, example) : `no operation ${name}`;
      const compiled = why || !operation ? undefined : compileExample(operation, example);
      const shadow = compiled && operation ? earlier.find((e) => inputMatches(deref(operation.input), e.input, compiled.input)) : undefined;
      if (compiled && !example.allowConstraintErrors) earlier.push(compiled);
      const unreplayable = compiled && operation ? unreplayableReason(operation, compiled) : undefined;
      const outcome: ExampleOutcome = why
        ? { status: 'invalid', why }
        : unreplayable
          ? { status: 'unreplayable', why: unreplayable }
          : shadow
            ? { status: 'shadowed', why: `same input as "${shadow.example.title}", which the mock answers` }
            : codecMissing
              ? { status: 'not-run', why: codecMissing }
              : await replayOne((client ??= makeClient()), operation as OperationSchema, example);
      results.push({ operation: name, title: example.title, outcome });
    }
  }
  return results;
}
