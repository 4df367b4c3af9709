/**
 * Cross-shape checks of HTTP bindings after mixins and `apply` are resolved
 * (Smithy 2.0 "HTTP binding traits": every `{label}` of an operation's `@http`
 * URI is bound by exactly one `@httpLabel` input member, and every `@httpLabel`
 * member has its label in the URI).
 * @packageDocumentation
 */
import type { Shape, ShapeId } from '../ir.js';
import { ModelError } from '../errors.js';

/** Label names of an `@http` URI pattern (`/tags/{resourceArn}` → `resourceArn`; greedy `{key+}` → `key`). */
export function uriLabels(uri: string): string[] {
  const path = uri.split('?')[0] ?? '';
  return [...path.matchAll(/\{([^}]+?)\+?\}/g)].map((m) => m[1]!);
}

/**
 * @param shapes the resolved shapes
 * @param fileOf the file that defined a shape (for error messages)
 * @throws ModelError naming the file, the operation and the JSON path of its `@http` URI when a
 *   URI label has no `@httpLabel` input member, or an `@httpLabel` member has no URI label
 */
export function checkHttpLabels(shapes: ReadonlyMap<ShapeId, Shape>, fileOf: (id: ShapeId) => string | undefined): void {
  for (const op of shapes.values()) {
    if (op.type !== 'operation') continue;
    const http = op.traits['smithy.api#http'] as { uri?: unknown } | undefined;
    if (!http || typeof http.uri !== 'string') continue;
    const input = shapes.get(op.input);
    const members = input && input.type === 'structure' ? input.members : [];
    const labelled = new Set(members.filter((m) => 'smithy.api#httpLabel' in m.traits).map((m) => m.name));
    const labels = uriLabels(http.uri);
    const where = {
      shapeId: op.id,
      jsonPath: `$.shapes[${JSON.stringify(op.id)}].traits["smithy.api#http"].uri`,
      ...(fileOf(op.id) ? { file: fileOf(op.id)! } : {}),
    };
    for (const label of labels) {
      if (!labelled.has(label)) {
        throw new ModelError(`URI ${http.uri} has label {${label}} but input ${op.input} has no @httpLabel member ${label}`, where);
      }
    }
    for (const name of labelled) {
      if (!labels.includes(name)) {
        throw new ModelError(`member ${name} of ${op.input} has @httpLabel but URI ${http.uri} has no {${name}} label`, where);
      }
    }
  }
}
