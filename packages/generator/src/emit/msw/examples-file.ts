/**
 * `src/examples.ts` of the msw package (services whose operations carry `smithy.api#examples`):
 * the examples as data, by operation name. Handlers answer a request whose input matches an
 * example with its output or error; the replay helper checks them through client ↔ mock.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { MSW_RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, objectKey } from '../../naming/index.js';
import type { ExampleNode, ServiceNode } from '../../resolve/index.js';
import { dataLiteral } from './data-literal.js';

function example(e: ExampleNode): string {
  const fields = [
    `title: ${JSON.stringify(e.title)}`,
    ...(e.input ? [`input: ${dataLiteral(e.input)}`] : []),
    ...(e.output ? [`output: ${dataLiteral(e.output)}`] : []),
    ...(e.error ? [`error: ${dataLiteral(e.error)}`] : []),
    ...(e.allowConstraintErrors ? ['allowConstraintErrors: true'] : []),
  ];
  return `{ ${fields.join(', ')} },`;
}

/**
 * Emit `src/examples.ts`.
 * @returns the file's text
 */
export function examplesFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const w = file.body;
  w.raw(tsdoc({
    documentation:
      'The model\'s examples (`smithy.api#examples`) by operation name, as node values. A handler answers a request whose input equals an example\'s input with the example\'s output (laid over the default output) or error.',
  }));
  w.block(`export const ${MODULE_LOCALS.examples}: ${file.ref(MSW_RUNTIME.ExampleTable)} =`, () => {
    for (const { operation, examples } of service.examples) {
      w.line(`${objectKey(operation.name)}: [`);
      w.indented(() => {
        for (const e of examples) w.line(example(e));
      });
      w.line('],');
    }
  }, ';');
  return file.toString();
}
