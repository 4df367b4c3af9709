/**
 * The TSDoc block of an operation function or client method: the model's
 * documentation and deprecation, the HTTP binding, and the given tags.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import type { OperationNode } from '../../resolve/index.js';

/** @param tags trusted TSDoc tag lines (`@param …`) */
export function operationDoc(op: OperationNode, tags: readonly string[] = []): string {
  return tsdoc({
    ...(op.documentation === undefined ? {} : { documentation: op.documentation }),
    ...(op.deprecated === undefined ? {} : { deprecated: op.deprecated }),
    notes: op.http ? [`\`${op.http.method} ${op.http.uri}\``] : [],
    tags,
  });
}
