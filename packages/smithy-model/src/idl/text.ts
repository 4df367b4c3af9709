/**
 * The value of a quoted string or text block (Smithy 2.0 IDL "Strings",
 * "Text blocks", "Escape characters"): line endings normalised to `\n`,
 * incidental whitespace removed from text blocks, escapes decoded
 * (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX` with surrogate
 * pairs kept as written, and an escaped line break that joins lines).
 * @packageDocumentation
 */

/** A string literal is malformed; the lexer reports it at the literal. */
export class StringLiteralError extends Error {}

/**
 * @param raw the characters between the opening and closing quotes (`"` or `"""`)
 * @param textBlock true for a text block (`"""`)
 * @returns the string value
 * @throws StringLiteralError on a bad escape, a bad character, or a text block that does not start with a line break
 */
export function stringValue(raw: string, textBlock: boolean): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (textBlock) text = formatTextBlock(text);
  // Outside escapes a literal holds no control character but tab and line feed (a raw `"` cannot occur
  // in a quoted string: it would have closed it; text blocks allow it).
  const bad = CONTROL.exec(text);
  if (bad !== null) throw new StringLiteralError(`Invalid string character: \`${bad[0]}\``);
  return text.indexOf('\\') < 0 ? text : decodeEscapes(text);
}

/** A control character other than tab and line feed (`\r` is normalised before the check). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** Decodes the escapes, jumping from backslash to backslash (native search; no per-character loop). */
function decodeEscapes(text: string): string {
  // Pieces joined once at the end: JSON bodies in protocol tests have an escape every few characters.
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', from)) {
    if (i > from) out.push(text.slice(from, i));
    const e = text[i + 1];
    from = i + 2;
    switch (e) {
      case '"': out.push('"'); break;
      case '\\': out.push('\\'); break;
      case '/': out.push('/'); break;
      case 'b': out.push('\b'); break;
      case 'f': out.push('\f'); break;
      case 'n': out.push('\n'); break;
      case 'r': out.push('\r'); break;
      case 't': out.push('\t'); break;
      case '\n': break; // an escaped line break joins the lines
      case 'u':
        out.push(String.fromCharCode(hex4(text, i + 2)));
        from += 4;
        break;
      case undefined:
        throw new StringLiteralError('Invalid escape found in string: `\\`');
      default:
        throw new StringLiteralError(`Invalid escape found in string: \`\\${e}\``);
    }
  }
  out.push(text.slice(from));
  return out.join('');
}

function hex4(text: string, at: number): number {
  let value = 0;
  for (let k = 0; k < 4; k++) {
    const ch = text.charCodeAt(at + k);
    if (Number.isNaN(ch)) throw new StringLiteralError('Invalid unclosed unicode escape found in string');
    let digit: number;
    if (ch >= 48 && ch <= 57) digit = ch - 48;
    else if (ch >= 97 && ch <= 102) digit = ch - 87;
    else if (ch >= 65 && ch <= 70) digit = ch - 55;
    else throw new StringLiteralError(`Invalid unicode escape character: \`${text[at + k]}\``);
    value = value * 16 + digit;
  }
  return value;
}

/**
 * Text block formatting (Smithy 2.0 "Text blocks"): drop the first line break, remove the
 * common leading spaces of the non-blank lines (a last line made only of spaces counts, so the
 * closing quotes' indentation matters), strip trailing spaces of every line.
 */
function formatTextBlock(text: string): string {
  if (text.length === 0) throw new StringLiteralError('Text block is empty');
  if (text.charCodeAt(0) !== 10) throw new StringLiteralError('Text block must start with a new line');
  const lines = text.split('\n');
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const spaces = leadingSpaces(line);
    const isLast = i === lines.length - 1;
    if (spaces < line.length || isLast) indent = Math.min(indent, spaces);
  }
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    // Trailing spaces go (a line of one space keeps it, as Smithy does), then the common indentation.
    const end = Math.max(line.length - (TRAILING_SPACES.exec(line)?.[0].length ?? 0), Math.min(line.length, 1));
    const start = Math.min(indent, line.length);
    out.push(end > start ? line.slice(start, end) : '');
  }
  return out.join('\n');
}

const LEADING_SPACES = /^ */;
const TRAILING_SPACES = / +$/;

function leadingSpaces(line: string): number {
  return (LEADING_SPACES.exec(line) as RegExpExecArray)[0].length;
}
