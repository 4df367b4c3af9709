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
  /** 1-based line in the file (IDL files, and JSON files when the JSON itself is malformed). */
  readonly line?: number | undefined;
  /** 1-based column (UTF-16 code units) in the file. */
  readonly column?: number | undefined;
  /** A short code frame (the offending line and a caret), see {@link codeFrame}; appended to the message. */
  readonly frame?: string | undefined;
}

/**
 * A model is invalid: bad JSON, unsupported version, unknown shape type, dangling
 * reference, conflicting definitions, malformed trait value, unknown shape id...
 *
 * The message contains the file, shape id and JSON path when they are known:
 * `drs.json: com.amazonaws.drs#A at $.shapes["com.amazonaws.drs#A"].members.b.target: target ns#X does not exist`.
 */
export class ModelError extends Error {
  /** What is wrong, without the location (the message is this with the location prepended). */
  readonly detail: string;
  /** The document's file name, when known. */
  readonly file?: string;
  /** The shape or member id involved, when known. */
  readonly shapeId?: string;
  /** JSON path of the offending node (`$.shapes["ns#A"].members.b.target`), when known. */
  readonly jsonPath?: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** 1-based column in the file, when known. */
  readonly column?: number;

  /**
   * @param detail what is wrong (without location; the location is prepended)
   * @param location file / shape id / JSON path, each optional
   */
  constructor(detail: string, location: ModelErrorLocation = {}) {
    super(formatMessage(detail, location));
    this.name = 'ModelError';
    this.detail = detail;
    if (location.file !== undefined) this.file = location.file;
    if (location.shapeId !== undefined) this.shapeId = location.shapeId;
    if (location.jsonPath !== undefined) this.jsonPath = location.jsonPath;
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
  }
}

/** `file[:line:column], shape id, at json.path: detail`, plus the code frame on the next lines. */
function formatMessage(detail: string, { file, shapeId, jsonPath, line, column, frame }: ModelErrorLocation): string {
  const where: string[] = [];
  if (line !== undefined) where.push(`${file ?? '<input>'}:${line}:${column ?? 1}`);
  else if (file !== undefined) where.push(file);
  if (shapeId !== undefined) where.push(`shape ${shapeId}`);
  if (jsonPath !== undefined) where.push(`at ${jsonPath}`);
  const message = where.length === 0 ? detail : `${where.join(', ')}: ${detail}`;
  return frame === undefined ? message : `${message}\n${frame}`;
}

/** Widest slice of a line shown in a code frame; longer lines are cut around the column. */
const FRAME_WIDTH = 120;

/**
 * A two-line code frame: the offending line (with its number) and a caret under the column.
 * @param text the whole file
 * @param line 1-based line
 * @param column 1-based column (UTF-16 code units); clamped to the line
 * @returns e.g. `  12 | structure Foo {\n     |               ^`, or `''` when the line does not exist
 */
export function codeFrame(text: string, line: number, column: number): string {
  // Lines end at \n, \r\n or a lone \r (as the IDL lexer counts them).
  let start = 0;
  for (let l = 1; l < line; l++) {
    const end = lineEnd(text, start);
    if (end >= text.length) return '';
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  const end = lineEnd(text, start);
  let source = text.slice(start, end);
  let col = Math.max(1, Math.min(column, source.length + 1));
  if (source.length > FRAME_WIDTH) {
    const from = Math.max(0, Math.min(col - 1 - FRAME_WIDTH / 2, source.length - FRAME_WIDTH));
    source = `${from > 0 ? '…' : ''}${source.slice(from, from + FRAME_WIDTH)}${from + FRAME_WIDTH < source.length ? '…' : ''}`;
    col = col - from + (from > 0 ? 1 : 0);
  }
  const gutter = String(line);
  const pad = ' '.repeat(gutter.length);
  // Keep tabs so the caret lines up under tab-indented code.
  const lead = source.slice(0, col - 1).replace(/[^\t]/g, ' ');
  return ` ${gutter} | ${source}\n ${pad} | ${lead}^`;
}

/**
 * The 1-based line and column of an offset (lines end at `\n`, `\r\n` or a lone `\r`).
 * @param text the whole file
 * @param offset a UTF-16 offset (clamped to the text)
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
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
