/**
 * Documentation HTML → CommonMark, for TSDoc: paragraphs, `-` and `1.` lists (nested, tight when every item
 * is one paragraph), `code` spans, **bold**, _italic_, [links](url), fenced `<pre>` blocks and `#` headings.
 * Whitespace collapses as a browser would; Markdown punctuation in text is backslash-escaped; tags Markdown
 * has no form for (`<note>`, `<fullname>`, unknown ones) keep their content.
 *
 * Our own rather than a library: Smithy documentation is a small HTML subset, and every generated package
 * converts hundreds of values in a cold process. turndown needs a whole DOM (domino: ~60–100 ms to load,
 * ~220 ms to convert full DRS); node-html-markdown loads as slowly (css-select, he) and drops the space after
 * a link that ends a line (`[UploadPartCopy](…)operation`). This module loads in about a millisecond.
 * @packageDocumentation
 */
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.js';

const BLOCK = new Set([
  'p', 'div', 'note', 'important', 'fullname', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'header',
  'footer', 'main', 'aside', 'nav', 'address', 'figure', 'figcaption', 'details', 'summary', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'caption',
]);
const HEADING = /^h([1-6])$/;
const CODE = new Set(['code', 'tt', 'kbd', 'samp']);
const STRONG = new Set(['b', 'strong']);
const EMPHASIS = new Set(['i', 'em', 'cite', 'dfn', 'var']);

/** One rendered block; lists are kept apart so a list inside an item can follow its paragraph directly. */
interface Block {
  readonly md: string;
  readonly list: boolean;
}

const isBlockTag = (tag: string) => BLOCK.has(tag) || tag === 'ul' || tag === 'ol' || tag === 'pre' || HEADING.test(tag);

/** Whether an element holds block content, memoised: unclosed inline tags can nest the rest of a document. */
const holdsBlock = new WeakMap<HtmlElement, boolean>();
function hasBlock(node: HtmlElement): boolean {
  let known = holdsBlock.get(node);
  if (known === undefined) {
    known = node.children.some((c) => c.kind === 'element' && (isBlockTag(c.tag) || hasBlock(c)));
    holdsBlock.set(node, known);
  }
  return known;
}

function textContent(nodes: readonly HtmlNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : textContent(n.children))).join('');
}

/** HTML whitespace (not U+00A0, which is text) collapses to one space. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');
/** Markdown punctuation in text, and a `<` that would open an HTML tag in a hover (a decoded `&lt;tag&gt;`), escaped. */
const escapeText = (text: string) => text.replace(/[\\*_`[\]]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<');

/** Put `open`/`close` around the content, keeping its edge whitespace outside the markers. */
function wrap(inner: string, open: string, close = open): string {
  const core = inner.trim();
  if (!core) return inner ? ' ' : '';
  return `${/^\s/.test(inner) ? ' ' : ''}${open}${core}${close}${/\s$/.test(inner) ? ' ' : ''}`;
}

function codeSpan(text: string): string {
  const content = collapse(text);
  const runs = content.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = runs.length ? ' ' : '';
  const core = content.trim();
  if (!core) return content ? ' ' : '';
  return `${content.startsWith(' ') ? ' ' : ''}${fence}${pad}${core}${pad}${fence}${content.endsWith(' ') ? ' ' : ''}`;
}

/** A link destination: whitespace and angle brackets percent-encoded, parentheses escaped. */
const destination = (href: string) =>
  href.trim().replace(/[ \t\n\r\f]/g, '%20').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/[()]/g, '\\$&');

/** Link schemes a documentation hover must not carry: they would run or embed content when clicked. */
const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data):/i;

function link(text: string, href: string | undefined): string {
  if (href !== undefined && UNSAFE_SCHEME.test(href)) return text;
  const target = destination(href ?? '');
  return target && text.trim() ? wrap(text, '[', `](${target})`) : text;
}

function firstHref(nodes: readonly HtmlNode[]): string | undefined {
  for (const n of nodes) {
    const href = n.kind === 'element' ? (n.tag === 'a' && n.href?.trim() ? n.href : firstHref(n.children)) : undefined;
    if (href) return href;
  }
  return undefined;
}

/** Inline Markdown of phrasing content; `<br>` becomes a newline. */
function inline(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += escapeText(collapse(node.text));
    else if (node.tag === 'br') out += '\n';
    else if (CODE.has(node.tag)) out += link(codeSpan(textContent(node.children)), firstHref(node.children)); // <code><a href>X</a></code>: [`X`](…)
    else if (STRONG.has(node.tag)) out += wrap(inline(node.children), '**');
    else if (EMPHASIS.has(node.tag)) out += wrap(inline(node.children), '_');
    else if (node.tag === 'a') out += link(inline(node.children), node.href);
    else if (node.tag === 'td' || node.tag === 'th') out += `${inline(node.children)} `;
    else out += inline(node.children);
  }
  return out;
}

/** A paragraph's lines: spaces collapsed, trimmed, and a line start that Markdown would read as syntax escaped. */
function paragraph(nodes: readonly HtmlNode[]): string {
  return inline(nodes)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim().replace(/^([-+>#=])/, '\\$1').replace(/^(\d+)\.(?=\s|$)/, '$1\\.'))
    .filter((line, i, lines) => line || (i > 0 && i < lines.length - 1))
    .join('\n');
}

/** Elements that stay inside a paragraph: text formatting without block content, line breaks, table cells. */
function isPhrasing(node: HtmlElement): boolean {
  if (node.tag === 'br' || node.tag === 'td' || node.tag === 'th') return true;
  return (CODE.has(node.tag) || STRONG.has(node.tag) || EMPHASIS.has(node.tag) || node.tag === 'a') && !hasBlock(node);
}

function headingLine(node: HtmlElement, level: number): string {
  const text = paragraph(node.children).replace(/\n/g, ' ');
  return text && `${'#'.repeat(level)} ${text}`;
}

function fenced(node: HtmlElement): string {
  const code = textContent(node.children).replace(/^\r?\n/, '').replace(/\s+$/, '');
  const fence = code.includes('```') ? '~~~' : '```';
  return code ? `${fence}\n${code}\n${fence}` : '';
}

function joinItem(blocks: readonly Block[]): string {
  return blocks.map((b, i) => (i === 0 ? '' : b.list ? '\n' : '\n\n') + b.md).join('');
}

function list(node: HtmlElement): string {
  const items: string[] = [];
  for (const child of node.children) {
    if (child.kind === 'text' && !child.text.trim()) continue;
    const body = joinItem(blocks(child.kind === 'element' && child.tag === 'li' ? child.children : [child]));
    if (!body) continue;
    const marker = node.tag === 'ol' ? `${items.length + 1}. ` : '- ';
    const indent = ' '.repeat(marker.length);
    items.push(marker + body.split('\n').map((l, i) => (i === 0 || !l ? l : indent + l)).join('\n'));
  }
  return items.join(items.some((i) => i.includes('\n\n')) ? '\n\n' : '\n');
}

/** Render nodes as Markdown blocks: runs of phrasing content become paragraphs; block elements their own blocks. */
function blocks(nodes: readonly HtmlNode[]): Block[] {
  const out: Block[] = [];
  let run: HtmlNode[] = [];
  const push = (md: string, isList = false) => {
    if (md) out.push({ md, list: isList });
  };
  const flush = () => {
    if (run.length) push(paragraph(run));
    run = [];
  };
  const visit = (children: readonly HtmlNode[]) => {
    for (const node of children) {
      if (node.kind === 'text' || isPhrasing(node)) {
        run.push(node);
        continue;
      }
      const heading = HEADING.exec(node.tag);
      if (BLOCK.has(node.tag)) {
        flush();
        visit(node.children);
        flush();
      } else if (node.tag === 'ul' || node.tag === 'ol' || node.tag === 'pre' || heading || node.tag === 'hr') {
        flush();
        if (node.tag === 'pre') push(fenced(node));
        else if (heading) push(headingLine(node, Number(heading[1])));
        else if (node.tag !== 'hr') push(list(node), true);
      } else visit(node.children);
    }
  };
  visit(nodes);
  flush();
  return out;
}

/**
 * Convert documentation HTML to Markdown.
 * @param html a `@documentation` value (HTML, as AWS models write it)
 * @returns Markdown, blocks separated by a blank line, no leading or trailing whitespace
 */
export function htmlToMarkdown(html: string): string {
  return blocks(parseHtml(html))
    .map((b) => b.md)
    .join('\n\n');
}
