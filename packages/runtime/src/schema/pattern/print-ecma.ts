/**
 * The parse tree printed as ECMAScript regex source with the same meaning as Java's:
 * `\s` is Java's `[\t-\r ]`, `.` excludes Java's line terminators (`\u0085` too), possessive
 * quantifiers and atomic groups become `(?=(X))\n` (a lookahead captures what X matches, the
 * back-reference consumes it without backtracking), quantified assertions are wrapped in `(?:…)`,
 * class intersections become lookaheads. Unicode mode (`u`) is used only when a property escape or a
 * character outside the BMP needs it; everything printed is valid in both modes.
 * @packageDocumentation
 */
import { PatternTranslationError, type Alternation, type CharClass, type ClassItem, type Node, type ParsedPattern } from './ast.js';

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const CLASS_SYNTAX = new Set('\\]^-[');

/** One code point as regex source (`inClass`: escaping for inside `[…]`). */
export function printCodePoint(c: number, inClass: boolean): string {
  const ch = String.fromCodePoint(c);
  if ((inClass ? CLASS_SYNTAX : SYNTAX).has(ch)) return `\\${ch}`;
  if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return ch;
}

const LINE_TERMINATORS = '[^\\n\\r\\x85\\u2028\\u2029]';

class EcmaPrinter {
  unicode = false;
  private groups = 0;
  private readonly renumbered = new Map<number, number>();

  constructor(private readonly multiline: boolean) {}

  alternation(alt: Alternation): string {
    return alt.map((seq) => seq.map((n) => this.node(n)).join('')).join('|');
  }

  /** Source of one node, an atom that a quantifier may follow (`quantifiable`) or not. */
  node(n: Node): string {
    switch (n.t) {
      case 'char':
        if (n.cp > 0xffff) this.unicode = true;
        return printCodePoint(n.cp, false);
      case 'dot':
        return n.all ? '[^]' : LINE_TERMINATORS;
      case 'escape':
        return this.escape(n);
      case 'class':
        return this.charClass(n);
      case 'assert':
        return this.assertion(n.kind);
      case 'backref': {
        if (n.name !== undefined) return `\\k<${n.name}>`;
        const index = this.renumbered.get(n.index!);
        if (index === undefined) throw new PatternTranslationError(`back-reference \\${n.index} before its group`);
        return `(?:\\${index})`;
      }
      case 'group':
        return this.group(n.kind, n.body, n.index, n.name);
      case 'quant':
        return this.quantifier(n);
    }
  }

  private escape(n: Extract<Node, { t: 'escape' }>): string {
    if (n.name === 'p') {
      this.unicode = true;
      return `\\${n.negated ? 'P' : 'p'}{${n.property}}`;
    }
    if (n.name === 's') return n.negated ? '[^\\t-\\r ]' : '[\\t-\\r ]';
    return `\\${n.negated ? n.name.toUpperCase() : n.name}`;
  }

  private assertion(kind: 'A' | 'z' | 'Z' | '^' | '$' | 'b' | 'B'): string {
    switch (kind) {
      case 'A':
        return this.multiline ? '(?<![^])' : '^';
      case 'z':
        return this.multiline ? '(?![^])' : '$';
      case 'Z':
        return '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?(?![^]))';
      case 'b':
      case 'B':
        return `\\${kind}`;
      default:
        return kind;
    }
  }

  private group(kind: string, body: Alternation, index: number | undefined, name: string | undefined): string {
    if (kind === 'atomic') return this.atomic(body);
    if (kind === 'capture') this.renumbered.set(index!, ++this.groups);
    const open = { capture: name !== undefined ? `(?<${name}>` : '(', group: '(?:', ahead: '(?=', notAhead: '(?!', behind: '(?<=', notBehind: '(?<!' }[kind];
    return `${open}${this.alternation(body)})`;
  }

  /** `(?>X)`: a lookahead captures X's match, the back-reference then consumes exactly that. */
  private atomic(body: Alternation | string): string {
    const index = ++this.groups;
    const inner = typeof body === 'string' ? body : this.alternation(body);
    return `(?:(?=(${inner}))\\${index})`;
  }

  private quantifier(n: Extract<Node, { t: 'quant' }>): string {
    const q = n.min === n.max ? `{${n.min}}` : n.max === Infinity ? (n.min === 0 ? '*' : n.min === 1 ? '+' : `{${n.min},}`) : n.min === 0 && n.max === 1 ? '?' : `{${n.min},${n.max}}`;
    const atomicBody = n.mode === 'possessive' && n.min !== n.max;
    if (atomicBody) {
      const index = this.groups + 1;
      this.groups++;
      const body = this.quantifiable(n.body);
      return `(?:(?=(${body}${q}))\\${index})`;
    }
    return `${this.quantifiable(n.body)}${q}${n.mode === 'lazy' ? '?' : ''}`;
  }

  /** A node's source that a quantifier can follow: assertions and quantified nodes are wrapped in `(?:…)`. */
  private quantifiable(n: Node): string {
    const text = this.node(n);
    const atom = n.t === 'char' || n.t === 'dot' || n.t === 'escape' || n.t === 'class' || (n.t === 'group' && n.kind !== 'atomic');
    return atom ? text : `(?:${text})`;
  }

  /** A class: `[…]` when ECMAScript can say it that way, else a group of alternatives and lookaheads. */
  private charClass(n: CharClass): string {
    const simple: string[] = [];
    const complex: string[] = [];
    for (const item of n.items) this.classItem(item, simple, complex);
    const bracket = simple.length > 0 ? `[${simple.join('')}]` : undefined;
    if (complex.length === 0 && n.and.length === 0) return `[${n.negated ? '^' : ''}${simple.join('')}]`;
    const union = [...(bracket ? [bracket] : []), ...complex];
    const positive = `${n.and.map((a) => `(?=${this.charClass(a)})`).join('')}${union.length === 1 ? union[0] : `(?:${union.join('|')})`}`;
    return n.negated ? `(?:(?!${positive})[^])` : `(?:${positive})`;
  }

  /** Add one class item to the bracket (`simple`) or, when it cannot be a bracket member, to `complex`. */
  private classItem(item: ClassItem, simple: string[], complex: string[]): void {
    switch (item.t) {
      case 'char':
        if (item.cp > 0xffff) this.unicode = true;
        simple.push(printCodePoint(item.cp, true));
        return;
      case 'range':
        if (item.to > 0xffff) this.unicode = true;
        simple.push(`${printCodePoint(item.from, true)}-${printCodePoint(item.to, true)}`);
        return;
      case 'escape':
        if (item.name === 's' && !item.negated) simple.push('\\t-\\r ');
        else if (item.name === 's') complex.push('[^\\t-\\r ]');
        else simple.push(this.escape(item));
        return;
      case 'class':
        if (!item.negated && item.and.length === 0) for (const inner of item.items) this.classItem(inner, simple, complex);
        else complex.push(this.charClass(item));
    }
  }
}

/**
 * ECMAScript source and flags with the meaning `java.util.regex.Pattern` gives the parsed pattern.
 * @throws PatternTranslationError for a back-reference printed before its group.
 */
export function printEcma(parsed: ParsedPattern): { readonly source: string; readonly flags: string } {
  const printer = new EcmaPrinter(parsed.multiline);
  const source = printer.alternation(parsed.body);
  return { source, flags: `${parsed.multiline ? 'm' : ''}${printer.unicode ? 'u' : ''}` };
}
