/**
 * A thin line-oriented wrapper over ts-morph's `CodeBlockWriter` (the fastest
 * ts-morph emission path measured: ~3.5× faster than bulk structures).
 * Indentation is handled by the writer; callers pass unindented text.
 * @packageDocumentation
 */
import { CodeBlockWriter } from 'ts-morph';

export class SourceWriter {
  private readonly w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });

  /** Write one line (an empty line when called without text). */
  line(text = ''): this {
    if (text === '') this.w.newLine();
    else this.w.writeLine(text);
    return this;
  }

  /** Write pre-formatted multi-line text (e.g. a TSDoc block), one writer line per line, at the current indentation. */
  raw(text: string): this {
    if (!text) return this;
    for (const l of text.replace(/\n$/, '').split('\n')) this.w.writeLine(l);
    return this;
  }

  /** `header {` … `}` + suffix, with the body indented. */
  block(header: string, body: () => void, suffix = ''): this {
    this.w.write(`${header} {`).newLine();
    this.w.indent(body);
    this.w.writeLine(`}${suffix}`);
    return this;
  }

  /** Run `body` one indentation level deeper. */
  indented(body: () => void): this {
    this.w.indent(body);
    return this;
  }

  toString(): string {
    return this.w.toString();
  }
}
