/**
 * botocore's rpcv2Cbor client cases (`protocol-tests/botocore/{input,output}/smithy-rpc-v2-cbor*.json`) run
 * through Anvil's client against schemas built from their botocore shapes. Every case is counted per file
 * and kind; ids that equal a Smithy rpcv2Cbor compliance case (pira AST or the IDL-only suite) count as joined.
 */
import { loadModelFiles } from '@anvil/smithy-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBotocoreCbor, type BotocoreResult } from '../src/botocore/run.js';
import { findCases } from '../src/inventory.js';
import { requireCorpus, requireShared, rpcv2CborSuiteFiles } from '../src/shared.js';

const botocore = requireShared('protocol-tests/botocore');
const corpus = requireCorpus();
const idl = requireShared('protocol-tests/smithy-idl/main');

describe.skipIf(!botocore || !corpus || !idl)('botocore rpcv2Cbor client cases', () => {
  let results: BotocoreResult[];
  beforeAll(async () => {
    // The Smithy rpcv2Cbor cases: the pira AST's and the IDL-only RpcV2Protocol suite's
    const models = [loadModelFiles([corpus!]), ...(idl ? [loadModelFiles(rpcv2CborSuiteFiles(idl))] : [])];
    const smithyIds = new Set(models.flatMap((m) => findCases(m)).filter((c) => c.protocol === 'rpcv2Cbor').map((c) => c.id));
    results = await runBotocoreCbor(botocore!, smithyIds);
  });

  it('runs every case of every file and passes them all', () => {
    const rows: Record<string, [number, number, number]> = {};
    for (const r of results) {
      const row = (rows[`${r.file} ${r.kind}`] ??= [0, 0, 0]);
      row[0]++;
      row[r.status === 'passed' ? 1 : 2]++;
    }
    // [found, passed, failed]
    expect(rows).toEqual({
      'input/smithy-rpc-v2-cbor-non-query-compatible.json request': [1, 1, 0],
      'input/smithy-rpc-v2-cbor-query-compatible.json request': [1, 1, 0],
      'input/smithy-rpc-v2-cbor.json request': [15, 15, 0],
      'output/smithy-rpc-v2-cbor-query-compatible.json response': [2, 2, 0],
      'output/smithy-rpc-v2-cbor.json response': [35, 35, 0],
    });
    expect(results.filter((r) => r.status === 'failed').map((r) => `${r.file} ${r.id}: ${r.reason}`)).toEqual([]);
  });

  it('joins 51 of the 54 cases to a Smithy case by id (pira AST or the IDL-only suite)', () => {
    expect(results.filter((r) => r.joined)).toHaveLength(51);
    // not in Smithy's rpcv2Cbor tests: removed upstream (the first), or botocore's own (the payload unions)
    expect(results.filter((r) => !r.joined).map((r) => r.id)).toEqual([
      'RpcV2CborDeserializesDenseSetMapAndSkipsNull',
      'RpcV2CborPayloadWithUnion',
      'RpcV2CborPayloadWithUnsetUnion',
    ]);
  });
});
