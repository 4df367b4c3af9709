/**
 * Editing a user's JSON (or JSONC: `turbo.json` may hold comments) in place:
 * only the edited values change, formatting and comments elsewhere stay.
 * @packageDocumentation
 */
import { applyEdits, modify, parse, type ParseError, printParseErrorCode } from 'jsonc-parser';

/** Formatting of inserted JSON: the file's own indentation (two spaces when it has none). */
function formatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * Parse JSON with comments.
 * @throws Error naming the file and the offset of the first syntax error
 */
export function parseJsonc(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new Error(`${file}:${line}: ${printParseErrorCode(e.error)} (offset ${e.offset})`);
  }
  return value;
}

/** Set the value at `path` (object keys and array indexes; index -1 appends), keeping the rest of the text. */
export function setJsonValue(text: string, path: ReadonlyArray<string | number>, value: unknown): string {
  return applyEdits(text, modify(text, [...path], value, { formattingOptions: formatting(text) }));
}
