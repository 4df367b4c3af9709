/**
 * `src/waiters/<Name>.ts` of the client package: `waitUntil<Name>` for one
 * waiter, with its acceptors as data (Smithy "Waiters").
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import type { OperationNode, ServiceNode, WaiterNode } from '../../resolve/index.js';
import { packageTypes } from '../package-types.js';
import { CLIENT_FILES, moduleSpecifier, operationFile, waiterFile } from './paths.js';

function waiterDoc(op: OperationNode, waiter: WaiterNode, liteClient: string): string {
  return tsdoc({
    documentation: waiter.documentation ?? `Wait until \`${op.name}\` reports the \`${waiter.name}\` state.`,
    ...(waiter.deprecated ? { deprecated: {} } : {}),
    notes: [`Polls \`${op.name}\` every ${waiter.minDelay ?? 2}–${waiter.maxDelay ?? 120} s (exponential backoff with jitter) until an acceptor matches.`],
    tags: [
      `@param client - a {@link ${liteClient}}`,
      `@param input - the \`${op.name}\` input, sent on every attempt`,
      '@param options - `maxWaitTime` in seconds (required), `minDelay` / `maxDelay` overrides (s), `abortSignal`',
      '@returns `{ state: \'SUCCESS\', reason, attempts }`',
      '@throws WaiterError with `state` `FAILURE` (failure acceptor or unexpected error) or `TIMEOUT`',
    ],
  });
}

/**
 * Emit `src/waiters/<Name>.ts`.
 * @returns the file's text
 */
export function waiterFunctionFile(service: ServiceNode, op: OperationNode, waiter: WaiterNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const path = waiterFile(waiter);
  const w = file.body;
  const lite = file.type(moduleSpecifier(path, CLIENT_FILES.liteClient), service.names.liteClient);
  const fn = file.value(moduleSpecifier(path, operationFile(op)), op.names.fn);
  const definition = {
    acceptors: waiter.acceptors,
    ...(waiter.minDelay !== undefined ? { minDelay: waiter.minDelay } : {}),
    ...(waiter.maxDelay !== undefined ? { maxDelay: waiter.maxDelay } : {}),
  };
  w.line(`const ${waiter.names.definition}: ${file.ref(CLIENT_RUNTIME.WaiterDefinition)} = ${JSON.stringify(definition)};`);
  w.separate().raw(waiterDoc(op, waiter, service.names.liteClient));
  const input = types.io(op.input);
  const signature = `export function ${waiter.names.fn}(client: ${lite}, input: ${input}, options: ${file.ref(CLIENT_RUNTIME.WaiterOptions)}): Promise<${file.ref(CLIENT_RUNTIME.WaiterResult)}<${types.io(op.output)}>>`;
  w.block(signature, () => {
    w.line(`return ${file.ref(CLIENT_RUNTIME.waitUntil)}(${waiter.names.definition}, (i: ${input}, o) => ${fn}(client, i, o), input, options);`);
  });
  return file.toString();
}
