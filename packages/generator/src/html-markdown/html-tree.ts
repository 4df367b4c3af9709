/**
 * A forgiving parser for the HTML subset Smithy `@documentation` values use (`<p>`, `<code>`, `<a href>`,
 * `<b>`, `<i>`, lists, `<dl>`, `<note>`, `<pre>`, `<br>`, headings): a tree of elements and text, built in
 * one pass with no DOM. Unclosed `<li>`, `<dt>` and `<dd>` close at their next sibling, stray end tags are
 * ignored, `<script>`/`<style>` content is dropped, a `<` that does not open a tag is text, and nesting deeper
 * than {@link MAX_HTML_DEPTH} is flattened.
 * @packageDocumentation
 */

/** A text node: entity-decoded characters as written (whitespace not yet collapsed). */
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
}

/** An element: lowercase tag name, its `href` when it has one, and its children in order. */
export interface HtmlElement {
  readonly kind: 'element';
  readonly tag: string;
  readonly href?: string;
  readonly children: HtmlNode[];
}

/** One node of the tree. */
export type HtmlNode = HtmlText | HtmlElement;

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'area', 'col', 'source']);
const RAW_DROPPED = new Set(['script', 'style', 'template']);
/** Elements an opening tag of the same group closes (up to the nearest `stop` element). */
const IMPLIED_END: Record<string, { readonly closes: readonly string[]; readonly stop: readonly string[] }> = {
  li: { closes: ['li'], stop: ['ul', 'ol'] },
  dt: { closes: ['dt', 'dd'], stop: ['dl'] },
  dd: { closes: ['dt', 'dd'], stop: ['dl'] },
};

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
/**
 * Deepest element nesting kept. Deeper start tags are dropped (their text stays, in the enclosing element), so a
 * hostile model's thousands of unclosed tags cannot overflow the stack of the recursive Markdown writer.
 */
export const MAX_HTML_DEPTH = 128;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', times: '\u00d7', bull: '\u2022', middot: '\u00b7', larr: '\u2190', rarr: '\u2192',
};

/** Decode character references (`&amp;`, `&#8212;`, `&#x2014;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** `name="value"` pairs of a start tag's attribute text; only `href` is kept. */
function hrefOf(attributes: string): string | undefined {
  const match = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** Index just past the `>` ending the tag that starts at `from`, honouring quoted attribute values; -1 when unterminated. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/**
 * Parse documentation HTML into a tree.
 * @param html the `@documentation` trait value
 * @returns the top-level nodes
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { kind: 'element', tag: '#root', children: [] };
  const stack: HtmlElement[] = [root];
  let text = '';
  const flush = () => {
    if (text) stack[stack.length - 1]!.children.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag && next !== '!' && next !== '?') {
      text += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end < 0) {
      text += html.slice(lt);
      break;
    }
    i = end;
    if (!tag) continue; // <!DOCTYPE …>, <?…?>
    flush();
    const name = tag[2]!.toLowerCase();
    if (tag[1]) {
      let open = stack.length - 1;
      while (open > 0 && stack[open]!.tag !== name) open--;
      if (open > 0) stack.length = open;
      continue;
    }
    if (RAW_DROPPED.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const after = close < 0 ? -1 : tagEnd(html, close + 2);
      i = after < 0 ? html.length : after;
      continue;
    }
    if (stack.length > MAX_HTML_DEPTH) continue;
    const implied = IMPLIED_END[name];
    if (implied) {
      for (let d = stack.length - 1; d > 0 && !implied.stop.includes(stack[d]!.tag); d--) {
        if (implied.closes.includes(stack[d]!.tag)) {
          stack.length = d;
          break;
        }
      }
    }
    const attributes = html.slice(lt + 1 + name.length, end - 1);
    const href = name === 'a' ? hrefOf(attributes) : undefined;
    const element: HtmlElement = { kind: 'element', tag: name, ...(href !== undefined ? { href } : {}), children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) stack.push(element);
  }
  flush();
  return root.children;
}
