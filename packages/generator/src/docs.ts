/**
 * Documentation trait (CommonMark with HTML, as AWS models write it) → TSDoc.
 * @packageDocumentation
 */
import { htmlToMarkdown } from './html-markdown/to-markdown.js';

/**
 * Convert a Smithy `@documentation` value to Markdown. Text without HTML tags is
 * returned trimmed, without going through the HTML converter.
 * @param doc the trait value (may contain HTML)
 * @returns Markdown text
 */
export function docToMarkdown(doc: string): string {
  if (!/<[a-zA-Z/!]/.test(doc)) return doc.trim();
  let md = converted.get(doc);
  if (md === undefined) {
    if (converted.size >= MEMO_LIMIT) converted.clear();
    md = htmlToMarkdown(doc);
    converted.set(doc, md);
  }
  return md;
}

/**
 * HTML → Markdown results by input. The same text is converted several times
 * per service (a shape's documentation is the default of every member that
 * targets it; operation and error docs appear in types, client and mocks), and
 * the HTML converter dominates generation time.
 */
const converted = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** What a TSDoc block says about one declaration. */
export interface DocParts {
  /** `@documentation` value (HTML or Markdown). */
  readonly documentation?: string;
  /** `@deprecated` trait value, when the shape is deprecated. */
  readonly deprecated?: { readonly message?: string; readonly since?: string };
  /** Extra paragraphs of text (escaped like model text). */
  readonly notes?: readonly string[];
  /** Trusted TSDoc tag lines written by the generator itself (`@param x - …`), not escaped. */
  readonly tags?: readonly string[];
}

/**
 * Escape text for a TSDoc block: a comment terminator (star + slash) in the model would
 * end the comment early, so the slash is backslash-escaped; an `@` at a line start or after
 * whitespace is escaped (`\@`, which Markdown shows as `@`) so model text cannot
 * forge TSDoc tags or inline links: TypeScript reads ` @word` anywhere in a line as a tag,
 * inside backticks too (Deadline's "the mixin's @required trait" became a `@required` tag).
 */
export function escapeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\s)@/gm, '$1\\@');
}

/** {@link escapeDocText}, and `{@` escaped too: a model's `{@link X}` would link a symbol Anvil never generated. */
function escapeModelDoc(text: string): string {
  return escapeDocText(text).replace(/\{@/g, '{\\@');
}

/**
 * Build the lines of a TSDoc comment (without the `/**` and `*\/` delimiters).
 * @returns lines; empty when there is nothing to say
 */
export function docLines(parts: DocParts): string[] {
  const lines: string[] = [];
  if (parts.documentation) lines.push(...escapeModelDoc(docToMarkdown(parts.documentation)).split('\n'));
  for (const note of parts.notes ?? []) {
    if (lines.length) lines.push('');
    lines.push(...escapeDocText(note).split('\n'));
  }
  if (parts.tags?.length) {
    if (lines.length) lines.push('');
    lines.push(...parts.tags);
  }
  if (parts.deprecated) {
    const { message, since } = parts.deprecated;
    const text = [message, since ? `(since ${since})` : ''].filter(Boolean).join(' ');
    lines.push(`@deprecated ${escapeDocText(text || 'Deprecated by the service model.').replace(/\n/g, ' ')}`);
  }
  return lines;
}

/**
 * Render a TSDoc block.
 * @returns the block ending in a newline, or an empty string when there is nothing to say
 */
export function tsdoc(parts: DocParts, indent = ''): string {
  const lines = docLines(parts);
  if (!lines.length) return '';
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}
