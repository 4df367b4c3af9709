/**
 * The whole conformance run of the corpus's JSON, XML, query and rpcv2Cbor protocols (restJson1, awsJson1_0,
 * awsJson1_1, restXml, awsQuery, ec2Query, rpcv2Cbor; client and mock sides; mock cases dispatched through
 * each service's whole handlers list) against
 * `expected-failures.json`: every case of the corpus is accounted for (run, or not run with a
 * reason); the run fails on any failure not listed, and on any listed case that now passes or no
 * longer runs (the list may only shrink). A second suite runs the same tests from their Smithy IDL
 * sources (`smithy-idl/v1.61.0`) and expects every case to end exactly as from the JSON AST. A third
 * sends every awsJson mock request case to `/foo` instead of `/` and expects each to fail.
 */
import { join } from 'node:path';
import { loadModelFiles } from '@anvil/smithy-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOfService, testedServices, protocolOf } from '../src/cases.js';
import { caseKey, formatTable, judge, readExpectedFailures, summarise, writeReport, type SummaryRow } from '../src/report.js';
import { astEquivalentIdlFiles } from '../src/idl-corpus.js';
import { accountFor, inventoryKey } from '../src/inventory.js';
import { prepareService, runCase, runConformance, type CaseResult, type RunOutcome } from '../src/run.js';
import { createWorkspace } from '../src/services.js';
import { PACKAGE_DIR, requireCorpus, requireShared } from '../src/shared.js';

const corpus = requireCorpus();

let astRun: Promise<RunOutcome> | undefined;
/** The run of the pira JSON AST, shared by the suites below (run once). */
const runAst = (): Promise<RunOutcome> => (astRun ??= runConformance({ modelFile: corpus! }));

describe.skipIf(!corpus)('protocol conformance', () => {
  let outcome: RunOutcome;
  let summary: SummaryRow[];
  beforeAll(async () => {
    outcome = await runAst();
    summary = summarise(outcome.results, outcome.found);
    writeReport(join(PACKAGE_DIR, 'reports', 'conformance.json'), { corpus: corpus!, services: outcome.services, summary, results: outcome.results });
    console.log(`\n${formatTable(summary)}\n`);
  });

  it('runs the eight JSON, five XML/query and two rpcv2Cbor services of the corpus and one test service for the unbound operation', () => {
    expect(outcome.services).toEqual([
      'aws.protocoltests.ec2#AwsEc2',
      'aws.protocoltests.json#JsonProtocol',
      'aws.protocoltests.json10#JsonRpc10',
      'aws.protocoltests.json10#QueryCompatibleJsonRpc10',
      'aws.protocoltests.query#AwsQuery',
      'aws.protocoltests.restjson#RestJson',
      'aws.protocoltests.restjson.validation#RestJsonValidation',
      'aws.protocoltests.restxml#RestXml',
      'aws.protocoltests.restxml.xmlns#RestXmlWithNamespace',
      'aws.protocoltests.rpcv2cbor#NonQueryCompatibleRpcV2Protocol',
      'aws.protocoltests.rpcv2cbor#QueryCompatibleRpcV2Protocol',
      'com.amazonaws.apigateway#BackplaneControlService',
      'com.amazonaws.glacier#Glacier',
      'com.amazonaws.machinelearning#AmazonML_20141212',
      'com.amazonaws.s3#AmazonS3',
      'aws.protocoltests.misc#RestJson1TestService',
    ]);
  });

  it('accounts for every case of the corpus: one result each, found = run + not run', () => {
    expect(accountFor(outcome.found, outcome.results)).toEqual({ missing: [], extra: [] });
    const rows = Object.fromEntries(summary.map((r) => [`${r.protocol} ${r.side} ${r.kind}`, [r.found, r.passed, r.failed, r.notRun]]));
    // [found, passed, failed, not run]
    expect(rows).toEqual({
      'awsJson1_0 client request': [29, 29, 0, 0],
      'awsJson1_0 client response': [39, 39, 0, 0],
      'awsJson1_0 mock request': [26, 26, 0, 0],
      'awsJson1_0 mock response': [23, 23, 0, 0],
      'awsJson1_1 client request': [57, 57, 0, 0],
      'awsJson1_1 client response': [60, 60, 0, 0],
      'awsJson1_1 mock request': [58, 58, 0, 0],
      'awsJson1_1 mock response': [45, 44, 1, 0],
      'awsQuery client request': [38, 38, 0, 0],
      'awsQuery client response': [38, 38, 0, 0],
      'awsQuery mock request': [35, 34, 1, 0],
      'awsQuery mock response': [30, 30, 0, 0],
      'ec2Query client request': [29, 29, 0, 0],
      'ec2Query client response': [29, 29, 0, 0],
      'ec2Query mock request': [26, 25, 1, 0],
      'ec2Query mock response': [26, 23, 3, 0],
      'restJson1 client request': [139, 139, 0, 0],
      'restJson1 client response': [107, 107, 0, 0],
      'restJson1 mock malformed': [655, 655, 0, 0],
      'restJson1 mock request': [136, 134, 2, 0],
      'restJson1 mock response': [91, 91, 0, 0],
      'restXml client request': [108, 108, 0, 0],
      'restXml client response': [83, 83, 0, 0],
      'restXml mock request': [100, 92, 8, 0],
      'restXml mock response': [76, 72, 4, 0],
      'rpcv2Cbor client request': [2, 2, 0, 0],
      'rpcv2Cbor client response': [2, 2, 0, 0],
      'rpcv2Cbor mock request': [2, 2, 0, 0],
      'rpcv2Cbor mock response': [2, 2, 0, 0],
    });
    expect(outcome.results.filter((r) => r.status === 'not-run').map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
  });

  it('restricts cases to one side only by appliesTo (the corpus has no client-only/server-only tags)', () => {
    const selected: Record<string, number> = {};
    for (const c of outcome.found) {
      if (c.kind === 'malformed') continue;
      const key = `${c.protocol} ${c.selectedBy} ${c.side}`;
      selected[key] = (selected[key] ?? 0) + 1;
    }
    expect(selected).toEqual({
      'awsJson1_0 appliesTo client': 25,
      'awsJson1_0 appliesTo mock': 6,
      'awsJson1_0 none client': 43,
      'awsJson1_0 none mock': 43,
      'awsJson1_1 appliesTo client': 18,
      'awsJson1_1 appliesTo mock': 4,
      'awsJson1_1 none client': 99,
      'awsJson1_1 none mock': 99,
      'awsQuery appliesTo client': 11,
      'awsQuery none client': 65,
      'awsQuery none mock': 65,
      'ec2Query appliesTo client': 6,
      'ec2Query none client': 52,
      'ec2Query none mock': 52,
      'restJson1 appliesTo client': 44,
      'restJson1 appliesTo mock': 25,
      'restJson1 none client': 202,
      'restJson1 none mock': 202,
      'restXml appliesTo client': 21,
      'restXml appliesTo mock': 6,
      'restXml none client': 170,
      'restXml none mock': 170,
      'rpcv2Cbor none client': 4,
      'rpcv2Cbor none mock': 4,
    });
    // A one-side case has exactly one result, on that side.
    const byCase = new Map<string, Set<string>>();
    for (const r of outcome.results) byCase.set(`${r.protocol} ${r.kind} ${r.shape} ${r.id}`, (byCase.get(`${r.protocol} ${r.kind} ${r.shape} ${r.id}`) ?? new Set()).add(r.side));
    for (const c of outcome.found.filter((f) => f.selectedBy !== 'none')) expect(byCase.get(`${c.protocol} ${c.kind} ${c.shape} ${c.id}`)).toEqual(new Set([c.side]));
  });

  it('runs the AcceptHeaderStar server cases against their operation in the test service', () => {
    const accept = outcome.results.filter((r) => r.id.startsWith('AcceptHeaderStar')).map((r) => [r.id, r.side, r.kind, r.service, r.operation, r.status]);
    expect(accept).toEqual([
      ['AcceptHeaderStarRequestTest', 'mock', 'request', 'aws.protocoltests.misc#RestJson1TestService', 'aws.protocoltests.misc#AcceptHeaderStarService', 'passed'],
      ['AcceptHeaderStarStarRequestTest', 'mock', 'request', 'aws.protocoltests.misc#RestJson1TestService', 'aws.protocoltests.misc#AcceptHeaderStarService', 'passed'],
    ]);
  });

  it('fails only the listed cases, and every listed case still fails', () => {
    const verdict = judge(outcome.results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')), outcome.found);
    expect(verdict.unexpectedFailures.map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
    expect(verdict.fixed.map((e) => `now passes, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
    expect(verdict.stale.map((e) => `did not run, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
  });
});

const idl = requireShared('protocol-tests/smithy-idl/v1.61.0');

describe.skipIf(!corpus || !idl)('the same tests from the Smithy IDL (v1.61.0) give the same results', () => {
  const protocols = ['restJson1', 'awsJson1_0', 'awsJson1_1', 'rpcv2Cbor'] as const;
  /** Per case (protocol, side, kind, carrying shape, id): where it ran, status and failure reason. */
  const byCase = (results: readonly CaseResult[]) =>
    results
      .filter((r) => (protocols as readonly string[]).includes(r.protocol))
      .map((r) => [inventoryKey(r), r.service, r.operation, r.status, r.reason ?? ''].join(' | '));
  let fromAst: string[];
  let fromIdl: RunOutcome;
  beforeAll(async () => {
    fromAst = byCase((await runAst()).results);
    const started = performance.now();
    fromIdl = await runConformance({ modelFiles: astEquivalentIdlFiles(idl!), protocols });
    console.log(`[conformance] v1.61.0 IDL run: ${fromIdl.results.length} results in ${Math.round(performance.now() - started)} ms`);
  });

  it('loads the IDL files (the prelude copy and smithy-protocol-tests/ left out, as in smithy-model) and runs the same services', () => {
    expect(astEquivalentIdlFiles(idl!)).toHaveLength(158 - 1 - 10);
    expect(fromIdl.services).toContain('aws.protocoltests.restjson#RestJson');
    expect(fromIdl.services).toContain('aws.protocoltests.misc#RestJson1TestService');
  });

  it('gives every JSON-protocol and rpcv2Cbor case the same result: service, operation, status and failure reason', () => {
    const idlResults = byCase(fromIdl.results);
    expect(idlResults).toHaveLength(1465 + 8);
    expect(idlResults).toEqual(fromAst);
  });
});

describe.skipIf(!corpus)('awsJson mock requests on another path than /', () => {
  const workspace = createWorkspace();
  afterAll(() => workspace.dispose());

  it('fails every awsJson mock request case when its path is /foo (each passes on /)', async () => {
    const model = loadModelFiles([corpus!]);
    const outcomes: Record<string, number> = {};
    const awsJson = testedServices(model).filter((id) => protocolOf(model.shapes.get(id)!.traits)?.startsWith('awsJson'));
    expect(awsJson).toHaveLength(4);
    for (const serviceId of awsJson) {
      const generated = await prepareService(model, [corpus!], serviceId, workspace);
      for (const c of casesOfService(model, serviceId)) {
        if (c.side !== 'mock' || c.kind !== 'request') continue;
        const failures = await runCase(generated, { ...c, test: { ...c.test, uri: '/foo' } });
        const key = failures.join('; ') || 'passed';
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    }
    expect(outcomes).toEqual({ 'no handler of the service matched the request': 26 + 58 });
  });
});
