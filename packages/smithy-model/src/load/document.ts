/**
 * Parses one Smithy JSON AST document (Smithy 2.0 "JSON AST": top-level
 * `smithy`, `metadata`, `shapes`) into a {@link RawDocument}.
 * @packageDocumentation
 */
import { ModelError } from '../errors.js';
import { isObjectNode } from '../exact-number.js';
import type { RawApply, RawDocument, RawShape, SmithyVersion } from './raw.js';
import { parseShape } from './shape.js';
import { upgradeEnumString } from './upgrade.js';

const VERSIONS: Readonly<Record<string, SmithyVersion>> = { '1': '1.0', '1.0': '1.0', '2': '2.0', '2.0': '2.0' };

/**
 * Parses and syntax-checks one document.
 * @param file the document's name, used in errors
 * @param json the parsed JSON value
 * @returns the document's shapes (1.0 string enums already upgraded), applies and metadata
 * @throws ModelError when the document is not an object, its `smithy` version is not 1.0/1/2.0/2,
 *   `metadata`/`shapes` are not objects, or a shape is malformed
 */
export function parseDocument(file: string, json: unknown): RawDocument {
  if (!isObjectNode(json)) {
    throw new ModelError('a Smithy JSON AST document must be a JSON object', { file, jsonPath: '$' });
  }
  const doc = json as Record<string, unknown>;
  const version = typeof doc.smithy === 'string' ? VERSIONS[doc.smithy] : undefined;
  if (version === undefined) {
    throw new ModelError(`unsupported Smithy version ${JSON.stringify(doc.smithy)} (expected "1.0" or "2.0")`, {
      file,
      jsonPath: '$.smithy',
    });
  }
  const metadata = doc.metadata ?? {};
  if (!isObjectNode(metadata)) {
    throw new ModelError('"metadata" must be an object', { file, jsonPath: '$.metadata' });
  }
  const shapesJson = doc.shapes ?? {};
  if (!isObjectNode(shapesJson)) {
    throw new ModelError('"shapes" must be an object', { file, jsonPath: '$.shapes' });
  }
  const shapes: RawShape[] = [];
  const applies: RawApply[] = [];
  const ctx = { file, version };
  const entries = shapesJson as Record<string, unknown>;
  for (const id in entries) {
    const parsed = parseShape(id, entries[id], ctx);
    if ('type' in parsed) {
      if (version === '1.0') upgradeEnumString(parsed);
      shapes.push(parsed);
    } else {
      applies.push(parsed);
    }
  }
  return { file, version, metadata: metadata as Record<string, unknown>, shapes, applies };
}
