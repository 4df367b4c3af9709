import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './to-markdown.js';
import { decodeEntities, parseHtml } from './html-tree.js';
import { tsdoc } from '../docs.js';

describe('htmlToMarkdown', () => {
  it('writes paragraphs, code, bold, italic and links, collapsing whitespace as HTML does', () => {
    const html = '<p>Use <code>GetKeyGroup</code> or\n      <a href="https://example.com/a_b"> the <b>guide</b></a>\n      operation.</p> <p>See <i>User Guide</i>.</p>';
    expect(htmlToMarkdown(html)).toBe('Use `GetKeyGroup` or [the **guide**](https://example.com/a_b) operation.\n\nSee _User Guide_.');
  });

  it('writes tight lists, nested lists under their item and loose lists when an item has paragraphs', () => {
    const tight = '<p>To:</p><ol><li><p>First</p></li><li>Second<ul><li>a</li><li>b</li></ul></li></ol>';
    expect(htmlToMarkdown(tight)).toBe('To:\n\n1. First\n2. Second\n   - a\n   - b');
    const loose = '<ul><li><p>One</p><p>More</p></li><li>Two</li></ul>';
    expect(htmlToMarkdown(loose)).toBe('- One\n\n  More\n\n- Two');
  });

  it('closes an unclosed <li>, <dt> and <dd> at the next one', () => {
    expect(htmlToMarkdown('<ul><li>a<li>b</ul>')).toBe('- a\n- b');
    expect(htmlToMarkdown('<dl><dt>Term<dd>Meaning<dt>Other</dl>')).toBe('Term\n\nMeaning\n\nOther');
  });

  it('escapes Markdown punctuation in text but not in code, and line starts Markdown would read as syntax', () => {
    expect(htmlToMarkdown('<p>a_b *c* [d] `e` \\</p><p><code>a_b *c*</code></p>')).toBe('a\\_b \\*c\\* \\[d\\] \\`e\\` \\\\\n\n`a_b *c*`');
    expect(htmlToMarkdown('<p>- not a list</p><p>1. not a list</p><p># not a heading</p>')).toBe('\\- not a list\n\n1\\. not a list\n\n\\# not a heading');
  });

  it('fences code containing backticks with a longer run, and renders <pre> as a fenced block', () => {
    expect(htmlToMarkdown('<p><code>a`b</code></p>')).toBe('`` a`b ``');
    expect(htmlToMarkdown('<pre>\n{\n  "a": 1\n}\n</pre>')).toBe('```\n{\n  "a": 1\n}\n```');
  });

  it('links code that holds a link, and leaves text of a link without href', () => {
    expect(htmlToMarkdown('<code><a href="https://x.test/Op">Op</a></code> and <a>plain</a>')).toBe('[`Op`](https://x.test/Op) and plain');
    expect(htmlToMarkdown('<a href="https://x.test/a b(c)">t</a>')).toBe('[t](https://x.test/a%20b\\(c\\))');
  });

  it('keeps the content of tags Markdown has no form for, drops scripts and comments, keeps stray < as text', () => {
    expect(htmlToMarkdown('<note><p>Careful</p></note><fullname>Svc</fullname>')).toBe('Careful\n\nSvc');
    expect(htmlToMarkdown('<p>a <!-- hidden --> b<script>alert(1)</script> c < d</p>')).toBe('a b c < d');
    expect(htmlToMarkdown('<p>line one<br/>line two</p>')).toBe('line one\nline two');
    expect(htmlToMarkdown('<h4>Title</h4><p>x</p>')).toBe('#### Title\n\nx');
  });

  it('decodes named and numeric character references, leaving unknown names as written', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#8212; &#x2014; &nbsp;&unknown;')).toBe('<a> & \u2014 \u2014 \u00a0&unknown;');
    expect(parseHtml('<a href="x?a=1&amp;b=2">t</a>')).toEqual([{ kind: 'element', tag: 'a', href: 'x?a=1&b=2', children: [{ kind: 'text', text: 't' }] }]);
  });

  it('stays inside a TSDoc block: a comment terminator in text, code or a link is escaped', () => {
    const block = tsdoc({ documentation: '<p>Ends */ early <code>*/</code> <a href="https://x.test/*/">l</a></p><p>@deprecated forged</p>' });
    expect(block.slice(3, -4)).not.toContain('*/');
    expect(block).toContain(' * \\@deprecated forged');
  });

  it('flattens nesting deeper than MAX_HTML_DEPTH: 100,000 unclosed tags convert instead of overflowing the stack', () => {
    for (const open of ['<b>', '<div>', '<ul><li>']) {
      const md = htmlToMarkdown(`${open.repeat(100_000)}deep text`);
      expect(md).toContain('deep text');
    }
    // nesting up to the limit is kept as it is
    const nested = '<ul><li>'.repeat(3) + 'x';
    expect(htmlToMarkdown(nested)).toBe('- - - x');
  });

  it('keeps escaped angle brackets as text and drops javascript:, vbscript: and data: link targets', () => {
    expect(htmlToMarkdown('<p>Use &lt;tag&gt; here</p>')).toBe('Use \\<tag> here');
    expect(htmlToMarkdown('<p><a href="javascript:alert(1)">click</a> and <a href=" DATA:text/html,x">this</a></p>')).toBe('click and this');
  });

  it('model text forges no TSDoc tag or inline link: TypeScript finds none in the generated block', () => {
    const doc = '<p>Tags: @deprecated and @param name, the mixin\'s @required trait, <code>@aws.region = "x"</code>, {@link Foo}</p><p>@remarks forged</p>';
    const block = tsdoc({ documentation: doc });
    const source = ts.createSourceFile('x.ts', `${block}export declare function f(): void;`, ts.ScriptTarget.Latest, true);
    const fn = source.statements[0]!;
    expect(ts.getJSDocTags(fn).map((t) => t.tagName.text)).toEqual([]);
    expect(ts.getJSDocDeprecatedTag(fn)).toBeUndefined();
    // the same block with the generator's own tag: that one is found
    const tagged = tsdoc({ documentation: doc, deprecated: { message: 'use g' } });
    const f2 = ts.createSourceFile('y.ts', `${tagged}export declare function f(): void;`, ts.ScriptTarget.Latest, true).statements[0]!;
    expect(ts.getJSDocTags(f2).map((t) => t.tagName.text)).toEqual(['deprecated']);
  });
});
