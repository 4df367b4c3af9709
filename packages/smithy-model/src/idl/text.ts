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

const BACKSLASH = 92;
const QUOTE = 34;

/**
 * @param raw the characters between the opening and closing quotes (`"` or `"""`)
 * @param textBlock true for a text block (`"""`)
 * @returns the string value
 * @throws StringLiteralError on a bad escape, a bad character, or a text block that does not start with a line break
 */
export function stringValue(raw: string, textBlock: boolean): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (textBlock) text = formatTextBlock(text);
  if (text.indexOf('\\') < 0) {
    checkCharacters(text, textBlock);
    return text;
  }
  return decodeEscapes(text, textBlock);
}

function checkCharacters(text: string, textBlock: boolean): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isNormalCharacter(c, textBlock)) throw new StringLiteralError(`Invalid string character: \`${text[i]}\``);
  }
}

/** Smithy `QuotedChar` without escapes: tab, line breaks, and everything from space up except `"` and `\`. */
function isNormalCharacter(c: number, textBlock: boolean): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) || (textBlock && c === QUOTE);
}

function decodeEscapes(text: string, textBlock: boolean): string {
  // Pieces joined once at the end: JSON bodies in protocol tests have an escape every few characters.
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== BACKSLASH) {
      if (!isNormalCharacter(c, textBlock)) throw new StringLiteralError(`Invalid string character: \`${text[i]}\``);
      continue;
    }
    if (i > from) out.push(text.slice(from, i));
    const e = text[i + 1];
    i++;
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
        out.push(String.fromCharCode(hex4(text, i + 1)));
        i += 4;
        break;
      case undefined:
        throw new StringLiteralError('Invalid escape found in string: `\\`');
      default:
        throw new StringLiteralError(`Invalid escape found in string: \`\\${e}\``);
    }
    from = i + 1;
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
    let kept = '';
    if (line.length > 0) {
      let end = line.length - 1;
      while (end > 0 && line.charCodeAt(end) === 32) end--;
      const start = Math.min(indent, line.length);
      if (end >= start) kept = line.slice(start, end + 1);
    }
    out.push(kept);
  }
  return out.join('\n');
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}
