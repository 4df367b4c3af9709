/**
 * A parser of `java.util.regex.Pattern` syntax into the tree of `ast.ts` (Java is what AWS models'
 * `@pattern`s are checked with; plain ECMA-262 patterns read the same). Inline flags are applied while
 * parsing: `(?i)` (ASCII case-insensitive, Java's default) expands letters into both cases until the
 * end of the enclosing group, `(?s)` makes `.` match everything, `(?x)` skips whitespace and `#`
 * comments, `(?m)` is accepted at the very start only. Anything without a faithful ECMAScript form
 * (`\G`, `\X`, Unicode blocks, `(?U)`, other flags) throws {@link PatternTranslationError}.
 * This file is over 300 lines because it is one recursive-descent parser: splitting it would scatter
 * its shared cursor.
 * @packageDocumentation
 */
import { PatternTranslationError, type Alternation, type CharClass, type ClassItem, type Node, type ParsedPattern } from './ast.js';
import { javaProperty } from './properties.js';

interface Flags {
  i: boolean;
  s: boolean;
  x: boolean;
}

const cp = (ch: string): number => ch.codePointAt(0)!;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const H_SPACE: readonly ClassItem[] = [...[0x20, 0x09, 0xa0, 0x1680, 0x180e, 0x202f, 0x205f, 0x3000].map((c): ClassItem => ({ t: 'char', cp: c })), { t: 'range', from: 0x2000, to: 0x200a }];
const V_SPACE: readonly ClassItem[] = [{ t: 'range', from: 0x0a, to: 0x0d }, { t: 'char', cp: 0x85 }, { t: 'range', from: 0x2028, to: 0x2029 }];
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };

/** Both ASCII cases of the letters in `items` (Java's default `CASE_INSENSITIVE`). */
function caseClosed(items: readonly ClassItem[]): ClassItem[] {
  const out = [...items];
  for (const item of items) {
    if (item.t === 'char' && isLetter(item.cp)) out.push({ t: 'char', cp: item.cp ^ 0x20 });
    if (item.t !== 'range') continue;
    for (const [lo, hi] of [[0x41, 0x5a], [0x61, 0x7a]] as const) {
      const from = Math.max(lo, item.from);
      const to = Math.min(hi, item.to);
      if (from <= to) out.push({ t: 'range', from: from ^ 0x20, to: to ^ 0x20 });
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  private groups = 0;
  private multiline = false;
  private anchored = false;
  /** Java-only constructs met (for reports), e.g. `(?i)`, `possessive quantifier`, `\p{Alpha}`. */
  private readonly java = new Set<string>();

  constructor(private readonly src: string) {}

  parse(): ParsedPattern {
    const body = this.alternation({ i: false, s: false, x: false }, 0);
    if (this.pos < this.src.length) throw this.fail(`unmatched ")"`);
    return { body, multiline: this.multiline, groups: this.groups, java: [...this.java] };
  }

  private fail(reason: string, at = this.pos): PatternTranslationError {
    return new PatternTranslationError(`${reason} at offset ${at}`);
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private alternation(outer: Flags, depth: number): Alternation {
    const flags = { ...outer };
    const alternatives: Node[][] = [[]];
    while (this.pos < this.src.length && this.peek() !== ')') {
      if (this.peek() === '|') {
        this.pos++;
        alternatives.push([]);
        continue;
      }
      const atom = this.atom(flags, depth);
      if (atom !== undefined) alternatives[alternatives.length - 1]!.push(...this.quantified(atom, flags));
    }
    return alternatives;
  }

  /** Skip whitespace and `#` comments in `(?x)` mode. */
  private skipExtended(flags: Flags): void {
    while (flags.x && this.pos < this.src.length) {
      if (/\s/.test(this.peek()!)) this.pos++;
      else if (this.peek() === '#') while (this.pos < this.src.length && this.peek() !== '\n') this.pos++;
      else return;
    }
  }

  /** One atom, or `undefined` for a flag group / skipped text. `\Q…\E` gives several nodes. */
  private atom(flags: Flags, depth: number): Node | Node[] | undefined {
    this.skipExtended(flags);
    if (this.pos >= this.src.length || this.peek() === '|' || this.peek() === ')') return undefined;
    const ch = this.src.codePointAt(this.pos)!;
    const text = String.fromCodePoint(ch);
    this.pos += text.length;
    switch (text) {
      case '(':
        return this.group(flags, depth);
      case '[':
        return this.charClass(flags);
      case '.':
        return { t: 'dot', all: flags.s };
      case '^':
      case '$':
        this.anchored = true;
        return { t: 'assert', kind: text };
      case '\\':
        return this.escape(flags, false);
      case '*':
      case '+':
      case '?':
        throw this.fail(`dangling quantifier "${text}"`);
      case '{':
        throw this.fail('illegal repetition "{"');
      default:
        return this.literal(ch, flags);
    }
  }

  private literal(c: number, flags: Flags): Node {
    return flags.i && isLetter(c) ? { t: 'class', negated: false, items: caseClosed([{ t: 'char', cp: c }]), and: [] } : { t: 'char', cp: c };
  }

  private group(flags: Flags, depth: number): Node | undefined {
    let kind: 'capture' | 'group' | 'ahead' | 'notAhead' | 'behind' | 'notBehind' | 'atomic' = 'capture';
    let name: string | undefined;
    let inner = flags;
    if (this.peek() === '?') {
      this.pos++;
      const rest = this.src.slice(this.pos);
      const prefix = /^(?::|=|!|<=|<!|>)/.exec(rest)?.[0];
      const named = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
      const flagged = /^([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(rest);
      if (prefix !== undefined) {
        if (prefix === '>') this.java.add('(?>…) atomic group');
        kind = ({ ':': 'group', '=': 'ahead', '!': 'notAhead', '<=': 'behind', '<!': 'notBehind', '>': 'atomic' } as const)[prefix as ':'];
        this.pos += prefix.length;
      } else if (named) {
        name = named[1];
        this.pos += named[0].length;
      } else if (flagged) {
        this.java.add(`(?${flagged[0]}`);
        this.pos += flagged[0].length;
        const target = flagged[3] === ')' ? flags : { ...flags };
        this.applyFlags(target, flagged[1]!, true, depth);
        this.applyFlags(target, flagged[2] ?? '', false, depth);
        if (flagged[3] === ')') return undefined;
        kind = 'group';
        inner = target;
      } else {
        throw this.fail('unknown group construct "(?"');
      }
    }
    const index = kind === 'capture' ? ++this.groups : undefined;
    const body = this.alternation(inner, depth + 1);
    if (this.peek() !== ')') throw this.fail('unclosed group');
    this.pos++;
    return { t: 'group', kind, body, ...(name !== undefined ? { name } : {}), ...(index !== undefined ? { index } : {}) };
  }

  private applyFlags(flags: Flags, letters: string, on: boolean, depth: number): void {
    for (const letter of letters) {
      if (letter === 'i' || letter === 's' || letter === 'x') flags[letter] = on;
      else if (letter === 'm' && on && depth === 0 && !this.anchored) this.multiline = true;
      else if (letter === 'u' && !flags.i) continue;
      else throw this.fail(`inline flag "${on ? '' : '-'}${letter}" has no faithful ECMAScript form here`);
    }
  }

  /** Quantifiers after `atom` (stacked ones such as `X{2}{3}` nest; `+` after one is possessive). */
  private quantified(atom: Node | Node[], flags: Flags): Node[] {
    if (Array.isArray(atom)) return atom.length === 0 ? [] : [...atom.slice(0, -1), ...this.quantified(atom[atom.length - 1]!, flags)];
    let node = atom;
    for (;;) {
      this.skipExtended(flags);
      const bounds = this.bounds();
      if (bounds === undefined) return [node];
      const mode = this.peek() === '?' ? 'lazy' : this.peek() === '+' ? 'possessive' : 'greedy';
      if (mode !== 'greedy') this.pos++;
      if (mode === 'possessive') this.java.add('possessive quantifier');
      if (node.t === 'quant') this.java.add('stacked quantifiers');
      if (node.t === 'assert') this.java.add('quantified assertion');
      node = { t: 'quant', body: node, min: bounds[0], max: bounds[1], mode };
    }
  }

  private bounds(): [number, number] | undefined {
    const ch = this.peek();
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      return ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    }
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (max < min) throw this.fail(`quantifier {${min},${max}} out of order`);
    return [min, max];
  }

  /** After a backslash: an escape outside (`inClass` false) or inside a character class. */
  private escape(flags: Flags, inClass: boolean): Node | Node[] {
    const ch = this.peek();
    if (ch === undefined) throw this.fail('trailing backslash');
    this.pos++;
    if ('hHvVRQAzZea'.includes(ch) || (ch === '0' && /[0-7]/.test(this.peek() ?? '')) || (ch === 'x' && this.peek() === '{')) this.java.add(`\\${ch}`);
    if (/[1-9]/.test(ch) && !inClass) {
      let index = Number(ch);
      while (/\d/.test(this.peek() ?? '') && index * 10 + Number(this.peek()) <= this.groups) index = index * 10 + Number(this.src[this.pos++]);
      return { t: 'backref', index };
    }
    switch (ch) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return { t: 'escape', name: ch.toLowerCase() as 'd' | 'w' | 's', negated: ch === ch.toUpperCase() };
      case 'h': case 'H': case 'v': case 'V':
        return { t: 'class', negated: ch === ch.toUpperCase(), items: ch.toLowerCase() === 'h' ? H_SPACE : V_SPACE, and: [] };
      case 'p': case 'P':
        return this.property(ch === 'P');
      case 'Q': {
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return [...text].map((c) => this.literal(cp(c), flags));
      }
      case 'k': {
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m || inClass) throw this.fail('bad \\k');
        this.pos += m[0].length;
        return { t: 'backref', name: m[1]! };
      }
      case 'b': case 'B': case 'A': case 'z': case 'Z':
        if (inClass) throw this.fail(`\\${ch} inside a class`);
        this.anchored = true;
        return { t: 'assert', kind: ch };
      case 'R':
        if (inClass) throw this.fail('\\R inside a class');
        return { t: 'group', kind: 'group', body: [[{ t: 'char', cp: 13 }, { t: 'char', cp: 10 }], [{ t: 'class', negated: false, items: V_SPACE, and: [] }]] };
      default:
        return this.literal(this.escapedCodePoint(ch), flags);
    }
  }

  private property(negated: boolean): Node {
    const m = /^(?:\{([^}]*)\}|([A-Za-z]))/.exec(this.src.slice(this.pos));
    if (!m) throw this.fail('bad \\p');
    let found: ReturnType<typeof javaProperty>;
    try {
      found = javaProperty(m[1] ?? m[2]!);
    } catch (error) {
      throw this.fail((error as Error).message, this.pos - 2);
    }
    this.pos += m[0].length;
    if ('items' in found || m[2] !== undefined) this.java.add(`\\p{${m[1] ?? m[2]}}`);
    return 'items' in found
      ? { t: 'class', negated, items: found.items, and: [] }
      : { t: 'escape', name: 'p', negated, property: found.property };
  }

  /** The code point of an escape naming one character (`\x41`, `\u0041`, `\0101`, `\t`, `\cA`, `\.`). */
  private escapedCodePoint(ch: string): number {
    const rest = this.src.slice(this.pos);
    let m: RegExpExecArray | null;
    if (ch === 'x' && (m = /^(?:([0-9a-fA-F]{2})|\{([0-9a-fA-F]+)\})/.exec(rest))) {
      this.pos += m[0].length;
      return parseInt(m[1] ?? m[2]!, 16);
    }
    if (ch === 'u' && (m = /^[0-9a-fA-F]{4}/.exec(rest))) {
      this.pos += 4;
      const unit = parseInt(m[0], 16);
      const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.pos));
      if (unit >= 0xd800 && unit <= 0xdbff && low) {
        this.pos += 6;
        return 0x10000 + ((unit - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
      }
      return unit;
    }
    if (ch === '0' && (m = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(rest))) {
      this.pos += m[0].length;
      return parseInt(m[0], 8);
    }
    if (ch === 'c' && rest.length > 0) {
      this.pos++;
      return cp(rest[0]!) ^ 64;
    }
    if (Object.hasOwn(SIMPLE_ESCAPES, ch)) return SIMPLE_ESCAPES[ch]!;
    if (/[A-Za-z0-9]/.test(ch)) throw this.fail(`escape "\\${ch}" has no ECMAScript equivalent`, this.pos - 2);
    return cp(this.src.slice(this.pos - 1));
  }

  /** After `[`: a class with ranges, escapes, nested classes (union) and `&&` (intersection). */
  private charClass(flags: Flags): CharClass {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const first = this.classBody(flags, true);
    const and: CharClass[] = [];
    while (this.src.startsWith('&&', this.pos)) {
      this.pos += 2;
      this.java.add('class intersection &&');
      and.push({ t: 'class', negated: false, items: this.classBody(flags, false), and: [] });
    }
    if (this.peek() !== ']') throw this.fail('unclosed character class');
    this.pos++;
    if (negated && and.length > 0) throw this.fail('negated class with && intersection');
    return { t: 'class', negated, items: flags.i ? caseClosed(first) : first, and };
  }

  private classBody(flags: Flags, atStart: boolean): ClassItem[] {
    const items: ClassItem[] = [];
    for (let first = atStart; ; first = false) {
      if (flags.x) while (/\s/.test(this.peek() ?? '')) this.pos++;
      const ch = this.peek();
      if (ch === undefined) throw this.fail('unclosed character class');
      if ((ch === ']' && !first) || this.src.startsWith('&&', this.pos)) return items;
      const item = this.classAtom(flags);
      if (item.t === 'char' && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '[' && !this.src.startsWith('-&&', this.pos)) {
        this.pos++;
        const to = this.classAtom(flags);
        if (to.t !== 'char') throw this.fail('class range ends in a set');
        if (to.cp < item.cp) throw this.fail('class range out of order');
        items.push({ t: 'range', from: item.cp, to: to.cp });
      } else {
        items.push(item);
      }
    }
  }

  private classAtom(flags: Flags): ClassItem {
    const c = this.src.codePointAt(this.pos)!;
    this.pos += String.fromCodePoint(c).length;
    if (c === 0x5b) {
      this.java.add('nested class');
      return this.charClass(flags);
    }
    if (c !== 0x5c) return { t: 'char', cp: c };
    const escaped = this.escape({ ...flags, i: false }, true);
    if (Array.isArray(escaped)) {
      if (escaped.length !== 1) return { t: 'class', negated: false, items: escaped as ClassItem[], and: [] };
      return escaped[0] as ClassItem;
    }
    if (escaped.t === 'char' || escaped.t === 'escape' || escaped.t === 'class') return escaped;
    throw this.fail('unsupported escape inside a class');
  }
}

/**
 * Parse a pattern written for `java.util.regex.Pattern` (or ECMA-262).
 * @param pattern - the `@pattern` text.
 * @throws PatternTranslationError naming the construct and offset when it has no faithful ECMAScript form.
 */
export function parseJavaPattern(pattern: string): ParsedPattern {
  return new Parser(pattern).parse();
}
