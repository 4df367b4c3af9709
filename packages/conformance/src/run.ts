/**
 * The conformance run: generate each JSON-protocol test service with our generator, collect its
 * compliance cases from the IR, and run every case on the client and mock side.
 * @packageDocumentation
 */
import { loadModelFiles } from '@anvil/smithy-model';
import { casesOfService, JSON_SERVICES, type CaseKind, type ConformanceCase, type JsonProtocol, type Side } from './cases.js';
import { runClientRequest, runClientResponse } from './clientSide.js';
import { runMockMalformed, runMockRequest, runMockResponse } from './mockSide.js';
import { createWorkspace, generateService, type GeneratedService } from './services.js';

/** The outcome of one case. */
export interface CaseResult {
  readonly id: string;
  readonly protocol: JsonProtocol;
  readonly side: Side;
  readonly kind: CaseKind;
  readonly service: string;
  readonly operation: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  /** Why it failed (first failure messages). (`skipped` stays in the report format; no case is skipped today.) */
  readonly reason?: string;
}

/** Options of {@link runConformance}. */
export interface RunOptions {
  /** The Smithy JSON AST with the compliance tests. */
  readonly modelFile: string;
  /** Services to run (default {@link JSON_SERVICES}). */
  readonly services?: readonly string[];
  /** Only cases whose id contains this text. */
  readonly filter?: string;
}

/** Per-case time limit in ms: a hanging case fails instead of stalling the run. */
const CASE_TIMEOUT_MS = 10_000;

async function runCase(generated: GeneratedService, c: ConformanceCase): Promise<string[]> {
  const operation = generated.operations.get(c.operation);
  if (!operation) return [`the generated schemas have no operation ${c.operation}`];
  const { service } = generated;
  switch (c.kind) {
    case 'request':
      return c.side === 'client' ? runClientRequest(service, operation, c.test) : runMockRequest(service, operation, c.test);
    case 'response': {
      const errorSchema = c.errorShape === undefined ? undefined : generated.structures.get(c.errorShape);
      if (c.errorShape !== undefined && !errorSchema) return [`the generated schemas have no error structure ${c.errorShape}`];
      return c.side === 'client'
        ? runClientResponse(service, operation, c.test, errorSchema)
        : runMockResponse(service, operation, c.test, errorSchema);
    }
    case 'malformed':
      return runMockMalformed(service, operation, c.test);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Run every case of the given services.
 * @returns one result per case, in service, then case order
 * @throws Error when the model cannot be loaded or a service cannot be generated
 */
export async function runConformance(options: RunOptions): Promise<CaseResult[]> {
  const model = loadModelFiles([options.modelFile]);
  const workspace = createWorkspace();
  const results: CaseResult[] = [];
  try {
    for (const serviceId of options.services ?? JSON_SERVICES) {
      const generated = await generateService(options.modelFile, serviceId, workspace);
      for (const c of casesOfService(model, serviceId)) {
        if (options.filter && !c.id.includes(options.filter)) continue;
        const base = { id: c.id, protocol: c.protocol, side: c.side, kind: c.kind, service: c.service, operation: c.operation };
        let failures: string[];
        try {
          failures = await withTimeout(runCase(generated, c), CASE_TIMEOUT_MS, c.id);
        } catch (error) {
          failures = [`harness error: ${error instanceof Error ? error.message : String(error)}`];
        }
        results.push(failures.length === 0 ? { ...base, status: 'passed' } : { ...base, status: 'failed', reason: failures.join('; ') });
      }
    }
  } finally {
    workspace.dispose();
  }
  return results;
}
