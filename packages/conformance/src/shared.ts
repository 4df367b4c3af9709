/**
 * Where the shared, read-only Smithy protocol-test corpus lives.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (`packages/conformance/src/../../..`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The conformance package directory. */
export const PACKAGE_DIR = resolve(REPO_ROOT, 'packages/conformance');

/** Where the corpus should be: `$ANVIL_SHARED/protocol-tests/pira/smithy-aws-protocol-tests.json`. */
export interface CorpusLocation {
  /** Absolute path of the Smithy JSON AST with every `smithy.test#*` trait. */
  readonly file: string;
  /** Whether the file exists. */
  readonly present: boolean;
}

/**
 * Locate the protocol-test corpus: the `ANVIL_SHARED` environment variable, else `<repo root>/../shared`.
 * @returns the path and whether it exists (callers decide to skip or fail; see {@link requireCorpus})
 */
export function locateCorpus(): CorpusLocation {
  const shared = resolve(process.env['ANVIL_SHARED'] ?? join(REPO_ROOT, '..', 'shared'));
  const file = join(shared, 'protocol-tests', 'pira', 'smithy-aws-protocol-tests.json');
  return { file, present: existsSync(file) };
}

/**
 * The corpus file, or `undefined` (with a warning) when it is missing outside CI.
 * @throws Error naming the expected path when it is missing and `CI` is set
 */
export function requireCorpus(): string | undefined {
  const { file, present } = locateCorpus();
  if (present) return file;
  const message = `protocol-test corpus not found at ${file} (set ANVIL_SHARED to the shared data folder)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`[skip] conformance: ${message}`);
  return undefined;
}

/**
 * A folder of the shared data (`$ANVIL_SHARED/<relative>`, default `<repo root>/../shared/<relative>`), or
 * `undefined` (with a warning) when it is missing outside CI.
 * @throws Error naming the expected path when it is missing and `CI` is set
 */
export function requireShared(relative: string): string | undefined {
  const path = resolve(process.env['ANVIL_SHARED'] ?? join(REPO_ROOT, '..', 'shared'), relative);
  if (existsSync(path)) return path;
  const message = `shared data not found at ${path} (set ANVIL_SHARED to the shared data folder)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`[skip] ${message}`);
  return undefined;
}

/**
 * The files of the main rpcv2Cbor compliance suite (`smithy.protocoltests.rpcv2Cbor#RpcV2Protocol`, IDL only) and of
 * the models it uses (`smithy.test`, `smithy.protocols`, `smithy.framework` validation, shared types).
 * @param root the `protocol-tests/smithy-idl/main` folder
 */
export function rpcv2CborSuiteFiles(root: string): string[] {
  const suite = join(root, 'smithy-protocol-tests/model');
  return [
    join(suite, 'rpcv2Cbor'),
    join(suite, 'shared-types.smithy'),
    join(root, 'smithy-protocol-test-traits/src/main/resources/META-INF/smithy/smithy.test.smithy'),
    join(root, 'smithy-protocol-traits/src/main/resources/META-INF/smithy/smithy.protocols.rpcv2.smithy'),
    join(root, 'smithy-validation-model/model/smithy.framework.validation.smithy'),
  ];
}

