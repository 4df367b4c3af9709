/**
 * The runtime manifest against the runtime packages themselves: every value name
 * resolves when imported, every type name is an export (asked of the compiler),
 * and the protocol, customisation and body-encoder lists equal the runtime
 * registries (`PROTOCOL_CODECS`, `CUSTOMIZATIONS`, `ALL_BODY_ENCODERS`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as clientRuntime from '@anvil/client-runtime';
import * as mswRuntime from '@anvil/msw-runtime';
import * as runtime from '@anvil/runtime';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  BODY_ENCODERS,
  CLIENT_CODECS,
  CLIENT_RUNTIME,
  MSW,
  MSW_RUNTIME,
  RUNTIME,
  RUNTIME_PACKAGES,
  RULE_FUNCTIONS,
  SERVICE_CUSTOMIZATIONS,
  type RuntimeExport,
} from './manifest.js';
import { isErrorClassField, reservedErrorFields } from './naming/index.js';

const loaded: Record<string, Record<string, unknown>> = {
  [RUNTIME_PACKAGES.runtime]: runtime,
  [RUNTIME_PACKAGES.clientRuntime]: clientRuntime,
  [RUNTIME_PACKAGES.mswRuntime]: mswRuntime,
};
const all: RuntimeExport[] = [RUNTIME, CLIENT_RUNTIME, MSW_RUNTIME, MSW].flatMap((m) => Object.values(m));

/** Every export name (values and types) of each module, as the compiler sees the package's entry. */
function compilerExports(modules: readonly string[]): Map<string, Set<string>> {
  const probe = join(dirname(fileURLToPath(import.meta.url)), '__manifest_probe__.ts');
  const text = modules.map((m, i) => `export * as m${i} from '${m}';`).join('\n');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['@anvil/source'],
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (file === probe ? ts.createSourceFile(file, text, lang) : getSourceFile(file, lang, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe)!;
  const out = new Map<string, Set<string>>();
  modules.forEach((m, i) => {
    const alias = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === `m${i}`)!;
    const target = checker.getAliasedSymbol(alias);
    out.set(m, new Set(checker.getExportsOfModule(target).map((s) => s.name)));
  });
  return out;
}

describe('runtime manifest', () => {
  it('names only values the runtime packages export (imported at run time)', () => {
    const values = all.filter((e) => !e.typeOnly);
    expect(values.length).toBeGreaterThan(15);
    for (const e of values) expect(typeof loaded[e.module]?.[e.name], `${e.module} ${e.name}`).not.toBe('undefined');
  });

  it('names only types the packages export (asked of the TypeScript compiler)', () => {
    const exports = compilerExports(Object.values(RUNTIME_PACKAGES));
    expect(exports.get(RUNTIME_PACKAGES.runtime)).toContain('OperationSchema');
    for (const e of all) expect(exports.get(e.module), `${e.module} ${e.name}`).toContain(e.name);
  });

  it('has a client codec for exactly the protocols in @anvil/runtime PROTOCOL_CODECS, each that protocol\'s client half', () => {
    expect(Object.keys(CLIENT_CODECS).sort()).toEqual(Object.keys(runtime.PROTOCOL_CODECS).sort());
    for (const [protocol, ref] of Object.entries(CLIENT_CODECS)) {
      const codec = (runtime as Record<string, unknown>)[ref!.name] as runtime.ClientCodec;
      const joined = runtime.PROTOCOL_CODECS[protocol as runtime.ProtocolName]!;
      expect(codec.name).toBe(protocol);
      // restJson1 / awsJson: the joined codec's client half is the same code with every codec feature as its default
      // (a generated client's takes them from the operation schema's `features`), so only the non-gated ones are identical
      if (!['restJson1', 'awsJson1_0', 'awsJson1_1'].includes(protocol)) expect(codec.serializeRequest).toBe(joined.serializeRequest);
      else expect(codec).toBe((runtime as Record<string, unknown>)[`${protocol}Client`]);
    }
  });

  it('names exactly the customisations of @anvil/client-runtime CUSTOMIZATIONS, each the export of that name', () => {
    const names = Object.values(SERVICE_CUSTOMIZATIONS).flat();
    expect(new Set(names)).toEqual(new Set(Object.keys(clientRuntime.CUSTOMIZATIONS)));
    for (const name of names) expect((clientRuntime as Record<string, unknown>)[CLIENT_RUNTIME[name].name]).toBe(clientRuntime.CUSTOMIZATIONS[name]);
  });

  it('maps exactly the endpoint functions of @anvil/client-runtime ENDPOINT_FUNCTIONS, each to that function', () => {
    expect(Object.keys(RULE_FUNCTIONS).sort()).toEqual(Object.keys(clientRuntime.ENDPOINT_FUNCTIONS).sort());
    for (const [name, ref] of Object.entries(RULE_FUNCTIONS)) {
      expect((clientRuntime as Record<string, unknown>)[ref.name], name).toBe(clientRuntime.ENDPOINT_FUNCTIONS[name]);
    }
  });

  it('lists the body encoders of @anvil/client-runtime ALL_BODY_ENCODERS, in their order', () => {
    const encoders = Object.values(BODY_ENCODERS).map((e) => (clientRuntime as Record<string, unknown>)[e.name]);
    expect(encoders).toEqual(clientRuntime.ALL_BODY_ENCODERS);
  });

  it('leaves out of generated error classes exactly the member names ServiceException does not copy (RESERVED_EXCEPTION_KEYS)', () => {
    expect(new Set(reservedErrorFields())).toEqual(new Set(clientRuntime.RESERVED_EXCEPTION_KEYS));
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'name', '$members']) expect(isErrorClassField(name), name).toBe(false);
    expect(isErrorClassField('resourceId')).toBe(true);
  });
});
