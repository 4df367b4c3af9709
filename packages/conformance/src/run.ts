/**
 * The conformance run: bind operations no service binds to test services, generate each
 * service of a covered protocol with our generator, collect its compliance cases from the IR, run every
 * case on the client and mock side, and report every other case of the inventory as not run with
 * its reason.
 * @packageDocumentation
 */
import { loadModelFiles, serviceClosure, listServices, type Model } from '@anvil/smithy-model';
import { casesOfService, testedServices, type CaseKind, type ConformanceCase, type TestedProtocol, type Side } from './cases.js';
import { runClientRequest, runClientResponse } from './client-side.js';
import { findCases, inventoryKey, type FoundCase } from './inventory.js';
import { runMockMalformed, runMockRequest, runMockResponse } from './mock-side.js';
import { notRunExplainer, serviceProtocol } from './not-run.js';
import { eventStreamTests, type OtherSuiteTest } from './other-suites.js';
import { createWorkspace, generateService, type GeneratedService, type Workspace } from './services.js';
import { testServicesFor, writeTestServices } from './test-services.js';
import { writeS3EndpointRules } from './s3-endpoint-rules.js';
import { compileRuleSet } from '@anvil/generator';
import { ENDPOINT_FUNCTIONS, ruleSetEndpointResolver } from '@anvil/client-runtime';

/** The outcome of one case of the inventory. */
export interface CaseResult {
  readonly id: string;
  readonly protocol: TestedProtocol;
  readonly side: Side;
  readonly kind: CaseKind;
  /** The shape carrying the test (operation, or error structure). */
  readonly shape: string;
  /** The service it ran in (unset for a case that did not run). */
  readonly service?: string;
  /** The operation it ran against (unset for a case that did not run). */
  readonly operation?: string;
  readonly status: 'passed' | 'failed' | 'not-run';
  /** Why it failed (first failure messages), or why it did not run. */
  readonly reason?: string;
}

/** Options of {@link runConformance}. */
export interface RunOptions {
  /** The Smithy JSON AST with the compliance tests. */
  readonly modelFile?: string;
  /** Several model files (JSON AST or, with the IDL loader, `.smithy`) loaded together instead of {@link modelFile}. */
  readonly modelFiles?: readonly string[];
  /** Services to run (default: every service of a covered protocol, see {@link testedServices}, and the test services). */
  readonly services?: readonly string[];
  /** Only the services (of {@link services} or the default list) of these protocols. */
  readonly protocols?: readonly TestedProtocol[];
  /** Only cases whose id contains this text. */
  readonly filter?: string;
}

/** What a run produced: one result per case of the inventory, and the inventory itself. */
export interface RunOutcome {
  /** Results: the cases run (service, then case order), then the cases not run. */
  readonly results: CaseResult[];
  /** Every case of a covered protocol in the corpus ({@link findCases}). */
  readonly found: readonly FoundCase[];
  /** The services run, test services included. */
  readonly services: readonly string[];
  /** Compliance tests of the model this harness does not run (event-stream tests; see `other-suites.ts`). */
  readonly otherSuites: readonly OtherSuiteTest[];
}

/** Per-case time limit in ms: a hanging case fails instead of stalling the run. */
const CASE_TIMEOUT_MS = 10_000;

/**
 * Run one case against a generated service.
 * @returns failure messages (empty when the case passes)
 */
export async function runCase(generated: GeneratedService, c: ConformanceCase): Promise<string[]> {
  // client-side cases run on the client package's wire schemas, mock-side cases on the full schemas
  const schemas = c.side === 'client' ? generated.client : generated;
  const operation = schemas.operationsById.get(c.operation);
  if (!operation) return [`the generated schemas have no operation ${c.operation}`];
  const { service } = schemas;
  switch (c.kind) {
    case 'request':
      return c.side === 'client' ? runClientRequest(service, operation, c.test, generated.endpointResolver) : runMockRequest(generated, operation, c.test);
    case 'response': {
      const errorSchema = c.errorShape === undefined ? undefined : schemas.structures.get(c.errorShape);
      if (c.errorShape !== undefined && !errorSchema) return [`the generated schemas have no error structure ${c.errorShape}`];
      return c.side === 'client'
        ? runClientResponse(service, operation, c.test, errorSchema, undefined, generated.endpointResolver)
        : runMockResponse(generated, operation, c.test, errorSchema);
    }
    case 'malformed':
      return runMockMalformed(generated, operation, c.test);
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

async function runOne(generated: GeneratedService, c: ConformanceCase): Promise<CaseResult> {
  const base = { id: c.id, protocol: c.protocol, side: c.side, kind: c.kind, shape: c.shape, service: c.service, operation: c.operation };
  let failures: string[];
  try {
    failures = await withTimeout(runCase(generated, c), CASE_TIMEOUT_MS, c.id);
  } catch (error) {
    failures = [`harness error: ${error instanceof Error ? error.message : String(error)}`];
  }
  return failures.length === 0 ? { ...base, status: 'passed' } : { ...base, status: 'failed', reason: failures.join('; ') };
}

/**
 * Generate a service and give it its operations in model order (the mock handlers order).
 * @param model the loaded model (corpus plus test services)
 * @param models the model files it was loaded from
 * @throws Error when the service cannot be generated (see {@link generateService})
 */
export async function prepareService(model: Model, models: readonly string[], serviceId: string, workspace: Workspace): Promise<GeneratedService> {
  const closure = serviceClosure(model, serviceId);
  const generated = await generateService(models, serviceId, workspace, closure.operations.map((op) => op.id));
  const rules = closure.service.traits['smithy.rules#endpointRuleSet'];
  if (rules === undefined) return generated;
  return { ...generated, endpointResolver: ruleSetEndpointResolver(compileRuleSet(rules, serviceId).ruleSet, ENDPOINT_FUNCTIONS) };
}

/**
 * Run every case of the given services and account for the rest of the inventory.
 * @returns the results, the inventory and the services run
 * @throws Error when the model cannot be loaded or a service cannot be generated
 */
export async function runConformance(options: RunOptions): Promise<RunOutcome> {
  const files = options.modelFiles ?? (options.modelFile === undefined ? [] : [options.modelFile]);
  if (files.length === 0) throw new Error('runConformance: no model file given (modelFile or modelFiles)');
  const corpus = loadModelFiles(files);
  const found = findCases(corpus);
  const workspace = createWorkspace();
  const results: CaseResult[] = [];
  try {
    const testServices = testServicesFor(corpus);
    const s3Rules = writeS3EndpointRules(corpus, workspace.dir);
    const extra = [...(testServices.length > 0 ? [writeTestServices(testServices, workspace.dir)] : []), ...(s3Rules ? [s3Rules] : [])];
    const models = [...files, ...extra];
    const model = extra.length > 0 ? loadModelFiles(models) : corpus;
    const listed = options.services ?? [...testedServices(corpus), ...testServices.map((s) => s.id)];
    const serviceIds = options.protocols ? listed.filter((id) => options.protocols!.includes(serviceProtocol(model, id)!)) : listed;
    for (const serviceId of serviceIds) {
      const generated = await prepareService(model, models, serviceId, workspace);
      for (const c of casesOfService(model, serviceId)) {
        if (options.filter && !c.id.includes(options.filter)) continue;
        results.push(await runOne(generated, c));
      }
    }
    const ran = new Set(results.map(inventoryKey));
    const explain = notRunExplainer(model, {
      services: listServices(model).map((s) => ({ id: s.id, protocol: serviceProtocol(model, s.id), ran: serviceIds.includes(s.id) })),
      ...(options.filter ? { filter: options.filter } : {}),
    });
    for (const c of found) {
      if (ran.has(inventoryKey(c))) continue;
      results.push({ id: c.id, protocol: c.protocol, side: c.side, kind: c.kind, shape: c.shape, status: 'not-run', reason: explain(c) });
    }
    return { results, found, services: serviceIds, otherSuites: eventStreamTests(corpus) };
  } finally {
    workspace.dispose();
  }
}
