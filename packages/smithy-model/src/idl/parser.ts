/**
 * `parseIdl`: one Smithy IDL file → an {@link IdlDocument} (Smithy 2.0 "Smithy IDL":
 * control section, metadata section, shape section). Parsing stops at the first
 * error, a {@link ModelError} with file, line, column and a code frame.
 * @packageDocumentation
 */
import type { SmithyVersion } from '../load/raw.js';
import { parseNode } from './node-values.js';
import type { IdlDocument } from './pending.js';
import { absoluteShapeIdText, namespaceText } from './shape-id.js';
import { IdlParser } from './state.js';
import { parseShapeStatements } from './statements.js';
import { KEY, Tok } from './tokens.js';
import type { TokenCursor } from './cursor.js';

const VERSIONS: Readonly<Record<string, SmithyVersion>> = { '1': '1.0', '1.0': '1.0', '2': '2.0', '2.0': '2.0' };

/**
 * Parses one `.smithy` file. Relative shape ids stay pending until {@link resolveIdl} sees every file.
 * @param file the file name used in errors
 * @param text the file's text
 * @returns the parsed file
 * @throws ModelError (file, line, column, code frame) on the first syntax error or IDL rule broken
 *   (e.g. a 2.0 feature in a 1.0 file, a duplicate member, an unknown shape type)
 */
export function parseIdl(file: string, text: string): IdlDocument {
  const p = new IdlParser(file, text);
  const t = p.t;
  t.skipWsAndDocs();
  parseControlSection(p);
  t.skipWsAndDocs();
  parseMetadataSection(p);
  parseShapeSection(p);
  return p.document();
}

/** `$key: value` lines: `$version`, `$operationInputSuffix`, `$operationOutputSuffix` (others are ignored). */
function parseControlSection(p: IdlParser): void {
  const t: TokenCursor = p.t;
  const seen = new Set<string>();
  while (t.kind === Tok.DOLLAR) {
    t.next();
    t.expectOneOf(KEY);
    const key = t.stringOrIdentifier();
    t.next();
    t.skipSpaces();
    t.expect(Tok.COLON);
    t.next();
    t.skipSpaces();
    if (seen.has(key)) t.fail(`Duplicate control statement \`${key}\``);
    seen.add(key);
    const at = t.position();
    const holder: Record<string, unknown> = {};
    parseNode(p, holder, 'value');
    const value = holder.value;
    if (key === 'version') {
      if (typeof value !== 'string') t.fail(`The $version control statement must have a string value, but found ${JSON.stringify(value)}`, at);
      const version = VERSIONS[value];
      if (version === undefined) t.fail(`Unsupported Smithy version number: ${value}`);
      p.version = version;
    } else if (key === 'operationInputSuffix' || key === 'operationOutputSuffix') {
      if (typeof value !== 'string') t.fail(`Expected $${key} to be a string, but found ${JSON.stringify(value)}`, at);
      if (key === 'operationInputSuffix') p.inputSuffix = value;
      else p.outputSuffix = value;
    }
    t.expectAndSkipBr();
  }
}

/** `metadata key = value` lines. */
function parseMetadataSection(p: IdlParser): void {
  const t = p.t;
  while (t.kind === Tok.IDENTIFIER && t.isLexeme('metadata')) {
    t.next();
    t.expectAndSkipSpaces();
    t.expectOneOf(KEY);
    const key = t.stringOrIdentifier();
    const at = t.position();
    t.next();
    t.skipSpaces();
    t.expect(Tok.EQUAL);
    t.next();
    t.skipSpaces();
    const entry = { key, value: null as unknown, at };
    parseNode(p, entry, 'value');
    p.metadata.push(entry);
    t.expectAndSkipBr();
    t.skipWsAndDocs();
  }
}

/** `namespace ns`, then `use` statements, then shape and apply statements. */
function parseShapeSection(p: IdlParser): void {
  const t = p.t;
  if (t.kind === Tok.IDENTIFIER && t.isLexeme('namespace')) {
    t.next();
    t.expectAndSkipSpaces();
    p.namespace = namespaceText(t);
    t.expectAndSkipBr();
    // Doc comments here may belong to the first shape (unless a `use` statement comes first).
    const docAt = t.position();
    t.skipWsAndDocs();
    parseUseSection(p);
    parseShapeStatements(p, docAt);
  } else if (t.kind !== Tok.EOF) {
    if (t.kind === Tok.ERROR) t.expect(Tok.IDENTIFIER);
    t.fail(`Expected a namespace definition but found ${t.describeCurrent()}`);
  }
}

function parseUseSection(p: IdlParser): void {
  const t = p.t;
  while (t.kind === Tok.IDENTIFIER && t.isLexeme('use')) {
    t.next();
    t.expectAndSkipSpaces();
    const at = t.position();
    const id = absoluteShapeIdText(t);
    if (id.includes('$')) t.fail('Use statements cannot use members', at);
    const name = id.slice(id.indexOf('#') + 1);
    const previous = p.uses.get(name);
    if (previous !== undefined) t.fail(`Cannot use name \`${id}\` because it conflicts with \`${previous}\``, at);
    p.uses.set(name, id);
    t.expectAndSkipBr();
    t.skipWsAndDocs();
  }
}
