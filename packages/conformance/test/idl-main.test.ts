/**
 * The newer protocol tests, Smithy `main` (`$ANVIL_SHARED/protocol-tests/smithy-idl/main`, IDL only: no
 * JSON AST exists), through the IDL loader: the JSON, XML and query protocols (restJson1, awsJson1_0,
 * awsJson1_1, restXml, awsQuery, ec2Query) with the cases added and edited since v1.61.0, and the IDL-only
 * rpcv2Json suite
 * (`smithy.protocoltests.rpcv2Json#RpcV2JsonProtocol`), on the client and mock sides, against
 * `expected-failures.json`. The pira JSON AST stays the corpus of the stable counts
 * (`conformance.test.ts`); this run asserts what only `main` has. Its `smithy.test#eventStreamTests`
 * are listed here and run by the event-stream harness (`event-stream-idl.test.ts`).
 */
import { join } from 'node:path';
import { loadModelFiles } from '@anvil/smithy-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountFor, findCases } from '../src/inventory.js';
import { EVENT_STREAM_TESTS } from '../src/other-suites.js';
import { caseKey, formatTable, judge, readExpectedFailures, summarise, type SummaryRow } from '../src/report.js';
import { runConformance, type RunOutcome } from '../src/run.js';
import { PACKAGE_DIR, requireCorpus, requireShared } from '../src/shared.js';

const main = requireShared('protocol-tests/smithy-idl/main');
const corpus = requireCorpus();
const PROTOCOLS = ['restJson1', 'awsJson1_0', 'awsJson1_1', 'restXml', 'awsQuery', 'ec2Query', 'rpcv2Json'] as const;

describe.skipIf(!main || !corpus)('Smithy main protocol tests from IDL: JSON, XML and query protocols and rpcv2Json', () => {
  let outcome: RunOutcome;
  let summary: SummaryRow[];
  let piraCases: Set<string>;
  beforeAll(async () => {
    const started = performance.now();
    outcome = await runConformance({ modelFiles: [main!], protocols: PROTOCOLS });
    console.log(`[conformance] smithy-idl/main run: ${outcome.results.length} results in ${Math.round(performance.now() - started)} ms`);
    summary = summarise(outcome.results, outcome.found).filter((r) => (PROTOCOLS as readonly string[]).includes(r.protocol));
    console.log(`\n${formatTable(summary)}\n`);
    piraCases = new Set(findCases(loadModelFiles([corpus!])).map(caseKey));
  });

  it('runs the JSON, XML and query services of main, the rpcv2Json service and the test service of the unbound operation', () => {
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
      'com.amazonaws.apigateway#BackplaneControlService',
      'com.amazonaws.glacier#Glacier',
      'com.amazonaws.machinelearning#AmazonML_20141212',
      'com.amazonaws.s3#AmazonS3',
      'smithy.protocoltests.rpcv2Json#RpcV2JsonProtocol',
      'aws.protocoltests.misc#RestJson1TestService',
    ]);
  });

  it('accounts for every case and runs every case of these protocols', () => {
    expect(accountFor(outcome.found, outcome.results)).toEqual({ missing: [], extra: [] });
    const rows = Object.fromEntries(summary.map((r) => [`${r.protocol} ${r.side} ${r.kind}`, [r.found, r.passed, r.failed, r.notRun]]));
    // [found, passed, failed, not run]
    expect(rows).toEqual({
      'awsJson1_0 client request': [29, 29, 0, 0],
      'awsJson1_0 client response': [41, 41, 0, 0],
      'awsJson1_0 mock request': [26, 26, 0, 0],
      'awsJson1_0 mock response': [23, 23, 0, 0],
      'awsJson1_1 client request': [57, 57, 0, 0],
      'awsJson1_1 client response': [62, 62, 0, 0],
      'awsJson1_1 mock request': [58, 58, 0, 0],
      'awsJson1_1 mock response': [45, 44, 1, 0],
      'awsQuery client request': [38, 38, 0, 0],
      'awsQuery client response': [39, 39, 0, 0],
      'awsQuery mock request': [35, 34, 1, 0],
      'awsQuery mock response': [31, 30, 1, 0],
      'ec2Query client request': [30, 30, 0, 0],
      'ec2Query client response': [29, 29, 0, 0],
      'ec2Query mock request': [27, 26, 1, 0],
      'ec2Query mock response': [26, 23, 3, 0],
      'restJson1 client request': [142, 142, 0, 0],
      'restJson1 client response': [108, 108, 0, 0],
      'restJson1 mock malformed': [655, 655, 0, 0],
      'restJson1 mock request': [137, 135, 2, 0],
      'restJson1 mock response': [92, 92, 0, 0],
      'restXml client request': [109, 109, 0, 0],
      'restXml client response': [84, 84, 0, 0],
      'restXml mock request': [101, 93, 8, 0],
      'restXml mock response': [77, 73, 4, 0],
      'rpcv2Json client request': [34, 34, 0, 0],
      'rpcv2Json client response': [39, 39, 0, 0],
      'rpcv2Json mock request': [35, 35, 0, 0],
      'rpcv2Json mock response': [33, 33, 0, 0],
    });
    const mine = outcome.results.filter((r) => (PROTOCOLS as readonly string[]).includes(r.protocol));
    expect(mine.filter((r) => r.status === 'not-run').map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
  });

  it('passes the JSON-protocol cases main added since v1.61.0, and no longer has the two it removed', () => {
    const json = (key: string) => ['restJson1', 'awsJson1_0', 'awsJson1_1'].includes(key.split(' ')[0]!);
    const added = outcome.results.filter((r) => json(caseKey(r)) && !piraCases.has(caseKey(r)));
    expect(added.map((r) => `${caseKey(r)}: ${r.status}`).sort()).toEqual(
      [
        'awsJson1_0 client response AwsJson10FooErrorWithDunderTypeAndDifferentNamespace',
        'awsJson1_0 client response AwsJson10FooErrorWithNestedTypeProperty',
        'awsJson1_1 client response AwsJson11FooErrorWithDunderTypeAndDifferentNamespace',
        'awsJson1_1 client response AwsJson11FooErrorWithNestedTypeProperty',
        'restJson1 client request HttpQueryParamsOnlyEmptyRequest',
        'restJson1 client request HttpQueryParamsOnlyRequest',
        'restJson1 client request RestJsonSerializeNestedUnionValue',
        'restJson1 client response RestJsonDeserializeNestedUnionValue',
        'restJson1 client response RestJsonFooErrorUsingXAmznErrorTypeWithUriAndDifferentNamespace',
        'restJson1 client response RestJsonFooErrorWithNestedTypeProperty',
        'restJson1 mock request RestJsonSerializeNestedUnionValue',
        'restJson1 mock response RestJsonDeserializeNestedUnionValue',
      ].map((key) => `${key}: passed`),
    );
    const mainCases = new Set(outcome.found.map(caseKey));
    expect([...piraCases].filter((key) => json(key) && !mainCases.has(key))).toEqual([
      'restJson1 client response RestJsonIgnoreQueryParamsInResponseNoPayload',
      'restJson1 client response RestJsonDeserializesDenseSetMapAndSkipsNull',
    ]);
  });

  it('runs the XML and query cases main added since v1.61.0 (all pass but one listed mock case) and keeps every pira one', () => {
    const xml = (key: string) => ['restXml', 'awsQuery', 'ec2Query'].includes(key.split(' ')[0]!);
    const added = outcome.results.filter((r) => xml(caseKey(r)) && !piraCases.has(caseKey(r)));
    expect(added.map((r) => `${caseKey(r)}: ${r.status}`).sort()).toEqual([
      'awsQuery client response QueryNoInputAndNoOutputWithResponseMetadata: passed',
      'awsQuery mock response QueryNoInputAndNoOutputWithResponseMetadata: failed',
      'ec2Query client request Ec2QueryNameDistinctFromXmlNameAndMemberName: passed',
      'ec2Query mock request Ec2QueryNameDistinctFromXmlNameAndMemberName: passed',
      'restXml client request XmlAttributesInMiddle: passed',
      'restXml client response XmlAttributesInMiddle: passed',
      'restXml mock request XmlAttributesInMiddle: passed',
      'restXml mock response XmlAttributesInMiddle: passed',
    ]);
    const mainCases = new Set(outcome.found.map(caseKey));
    expect([...piraCases].filter((key) => xml(key) && !mainCases.has(key))).toEqual([]);
  });

  it('fails only the listed cases; every listed case of this corpus still fails', () => {
    const verdict = judge(outcome.results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')), outcome.found);
    expect(verdict.unexpectedFailures.map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
    expect(verdict.fixed.map((e) => `now passes, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
    expect(verdict.stale.map((e) => `did not run, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
  });

  it('lists every expected failure as a case of the pira corpus or of main (no typo is skipped as "another corpus")', () => {
    const known = new Set([...piraCases, ...outcome.found.map(caseKey)]);
    const listed = readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json'));
    expect(listed.filter((e) => !known.has(caseKey(e))).map(caseKey)).toEqual([]);
  });

  it('lists the 100 restJson1 event-stream tests it does not run (run by event-stream-idl.test.ts)', () => {
    expect(outcome.otherSuites).toHaveLength(100);
    expect(new Set(outcome.otherSuites.map((t) => `${t.trait} ${t.protocol}`))).toEqual(new Set([`${EVENT_STREAM_TESTS} aws.protocols#restJson1`]));
    expect([...new Set(outcome.otherSuites.map((t) => t.shape))]).toEqual([
      'aws.protocoltests.restjson#DuplexStream',
      'aws.protocoltests.restjson#DuplexStreamWithInitialMessages',
      'aws.protocoltests.restjson#InputStream',
      'aws.protocoltests.restjson#InputStreamWithInitialRequest',
      'aws.protocoltests.restjson#OutputStream',
      'aws.protocoltests.restjson#OutputStreamWithInitialResponse',
    ]);
  });
});
