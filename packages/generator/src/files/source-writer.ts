/**
 * A thin line-oriented wrapper over `code-block-writer` (ts-morph's writer,
 * published on its own, so generation never loads the TypeScript compiler).
 * Indentation is the writer's; callers pass unindented text.
 * @packageDocumentation
 */
import CodeBlockWriter from 'code-block-writer';

/** Collects generated TypeScript line by line; `toString()` gives the text. */
export class SourceWriter {
  private readonly w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  private written = false;

  /** Write one line (an empty line when called without text); text with newlines is split, each line indented. */
  line(text = ''): this {
    if (text === '') this.w.newLine();
    else for (const l of text.split('\n')) this.write(l);
    this.written = true;
    return this;
  }

  /** A blank line, unless nothing has been written yet: separates declarations. */
  separate(): this {
    if (this.written) this.w.blankLine();
    return this;
  }

  /** Write pre-formatted multi-line text (e.g. a TSDoc block), one line per line, at the current indentation. */
  raw(text: string): this {
    if (!text) return this;
    for (const l of text.replace(/\n$/, '').split('\n')) this.write(l);
    this.written = true;
    return this;
  }

  /** `header {` … `}` + suffix, with the body indented. */
  block(header: string, body: () => void, suffix = ''): this {
    this.w.write(`${header} {`).newLine();
    this.w.indent(body);
    this.w.writeLine(`}${suffix}`);
    this.written = true;
    return this;
  }

  /** Run `body` one indentation level deeper. */
  indented(body: () => void): this {
    this.w.indent(body);
    return this;
  }

  /** The text written so far; every line ends with `\n`. */
  toString(): string {
    return this.w.toString();
  }

  private write(line: string): void {
    if (line === '') this.w.newLine();
    else this.w.writeLine(line);
  }
}
