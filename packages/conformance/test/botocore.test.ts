/**
 * botocore's rpcv2Cbor client cases (`protocol-tests/botocore/{input,output}/smithy-rpc-v2-cbor*.json`) run
 * through Anvil's client against schemas built from their botocore shapes. Every case is counted per file
 * and kind; ids that equal a Smithy compliance case of the pira corpus are counted as joined.
 */
import { loadModelFiles } from '@anvil/smithy-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBotocoreCbor, type BotocoreResult } from '../src/botocore/run.js';
import { findCases } from '../src/inventory.js';
import { requireCorpus, requireShared } from '../src/shared.js';

const botocore = requireShared('protocol-tests/botocore');
const corpus = requireCorpus();

describe.skipIf(!botocore || !corpus)('botocore rpcv2Cbor client cases', () => {
  let results: BotocoreResult[];
  beforeAll(async () => {
    const smithyIds = new Set(findCases(loadModelFiles([corpus!])).filter((c) => c.protocol === 'rpcv2Cbor').map((c) => c.id));
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

  it('joins the query-compatibility cases to the Smithy corpus by id; the RpcV2Protocol suite is only in IDL', () => {
    expect(results.filter((r) => r.joined).map((r) => r.id).sort()).toEqual([
      'NonQueryCompatibleRpcV2CborForbidsQueryModeHeader',
      'QueryCompatibleRpcV2CborCustomCodeError',
      'QueryCompatibleRpcV2CborNoCustomCodeError',
      'QueryCompatibleRpcV2CborSendsQueryModeHeader',
    ]);
  });
});
