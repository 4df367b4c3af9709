/**
 * A corpus service's generated client package, imported at run time from the workspace it was
 * generated into: the client sources' imports of the types package are pointed at the generated
 * `types/src`, then the lite client class and the operation functions are loaded on demand (one
 * operation module each, so a 700-operation service costs one import, not 700).
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Client, ClientConfig, MetadataBearer } from '@anvil/client-runtime';

/** A generated operation function: `describeJobs(client, input, options)`. */
export type OperationFunction = (client: Client, input: Record<string, unknown>) => Promise<Record<string, unknown> & MetadataBearer>;

/** The generated client package of one service. */
export interface GeneratedClient {
  /** The generated `<Service>LiteClient` class (the client without operation methods). */
  readonly LiteClient: new (config?: ClientConfig) => Client;
  /** The generated error classes (`errors.ts`: the service's base exception, each modeled error) by export name. */
  readonly errors: Readonly<Record<string, unknown>>;
  /** The compiled endpoint rule set (`src/endpoint-rules.ts`), when the service has one. */
  readonly endpointRuleSet?: unknown;
  /** The generated operation function names (`operations/<fn>.ts`) by operation shape name. */
  readonly functions: ReadonlyMap<string, string>;
  /**
   * Import one generated operation function.
   * @throws Error naming the module when it does not export the function
   */
  operation(name: string): Promise<OperationFunction>;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/**
 * Point the generated client sources of `slug` (below `<out>/client/src`) at `<out>/types/src`
 * and load the package.
 * @param out the service's generation directory (holding `types` and `client`)
 * @param slug the package slug the generator named the packages with (`@anvil-gen/<slug>-types`)
 * @throws Error when the generated client exports no lite client class
 */
export async function loadGeneratedClient(out: string, slug: string): Promise<GeneratedClient> {
  const src = join(out, 'client', 'src');
  const typesIndex = join(out, 'types', 'src', 'index.js');
  for (const path of filesBelow(src)) {
    if (!path.endsWith('.ts')) continue;
    let target = relative(dirname(path), typesIndex).replaceAll('\\', '/');
    if (!target.startsWith('.')) target = `./${target}`;
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`'@anvil-gen/${slug}-types'`, `'${target}'`));
  }
  // the operation schemas (`DescribeJobs$`) by export name, to key the functions by operation shape name
  const schemas = (await import(pathToFileURL(join(out, 'types', 'src', 'schemas.ts')).href)) as Record<string, { readonly name?: unknown } | undefined>;
  const functions = new Map<string, string>();
  const operationsDir = join(src, 'operations');
  for (const file of readdirSync(operationsDir)) {
    const text = readFileSync(join(operationsDir, file), 'utf8');
    const fn = /^export function (\w+)\(/m.exec(text)?.[1];
    const name = schemas[/client\.send\((\w+\$),/.exec(text)?.[1] ?? '']?.name;
    if (fn && typeof name === 'string') functions.set(name, fn);
  }
  const lite = (await import(pathToFileURL(join(src, 'lite-client.ts')).href)) as Record<string, unknown>;
  const LiteClient = Object.entries(lite).find(([name, value]) => name.endsWith('LiteClient') && typeof value === 'function')?.[1];
  if (!LiteClient) throw new Error(`${join(src, 'lite-client.ts')}: exports no <Service>LiteClient class`);
  const errors = (await import(pathToFileURL(join(src, 'errors.ts')).href)) as Record<string, unknown>;
  const rulesFile = join(src, 'endpoint-rules.ts');
  const rules = existsSync(rulesFile) ? ((await import(pathToFileURL(rulesFile).href)) as Record<string, unknown>) : {};
  return {
    ...(rules['endpointRuleSet'] === undefined ? {} : { endpointRuleSet: rules['endpointRuleSet'] }),
    LiteClient: LiteClient as GeneratedClient['LiteClient'],
    errors,
    functions,
    async operation(name) {
      const fn = functions.get(name);
      const module = fn ? ((await import(pathToFileURL(join(operationsDir, `${fn}.ts`)).href)) as Record<string, unknown>) : {};
      const value = fn ? module[fn] : undefined;
      if (typeof value !== 'function') throw new Error(`${operationsDir}: no generated operation function for ${name}`);
      return value as OperationFunction;
    },
  };
}
