/**
 * The model's operation examples (Smithy 2.0 "examples trait") as {@link OperationExamplesNode}s:
 * the node values as written (number literals a double would change as their nearest double, like
 * every number the emitters print); entries that are not objects with a string `title` are skipped.
 * @packageDocumentation
 */
import { isObjectNode, type OperationShape } from '@anvil/smithy-model';
import type { ExampleNode, OperationExamplesNode } from './resource-nodes.js';
import type { OperationNode } from './service-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { doubleNumbers, value } from './traits.js';

const isRecord = isObjectNode;

function exampleNode(raw: unknown): ExampleNode | undefined {
  if (!isRecord(raw) || typeof raw['title'] !== 'string') return undefined;
  const error = raw['error'];
  return {
    title: raw['title'],
    ...(typeof raw['documentation'] === 'string' ? { documentation: raw['documentation'] } : {}),
    ...(isRecord(raw['input']) ? { input: raw['input'] } : {}),
    ...(isRecord(raw['output']) ? { output: raw['output'] } : {}),
    ...(isRecord(error) && typeof error['shapeId'] === 'string'
      ? { error: { shapeId: error['shapeId'], ...(isRecord(error['content']) ? { content: error['content'] } : {}) } }
      : {}),
    ...(raw['allowConstraintErrors'] === true ? { allowConstraintErrors: true } : {}),
  };
}

/**
 * The examples of every operation that has some.
 * @param shapes the operation shapes, in the order of `operations`
 * @param operations the operation nodes
 */
export function operationExamples(shapes: readonly OperationShape[], operations: readonly OperationNode[]): OperationExamplesNode[] {
  const out: OperationExamplesNode[] = [];
  shapes.forEach((shape, i) => {
    const raw = value(shape.traits, TRAIT_IDS.examples);
    const operation = operations[i];
    if (!Array.isArray(raw) || !operation) return;
    const examples = raw.map((entry) => exampleNode(doubleNumbers(entry))).filter((e): e is ExampleNode => e !== undefined);
    if (examples.length > 0) out.push({ operation, examples });
  });
  return out;
}
