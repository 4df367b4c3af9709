/**
 * The AWS protocol-test model in IDL (shared/protocol-tests/smithy-idl/v1.61.0) against its JSON AST
 * (shared/protocol-tests/pira/smithy-aws-protocol-tests.json, `smithy ast` of the same Smithy release):
 * - the IDL files load (the `smithy.api` prelude copy is parsed but not loaded: Anvil's loader has
 *   its own prelude, and the prelude's shapes are not model shapes);
 * - without `smithy-protocol-tests/` (a Smithy module the JSON AST does not contain), the IDL model
 *   equals the JSON AST model: every shape, member and trait of the IR, and toJsonAst prints exactly the
 *   JSON AST's shapes, in the same order. `smithy ast` prints operations/resources/errors as sorted
 *   sets and concatenates metadata arrays in its own file order, so the IR comparison sorts those id lists and
 *   metadata arrays are compared as multisets.
 */
import { readFileSync } from 'node:fs';

import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toJsonAst } from '../src/ast/to-json-ast.js';
import { parseIdl } from '../src/idl/parser.js';
import type { Model, Shape } from '../src/ir.js';
import { parseJsonExact } from '../src/load/exact-json.js';
import { loadModel } from '../src/model/build.js';
import { documentsFromSources } from '../src/sources.js';
import { filesUnder, sharedPath, source } from './shared-data.js';

const idlDir = sharedPath('protocol-tests/smithy-idl/v1.61.0', 'the protocol-test IDL comparison');
const astFile = sharedPath('protocol-tests/pira/smithy-aws-protocol-tests.json', 'the protocol-test IDL comparison');
const mainDir = sharedPath('protocol-tests/smithy-idl/main', 'loading smithy-idl/main');

const isPrelude = (file: string): boolean => file.endsWith('/prelude.smithy');

/** The shape with its id lists sorted (they are sets in Smithy; `smithy ast` sorts them). */
function normalised(shape: Shape | undefined): unknown {
  if (shape === undefined) return undefined;
  const out: Record<string, unknown> = { ...shape };
  for (const key of ['operations', 'resources', 'errors', 'collectionOperations']) {
    if (Array.isArray(out[key])) out[key] = [...(out[key] as string[])].sort();
  }
  return out;
}

/** JSON with object keys sorted (key order carries no meaning). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

/** Metadata with every array value sorted by its entries' canonical JSON. */
function metadataAsMultisets(metadata: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    out[key] = Array.isArray(value) ? value.map(canonical).sort() : value;
  }
  return out;
}

/** Loading ~150 files twice is quick, but the machine may be busy: a generous limit, not a speed check. */
const SLOW = { timeout: 120_000 };

describe.skipIf(idlDir === undefined || astFile === undefined)('protocol-test IDL (v1.61.0) vs its JSON AST', SLOW, () => {
  // The body runs (to collect tests) even when skipped: no file access without the data.
  const present = idlDir !== undefined && astFile !== undefined;
  const files = present ? filesUnder(idlDir).filter((f) => f.endsWith('.smithy')) : [];
  const compared = files.filter((f) => !isPrelude(f) && !f.includes('/smithy-protocol-tests/'));
  const astText = present ? readFileSync(astFile, 'utf8') : '{}';

  it('parses every file, the prelude copy included, and loads all but the prelude', () => {
    expect(files.length).toBe(158);
    const prelude = files.filter(isPrelude);
    expect(prelude.length).toBe(1);
    const parsed = parseIdl(prelude[0] as string, readFileSync(prelude[0] as string, 'utf8'));
    expect(parsed.namespace).toBe('smithy.api');
    expect(parsed.shapes.length).toBeGreaterThan(100);
    const model = loadModel(documentsFromSources(files.filter((f) => !isPrelude(f)).map(source)));
    expect(model.shapes.has('smithy.protocoltests.rpcv2Cbor#RpcV2Protocol')).toBe(true);
  });

  it('loads to the same model as the JSON AST: every shape, member and trait', () => {
    const idl = loadModel(documentsFromSources(compared.map(source)));
    const json = loadModel([{ file: 'smithy-aws-protocol-tests.json', json: parseJsonExact(astText) }]);
    const differences: string[] = [];
    for (const id of new Set([...idl.shapes.keys(), ...json.shapes.keys()])) {
      const a = normalised(idl.shapes.get(id));
      const b = normalised(json.shapes.get(id));
      if (!isDeepStrictEqual(a, b)) differences.push(`${id}\n  IDL:  ${JSON.stringify(a)}\n  JSON: ${JSON.stringify(b)}`);
    }
    expect(differences).toEqual([]);
    expect(idl.shapes.size).toBe(json.shapes.size);
    expect(ownShapes(idl)).toBe(1017);
    expect(metadataAsMultisets(idl.metadata)).toEqual(metadataAsMultisets(json.metadata));
    console.log(`[smithy-model] protocol-test IDL: ${compared.length} files, ${ownShapes(idl)} shapes equal to the JSON AST's (${differences.length} differences)`);
  });

  it('prints (toJsonAst) exactly the JSON AST shapes, in the same order', () => {
    const printed = toJsonAst(documentsFromSources(compared.map(source)));
    const expected = (parseJsonExact(astText) as { shapes: Record<string, unknown> }).shapes;
    const got = printed.shapes as Record<string, unknown>;
    const differences = [...new Set([...Object.keys(got), ...Object.keys(expected)])].filter((id) => !isDeepStrictEqual(got[id], expected[id]));
    expect(differences).toEqual([]);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
  });
});

describe.skipIf(mainDir === undefined)('protocol-test IDL (main)', SLOW, () => {
  it('loads every file but the prelude copy', () => {
    const files = filesUnder(mainDir as string).filter((f) => f.endsWith('.smithy') && !isPrelude(f));
    const model = loadModel(documentsFromSources(files.map(source)));
    expect(files.length).toBe(169);
    expect(model.shapes.has('aws.protocoltests.restjson#RestJson')).toBe(true);
    expect(ownShapes(model)).toBeGreaterThan(1017);
  });
});

function ownShapes(model: Model): number {
  return [...model.shapes.keys()].filter((id) => !id.startsWith('smithy.api#')).length;
}
