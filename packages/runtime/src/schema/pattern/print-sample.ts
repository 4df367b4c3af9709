/**
 * The parse tree printed as a simpler regex for a random-string generator (`randexp` in
 * `@anvil/msw-runtime`): every character set becomes an explicit list of sample characters (those of
 * {@link SAMPLE_POOL} in the set, so `\p{L}`, `[\p{Print}&&[^|:/]]` or `[^\u0000-\u00FF]` give real
 * members), lookarounds are dropped, atomic groups and possessive quantifiers become plain ones, and
 * only syntax `randexp` reads is used. Its strings are candidates: callers keep those the real
 * pattern matches.
 * @packageDocumentation
 */
import { PatternTranslationError, type Alternation, type Node, type ParsedPattern } from './ast.js';
import { printEcma } from './print-ecma.js';

const range = (from: number, to: number): string => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** Characters sets are sampled from: ASCII, and one or more members of each Unicode general category. */
export const SAMPLE_POOL: readonly string[] = [
  ...range(0x20, 0x7e),
  ...'\t\n\r\x0b\x0c\x00\x01\x1f\x7f\x85\xa0\xad\xaa\xb2\xbb\xab\xa9\xe9\xf1\xdf\xc4\u02b0\u01c5\u0416\u03b1\u03a9\u0300\u0903\u20dd\u2160\u2003\u2028\u2029\u3000\u20ac\u4e2d\u65e5\ud55c\ue000\u200b',
  '\u{1f600}',
];
const READABLE = new Set(range(0x30, 0x39) + range(0x41, 0x5a) + range(0x61, 0x7a));

/** `randexp`-safe source for one character inside `[…]`: raw (its parser reads `\x`/`\u` escapes in classes as letters). */
function sampleChar(ch: string): string {
  return '\\]^-['.includes(ch) ? `\\${ch}` : ch;
}

class SamplePrinter {
  private groups = 0;
  private readonly renumbered = new Map<number, number>();

  constructor(
    private readonly readable: boolean,
    private readonly lookaheads: boolean,
  ) {}

  alternation(alt: Alternation): string {
    return alt.map((seq) => seq.map((n) => this.node(n)).join('')).join('|');
  }

  node(n: Node): string {
    switch (n.t) {
      case 'char':
      case 'escape':
      case 'class':
        return this.set(n);
      case 'dot':
        return '.';
      case 'assert':
        return n.kind === 'A' ? '^' : n.kind === 'z' || n.kind === 'Z' ? '$' : n.kind === '^' || n.kind === '$' ? n.kind : `\\${n.kind}`;
      case 'backref': {
        const index = n.index === undefined ? undefined : this.renumbered.get(n.index);
        return index === undefined ? '' : `\\${index}`;
      }
      case 'group':
        if (n.kind === 'ahead' && this.lookaheads) return `(?:${this.alternation(n.body)})`;
        if (n.kind === 'ahead' || n.kind === 'notAhead' || n.kind === 'behind' || n.kind === 'notBehind') return '';
        if (n.kind === 'capture') {
          this.renumbered.set(n.index!, ++this.groups);
          return `(${this.alternation(n.body)})`;
        }
        return `(?:${this.alternation(n.body)})`;
      case 'quant': {
        const body = this.node(n.body);
        if (body === '' || n.body.t === 'assert') return n.min > 0 ? body : '';
        const q = n.max === Infinity ? `{${n.min},}` : `{${n.min},${n.max}}`;
        return `(?:${body})${q}`;
      }
    }
  }

  /** A character set as an explicit class of its sample characters (readable ones first when asked). */
  private set(n: Node): string {
    if (n.t === 'char') return `[${sampleChar(String.fromCodePoint(n.cp))}]`;
    const { source, flags } = printEcma({ body: [[n]], multiline: false, groups: 0, java: [] });
    const matcher = new RegExp(`^(?:${source})$`, flags);
    const members = SAMPLE_POOL.filter((ch) => matcher.test(ch));
    const readable = this.readable ? members.filter((ch) => READABLE.has(ch)) : [];
    const chosen = readable.length > 0 ? readable : members;
    if (chosen.length === 0) throw new PatternTranslationError(`no sample character for the set ${source}`);
    return `[${chosen.map(sampleChar).join('')}]`;
  }
}

/**
 * A regex for `randexp` whose strings are likely (not certain) to match the parsed pattern.
 * @param readable - draw sets from ASCII letters and digits when they have such members.
 * @param lookaheads - print positive lookaheads as text to produce (`^(?=.*\d)(?=.*[A-Z]).{8}`
 *   then yields a digit, a capital and eight more), else drop them like the other lookarounds.
 * @throws PatternTranslationError when a character set has no member in {@link SAMPLE_POOL}.
 */
export function printSample(parsed: ParsedPattern, readable: boolean, lookaheads = false): string {
  return new SamplePrinter(readable, lookaheads).alternation(parsed.body);
}
