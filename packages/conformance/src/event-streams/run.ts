/**
 * The event-stream conformance run: load the model, generate each service that binds an operation
 * with `smithy.test#eventStreamTests` of the protocol, and run every case on the client and mock sides
 * (see `./client-side.ts`, `./mock-side.ts`).
 *
 * Spec: Smithy "Event stream compliance tests".
 * @packageDocumentation
 */
import { listServices, loadModelFiles, serviceClosure } from '@anvil/smithy-model';
import type { OperationSchema } from '@anvil/runtime';
import { prepareService } from '../run.js';
import { createWorkspace, type GeneratedService } from '../services.js';
import { eventStreamCases, type EventStreamCase, type EventStreamSide } from './cases.js';
import { runClientRead, runClientWrite } from './client-side.js';
import { runMockRead, runMockWrite } from './mock-side.js';

/** The outcome of one case on one side. */
export interface EventStreamResult {
  readonly id: string;
  readonly side: EventStreamSide;
  readonly operation: string;
  readonly service: string;
  readonly status: 'passed' | 'failed';
  /** Why it failed. */
  readonly reason?: string;
}

/** Per-case time limit in ms: a hanging stream fails its case instead of stalling the run. */
const CASE_TIMEOUT_MS = 10_000;

/**
 * Run one case: a case with input events (or an initial request) writes on the client and reads on the
 * mock; one with output events (or an initial response) reads on the client and writes on the mock.
 * @returns failure messages (empty when the case passes)
 */
export async function runEventStreamCase(generated: GeneratedService, operation: OperationSchema, c: EventStreamCase): Promise<string[]> {
  const { test } = c;
  // the client side sends and reads with the client package's wire schemas
  const wire = generated.client.operationsById.get(c.operation);
  if (!wire) return [`the generated client schemas have no operation ${c.operation}`];
  const input = (test.events ?? []).some((e) => e.type === 'request') || test.initialRequest !== undefined || test.initialRequestParams !== undefined;
  const output = (test.events ?? []).some((e) => e.type === 'response') || test.initialResponse !== undefined || test.initialResponseParams !== undefined;
  const failures: string[] = [];
  if (input) {
    failures.push(...(c.side === 'client' ? await runClientWrite(generated.client.service, wire, test) : await runMockRead(generated, operation, test, generated.structures)));
  }
  if (output) {
    failures.push(...(c.side === 'client' ? await runClientRead(generated.client.service, wire, test, generated.client.structures) : await runMockWrite(generated, operation, test)));
  }
  if (!input && !output) failures.push('the case has neither events nor an initial message');
  return failures;
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Run every event-stream case of a protocol.
 * @param modelFiles model files (JSON AST or IDL) holding the tests
 * @param protocol the protocol trait id (default `aws.protocols#restJson1`, the only one `smithy-idl/main` tests)
 * @throws Error when the model cannot be loaded or a service cannot be generated
 */
export async function runEventStreamTests(modelFiles: readonly string[], protocol = 'aws.protocols#restJson1'): Promise<{ cases: EventStreamCase[]; results: EventStreamResult[] }> {
  const model = loadModelFiles(modelFiles);
  const cases = eventStreamCases(model, protocol);
  const wanted = new Set(cases.map((c) => c.operation));
  const workspace = createWorkspace();
  const results: EventStreamResult[] = [];
  try {
    for (const { id: serviceId } of listServices(model)) {
      if (model.shapes.get(serviceId)?.traits[protocol] === undefined) continue;
      const bound = serviceClosure(model, serviceId).operations.map((op) => op.id).filter((id) => wanted.has(id));
      if (bound.length === 0) continue;
      const generated = await prepareService(model, modelFiles, serviceId, workspace);
      for (const c of cases) {
        if (!bound.includes(c.operation)) continue;
        const operation = generated.operationsById.get(c.operation)!;
        let failures: string[];
        try {
          failures = await withTimeout(runEventStreamCase(generated, operation, c), c.id);
        } catch (error) {
          failures = [`harness error: ${error instanceof Error ? error.message : String(error)}`];
        }
        const base = { id: c.id, side: c.side, operation: c.operation, service: serviceId };
        results.push(failures.length === 0 ? { ...base, status: 'passed' } : { ...base, status: 'failed', reason: failures.join('; ') });
      }
      for (const id of bound) wanted.delete(id);
    }
    return { cases, results };
  } finally {
    workspace.dispose();
  }
}
