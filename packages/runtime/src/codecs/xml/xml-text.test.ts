import { describe, expect, it } from 'vitest';
import { childElements, escapeXmlAttribute, escapeXmlText, localName, parseXmlText, textOf, writeXmlText, XmlSyntaxError } from './xml-text.js';
import type { XmlElement } from './xml-text.js';

describe('parseXmlText', () => {
  it('decodes the XML entities and character references once, keeps whitespace, CDATA as text, drops comments and the declaration', () => {
    const root = parseXmlText('<?xml version="1.0" encoding="UTF-8"?>\n<A><s>escaped data: &amp;lt;&#xD;&#10;&#x1F600;</s><w>  two  </w><c><![CDATA[<b>&amp;</b>]]></c><m>x<!-- c -->y</m></A>');
    const [s, w, c, m] = childElements(root);
    expect(root.name).toBe('A');
    expect(textOf(s!)).toBe('escaped data: &lt;\r\n😀');
    expect(textOf(w!)).toBe('  two  ');
    expect(textOf(c!)).toBe('<b>&amp;</b>');
    expect(textOf(m!)).toBe('xy');
  });

  it('reads attributes with their qualified names, namespace declarations included', () => {
    const root = parseXmlText('<a xmlns="urn:x" xmlns:xsi="urn:y" xsi:type="T" plain="&lt;&quot;&gt;"/>');
    expect({ ...root.attributes }).toEqual({ xmlns: 'urn:x', 'xmlns:xsi': 'urn:y', 'xsi:type': 'T', plain: '<">' });
    expect(root.children).toEqual([]);
  });

  it('keeps elements and attributes named like Object members as plain data', () => {
    const root = parseXmlText('<a constructor="c" __proto__="p"><constructor>1</constructor><__proto__>2</__proto__><toString/><prototype/></a>');
    expect(childElements(root).map((e) => e.name)).toEqual(['constructor', '__proto__', 'toString', 'prototype']);
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
    expect(Object.entries(root.attributes)).toEqual([['constructor', 'c'], ['__proto__', 'p']]);
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const root = parseXmlText('<!DOCTYPE a [<!ENTITY boom "BOOM">]><a>&boom;</a>');
    expect(textOf(root)).not.toContain('BOOM');
  });

  it.each([
    ['an unclosed element', '<a><b></a>', /Expected closing tag 'b'/],
    ['a truncated document', '<a><b>1</b>', /Unclosed tag 'a'/],
    ['plain text', 'not xml at all', /no root element|char/i],
    ['an HTML error page', '<html><body><p>502 Bad Gateway</body></html>', /closing tag/],
    ['two roots', '<a/><b/>', /Multiple possible root nodes|root elements/],
    ['an empty document', '', /Start tag expected|no root element/],
  ])('rejects %s with an XmlSyntaxError', (_label, text, message) => {
    expect(() => parseXmlText(text)).toThrow(XmlSyntaxError);
    expect(() => parseXmlText(text)).toThrow(message);
  });
});

describe('writeXmlText', () => {
  it('escapes text and attributes so that parsing gives the same strings back', () => {
    const nasty = 'a<b>&"\'\r\n\tz ]]> &amp;';
    const tree: XmlElement = {
      name: 'r',
      attributes: { 'xmlns:p': 'urn:p', 'p:at': nasty },
      children: [{ name: 's', attributes: {}, children: [nasty] }, { name: 'e', attributes: {}, children: [] }],
    };
    const text = writeXmlText(tree);
    expect(text).toBe(
      '<r xmlns:p="urn:p" p:at="a&lt;b&gt;&amp;&quot;\'&#xD;&#xA;&#x9;z ]]&gt; &amp;amp;"><s>a&lt;b&gt;&amp;"\'&#xD;\n\tz ]]&gt; &amp;amp;</s><e/></r>',
    );
    const back = parseXmlText(text);
    expect(back.attributes['p:at']).toBe(nasty);
    expect(textOf(childElements(back)[0]!)).toBe(nasty);
  });

  it('escapes only what needs escaping', () => {
    expect(escapeXmlText('"quoted" \'x\'\n')).toBe('"quoted" \'x\'\n');
    expect(escapeXmlAttribute("'x'")).toBe("'x'");
  });
});

describe('localName', () => {
  it('drops a prefix', () => {
    expect(localName('xsi:type')).toBe('type');
    expect(localName('Plain')).toBe('Plain');
  });
});
