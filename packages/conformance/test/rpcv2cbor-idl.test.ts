/**
 * The main rpcv2Cbor compliance suite, `smithy.protocoltests.rpcv2Cbor#RpcV2Protocol` (88 request and response tests,
 * 83 distinct ids), which exists
 * only as Smithy IDL (`$ANVIL_SHARED/protocol-tests/smithy-idl/main/smithy-protocol-tests/model/rpcv2Cbor/`).
 * It runs on both sides through `loadModelFiles` of the `.smithy` files (skipped with a message without the
 * shared data, failing under `CI`).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../src/inventory.js';
import { caseKey, formatTable, judge, readExpectedFailures, summarise, type SummaryRow } from '../src/report.js';
import { runConformance, type RunOutcome } from '../src/run.js';
import { PACKAGE_DIR, requireShared, rpcv2CborSuiteFiles } from '../src/shared.js';

const idl = requireShared('protocol-tests/smithy-idl/main');

describe.skipIf(!idl)('rpcv2Cbor RpcV2Protocol suite from IDL (client and mock)', () => {
  let outcome: RunOutcome;
  let summary: SummaryRow[];
  beforeAll(async () => {
    outcome = await runConformance({ modelFiles: rpcv2CborSuiteFiles(idl!), services: ['smithy.protocoltests.rpcv2Cbor#RpcV2Protocol'] });
    summary = summarise(outcome.results, outcome.found);
    console.log(`\n${formatTable(summary)}\n`);
  });

  it('accounts for every case of the suite (88 tests, 83 distinct ids) and fails only listed cases', () => {
    expect(accountFor(outcome.found, outcome.results)).toEqual({ missing: [], extra: [] });
    expect(new Set(outcome.found.map((c) => `${c.kind} ${c.id}`)).size).toBe(88);
    expect(new Set(outcome.found.map((c) => c.id)).size).toBe(83);
    const rows = Object.fromEntries(summary.map((r) => [`${r.protocol} ${r.side} ${r.kind}`, [r.found, r.passed, r.failed, r.notRun]]));
    // [found, passed, failed, not run]
    expect(rows).toEqual({
      'rpcv2Cbor client request': [29, 29, 0, 0],
      'rpcv2Cbor client response': [43, 43, 0, 0],
      'rpcv2Cbor mock request': [37, 37, 0, 0],
      'rpcv2Cbor mock response': [27, 27, 0, 0],
    });
    expect(outcome.results.filter((r) => r.status === 'not-run').map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
    const verdict = judge(outcome.results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')));
    expect(verdict.unexpectedFailures.map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
  });
});

