/**
 * The Smithy IDL lexer (Smithy 2.0 "IDL lexical tokens"): a hand-written
 * scanner over UTF-16 char codes that holds one current token at a time.
 * Malformed input never throws here: it becomes an ERROR token whose message
 * and position are reported when a parser looks at it. Positions are offsets
 * (no line bookkeeping while scanning). Documentation comment lines (`///`) are
 * buffered as they are scanned; the parser takes or drops them.
 * Over 300 lines: one scanner whose token cases share the cursor; split by token kind, every
 * character would pass cursor state between modules.
 * @packageDocumentation
 */
import { StringLiteralError, stringValue } from './text.js';
import { numberLiteral, type NodeNumber } from '../exact-number.js';
import { Tok, type TokenKind } from './tokens.js';

/** A position in the file as a UTF-16 offset; line and column are computed only for messages. */
export type Offset = number;

const CR = 13;
const LF = 10;
const TRIPLE_QUOTE = '"""';

/** Characters a literal may not hold as they are (tab and LF may): CR to normalise, or an error. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/g;

/** Char code → token kind for single-character tokens (−1: not one). */
const SINGLE = new Int8Array(128).fill(-1);
SINGLE[44] = Tok.COMMA;
SINGLE[64] = Tok.AT;
SINGLE[36] = Tok.DOLLAR;
SINGLE[46] = Tok.DOT;
SINGLE[123] = Tok.LBRACE;
SINGLE[125] = Tok.RBRACE;
SINGLE[91] = Tok.LBRACKET;
SINGLE[93] = Tok.RBRACKET;
SINGLE[40] = Tok.LPAREN;
SINGLE[41] = Tok.RPAREN;
SINGLE[35] = Tok.POUND;
SINGLE[61] = Tok.EQUAL;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[A-Za-z0-9_]` */
function isIdentifierChar(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === 95;
}

/** Scans one file; `next()` moves to the next token, whose kind, span and value are the public fields. */
export class Lexer {
  /** Scan position (index of the next unread char). */
  private pos = 0;

  /** The current token. */
  kind: TokenKind = Tok.EOF;
  start = 0;
  end = 0;
  /** Decoded value of a STRING / TEXT_BLOCK token. */
  stringValue = '';
  /** Value of a NUMBER token (an `ExactNumber` when a double would change the literal's value). */
  numberValue: NodeNumber = 0;
  /** Message of an ERROR token, and where the problem is (may be past the token's start). */
  errorMessage = '';
  errorAt: Offset = 0;
  /** Documentation comment lines scanned and not yet taken or dropped. */
  docLines: string[] = [];
  /** Caches of the next backslash, control character and CR (-1: not searched yet). */
  private backslashAt = -1;
  private controlAt = -1;
  private crAt = -1;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1; // a UTF-8 byte order mark is not part of the model
    this.next();
  }

  /** True when the current token is `kind` (a call, so TypeScript does not narrow `kind` across `next()`). */
  is(kind: TokenKind): boolean {
    return this.kind === kind;
  }

  /** The current token's source text. */
  lexeme(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Position of the current token. */
  position(): Offset {
    return this.start;
  }

  /** True when the current token's text is exactly `word`. */
  isLexeme(word: string): boolean {
    return this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  /** Advances to the next token (at EOF, stays there) and returns its kind. */
  next(): TokenKind {
    const text = this.text;
    this.start = this.pos;
    if (this.pos >= text.length) return this.finish(Tok.EOF);
    const c = text.charCodeAt(this.pos);
    if (c < 128) {
      const single = SINGLE[c] as number;
      if (single >= 0) {
        this.pos++;
        return this.finish(single as TokenKind);
      }
    }
    if (c === 32 || c === 9) {
      let p = this.pos + 1;
      while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      this.pos = p;
      return this.finish(Tok.SPACE);
    }
    if (c === LF || c === CR) {
      this.pos += c === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      return this.finish(Tok.NEWLINE);
    }
    if (isAlpha(c) || c === 95) return this.identifier();
    if (isDigit(c) || c === 45) return this.number();
    if (c === 58) {
      this.pos++;
      if (text.charCodeAt(this.pos) === 61) {
        this.pos++;
        return this.finish(Tok.WALRUS);
      }
      return this.finish(Tok.COLON);
    }
    if (c === 34) return this.string();
    if (c === 47) return this.comment();
    this.pos++;
    return this.error(`Unexpected character: '${String.fromCharCode(c)}'`, this.start);
  }

  private finish(kind: TokenKind): TokenKind {
    this.end = this.pos;
    this.kind = kind;
    return kind;
  }

  private error(message: string, at: Offset): TokenKind {
    this.errorMessage = message;
    this.errorAt = at;
    return this.finish(Tok.ERROR);
  }

  private charForMessage(): string {
    if (this.pos >= this.text.length) return '[EOF]';
    const c = this.text[this.pos] as string;
    return c === '\n' ? '\\n' : c === '\r' ? '\\r' : c;
  }

  /** Smithy `identifier`: `*"_" ALPHA *(ALPHA / DIGIT / "_")`, at least one letter or digit after underscores. */
  private identifier(): TokenKind {
    const text = this.text;
    let p = this.pos;
    if (text.charCodeAt(p) === 95) {
      while (text.charCodeAt(p) === 95) p++;
      if (!isIdentifierChar(text.charCodeAt(p))) {
        this.pos = p;
        return this.error(`Expected a valid identifier character, but found '${this.charForMessage()}'`, p);
      }
    }
    p++;
    while (p < text.length && isIdentifierChar(text.charCodeAt(p))) p++;
    this.pos = p;
    return this.finish(Tok.IDENTIFIER);
  }

  /** Smithy `Number`: `[-] int [frac] [exp]`. */
  private number(): TokenKind {
    const text = this.text;
    let p = this.pos;
    const invalid = (why: string): TokenKind => {
      this.pos = p;
      return this.error(`Invalid number '${text.slice(this.start, p)}': ${why}`, this.start);
    };
    if (text.charCodeAt(p) === 45) {
      p++;
      if (!isDigit(text.charCodeAt(p))) return invalid("'-' must be followed by a digit");
    }
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 46) {
      p++;
      const digits = p;
      while (isDigit(text.charCodeAt(p))) p++;
      if (p === digits) return invalid("'.' must be followed by a digit");
    }
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      p++;
      const sign = text.charCodeAt(p);
      if (sign === 43 || sign === 45) p++;
      const digits = p;
      while (isDigit(text.charCodeAt(p))) p++;
      if (p === digits) return invalid("'e', '+', and '-' must be followed by a digit");
    }
    this.pos = p;
    this.numberValue = numberLiteral(text.slice(this.start, p));
    return this.finish(Tok.NUMBER);
  }

  /** `"..."`, `""` or a `"""` text block. */
  private string(): TokenKind {
    const text = this.text;
    this.pos++;
    if (text.charCodeAt(this.pos) === 34) {
      this.pos++;
      if (text.charCodeAt(this.pos) !== 34) {
        this.stringValue = '';
        return this.finish(Tok.STRING);
      }
      this.pos++;
      return this.quoted(true);
    }
    return this.quoted(false);
  }

  private quoted(textBlock: boolean): TokenKind {
    const text = this.text;
    const contentStart = this.pos;
    // Fast path, scanned by native string search (a file is lexed once, mostly before the JIT warms
    // up): no backslash before the closing quote(s) means the literal ends there.
    const close = text.indexOf(textBlock ? TRIPLE_QUOTE : '"', contentStart);
    if (close >= 0 && this.nextBackslash(contentStart) > close) {
      return this.literal(contentStart, close, !textBlock && this.nextControl(contentStart) > close, textBlock);
    }
    // With escapes: one pass finds the closing quote(s) and whether the value needs more than a slice.
    let p = this.pos;
    let plain = !textBlock;
    for (;;) {
      if (p >= text.length) {
        this.pos = p;
        return this.error(`Expected: '"', but found '[EOF]'`, p);
      }
      const c = text.charCodeAt(p);
      if (c === 34) {
        if (!textBlock || (text.charCodeAt(p + 1) === 34 && text.charCodeAt(p + 2) === 34)) break;
      } else if (c === 92) {
        plain = false;
        p++;
      } else if (c < 32 && c !== 9 && c !== 10) {
        plain = false; // \r to normalise, or a control character to reject
      }
      p++;
    }
    return this.literal(contentStart, p, plain, textBlock);
  }

  /** Finishes a string literal whose content is `[start, end)`; `plain` when the content is the value. */
  private literal(start: number, end: number, plain: boolean, textBlock: boolean): TokenKind {
    const text = this.text;
    this.pos = end + (textBlock ? 3 : 1);
    if (plain) {
      this.stringValue = text.slice(start, end);
      return this.finish(Tok.STRING);
    }
    try {
      this.stringValue = stringValue(text.slice(start, end), textBlock);
    } catch (e) {
      if (!(e instanceof StringLiteralError)) throw e;
      return this.error(`Error parsing ${textBlock ? 'text block' : 'quoted string'}: ${e.message}`, this.start);
    }
    return this.finish(textBlock ? Tok.TEXT_BLOCK : Tok.STRING);
  }

  /** Offset of the first backslash at or after `from` (`text.length` when none); cached across calls. */
  private nextBackslash(from: number): number {
    if (this.backslashAt < from) {
      const i = this.text.indexOf('\\', from);
      this.backslashAt = i < 0 ? this.text.length : i;
    }
    return this.backslashAt;
  }

  /** Offset of the first char below U+0020 other than tab and LF at or after `from`; cached across calls. */
  private nextControl(from: number): number {
    if (this.controlAt < from) {
      CONTROL.lastIndex = from;
      const m = CONTROL.exec(this.text);
      this.controlAt = m === null ? this.text.length : m.index;
    }
    return this.controlAt;
  }

  /** Offset of the first CR at or after `from`; cached across calls. */
  private nextCarriageReturn(from: number): number {
    if (this.crAt < from) {
      const i = this.text.indexOf('\r', from);
      this.crAt = i < 0 ? this.text.length : i;
    }
    return this.crAt;
  }

  /** `// ...` or `/// ...`, including the line break that ends it. */
  private comment(): TokenKind {
    const text = this.text;
    this.pos++;
    if (text.charCodeAt(this.pos) !== 47) {
      return this.error("Expected a '/' to follow '/' to form a comment.", this.start);
    }
    this.pos++;
    const doc = text.charCodeAt(this.pos) === 47;
    if (doc) this.pos++;
    const contentStart = this.pos;
    const lf = text.indexOf('\n', contentStart);
    let p = Math.min(lf < 0 ? text.length : lf, this.nextCarriageReturn(contentStart));
    const contentEnd = p;
    if (p < text.length) p += text.charCodeAt(p) === CR && text.charCodeAt(p + 1) === LF ? 2 : 1;
    this.pos = p;
    if (!doc) return this.finish(Tok.COMMENT);
    // One space after `///` is not part of the documentation.
    const from = text.charCodeAt(contentStart) === 32 ? contentStart + 1 : contentStart;
    this.docLines.push(text.slice(Math.min(from, contentEnd), contentEnd));
    return this.finish(Tok.DOC_COMMENT);
  }
}
