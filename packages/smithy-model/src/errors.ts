/**
 * The one error type the loader throws, plus JSON-path helpers used to point
 * at the offending node of a Smithy JSON AST document.
 * @packageDocumentation
 */

/** Where a {@link ModelError} happened. Every field is optional; set all you know. */
export interface ModelErrorLocation {
  /** The document's file name (as given to `loadModel`, or the path read by `loadModelFiles`). */
  readonly file?: string | undefined;
  /** The absolute shape id involved (`ns#Name` or `ns#Name$member`). */
  readonly shapeId?: string | undefined;
  /** JSON path of the offending node, e.g. `$.shapes["ns#A"].members.b.target`. */
  readonly jsonPath?: string | undefined;
}

/**
 * A model is invalid: bad JSON, unsupported version, unknown shape type, dangling
 * reference, conflicting definitions, malformed trait value, unknown shape id...
 *
 * The message contains the file, shape id and JSON path when they are known:
 * `drs.json: com.amazonaws.drs#A at $.shapes["com.amazonaws.drs#A"].members.b.target: target ns#X does not exist`.
 */
export class ModelError extends Error {
  /** The document's file name, when known. */
  readonly file?: string;
  /** The shape or member id involved, when known. */
  readonly shapeId?: string;
  /** JSON path of the offending node (`$.shapes["ns#A"].members.b.target`), when known. */
  readonly jsonPath?: string;

  /**
   * @param detail what is wrong (without location; the location is prepended)
   * @param location file / shape id / JSON path, each optional
   */
  constructor(detail: string, location: ModelErrorLocation = {}) {
    super(formatMessage(detail, location));
    this.name = 'ModelError';
    if (location.file !== undefined) this.file = location.file;
    if (location.shapeId !== undefined) this.shapeId = location.shapeId;
    if (location.jsonPath !== undefined) this.jsonPath = location.jsonPath;
  }
}

function formatMessage(detail: string, { file, shapeId, jsonPath }: ModelErrorLocation): string {
  const where: string[] = [];
  if (file !== undefined) where.push(file);
  if (shapeId !== undefined) where.push(`shape ${shapeId}`);
  if (jsonPath !== undefined) where.push(`at ${jsonPath}`);
  return where.length === 0 ? detail : `${where.join(', ')}: ${detail}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends a property step to a JSON path: `.name` for identifier-like keys,
 * `["key"]` otherwise (shape ids, trait ids).
 * @param base a JSON path such as `$` or `$.shapes["ns#A"]`
 * @param key the property name
 * @returns the extended path
 */
export function pathKey(base: string, key: string): string {
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** JSON path of a shape definition: `$.shapes["ns#A"]`. */
export function shapePath(id: string): string {
  return `$.shapes[${JSON.stringify(id)}]`;
}
