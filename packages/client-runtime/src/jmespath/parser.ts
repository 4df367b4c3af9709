/**
 * The JMESPath parser (Pratt): tokens → syntax tree, cached per expression text.
 * @packageDocumentation
 */
import { BP, type Node, type Token } from './ast.js';
import { lex } from './lexer.js';

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private fail(token: Token, msg: string): never {
    throw new SyntaxError(`JMESPath ${JSON.stringify(this.source)} at ${token.pos}: ${msg}`);
  }
  private expect(kind: string): Token {
    const t = this.next();
    if (t.k !== kind) this.fail(t, `expected ${kind}, found ${t.k}`);
    return t;
  }

  parse(): Node {
    const node = this.expr(0);
    if (this.peek().k !== 'eof') this.fail(this.peek(), `unexpected ${this.peek().k}`);
    return node;
  }

  expr(rbp: number): Node {
    let left = this.nud(this.next());
    while (rbp < (BP[this.peek().k] ?? 0)) left = this.led(this.next(), left);
    return left;
  }

  private nud(t: Token): Node {
    switch (t.k) {
      case 'id':
        return { t: 'field', name: t.v as string };
      case 'lit':
        return { t: 'literal', value: t.v };
      case '@':
        return { t: 'current' };
      case '!':
        return { t: 'not', expr: this.expr(BP['!']!) };
      case '(': {
        const e = this.expr(0);
        this.expect(')');
        return e;
      }
      case '*':
        return { t: 'project', left: { t: 'current' }, right: this.rhs(BP['*']!), values: true };
      case '[]':
        return { t: 'project', left: { t: 'flatten', left: { t: 'current' } }, right: this.rhs(BP['[]']!) };
      case '[?':
        return this.filter({ t: 'current' });
      case '[':
        return this.bracket({ t: 'current' });
      default:
        return this.fail(t, `unexpected ${t.k}`);
    }
  }

  private led(t: Token, left: Node): Node {
    switch (t.k) {
      case '.':
        if (this.peek().k === '*') {
          this.next();
          return { t: 'project', left, right: this.rhs(BP['*']!), values: true };
        }
        return { t: 'sub', left, right: this.dotRhs() };
      case '|':
        return { t: 'pipe', left, right: this.expr(BP['|']!) };
      case '||':
      case '&&':
        return { t: t.k === '||' ? 'or' : 'and', left, right: this.expr(BP[t.k]!) };
      case '==': case '!=': case '<': case '<=': case '>': case '>=':
        return { t: 'cmp', op: t.k, left, right: this.expr(BP[t.k]!) };
      case '[]':
        return { t: 'project', left: { t: 'flatten', left }, right: this.rhs(BP['[]']!) };
      case '[?':
        return this.filter(left);
      case '[':
        return this.bracket(left);
      case '(': {
        if (left.t !== 'field') this.fail(t, 'only named functions can be called');
        const args: Node[] = [];
        while (this.peek().k !== ')') {
          args.push(this.expr(0));
          if (this.peek().k === ',') this.next();
        }
        this.next();
        return { t: 'call', name: left.name, args };
      }
      default:
        return this.fail(t, `unexpected ${t.k}`);
    }
  }

  private bracket(left: Node): Node {
    const t = this.next();
    if (t.k === 'num') {
      this.expect(']');
      return { t: 'index', left, index: t.v as number };
    }
    if (t.k === '*') {
      this.expect(']');
      return { t: 'project', left, right: this.rhs(BP['*']!) };
    }
    this.i--;
    return { t: 'sub', left, right: this.multiSelect() };
  }

  /** `[a, b, …]` after its `[` was consumed. */
  private multiSelect(): Node {
    const items: Node[] = [this.expr(0)];
    while (this.peek().k === ',') {
      this.next();
      items.push(this.expr(0));
    }
    this.expect(']');
    return { t: 'multi', items };
  }

  private filter(left: Node): Node {
    const cond = this.expr(0);
    this.expect(']');
    return { t: 'filter', left, cond, right: this.rhs(BP['[?']!) };
  }

  private dotRhs(): Node {
    const t = this.peek();
    if (t.k === 'id') return this.nud(this.next());
    if (t.k === '[') {
      this.next();
      return this.multiSelect();
    }
    return this.fail(t, `expected a field or [ after '.', found ${t.k}`);
  }

  private rhs(rbp: number): Node {
    const t = this.peek();
    if ((BP[t.k] ?? 0) < 10) return { t: 'current' };
    if (t.k === '[' || t.k === '[?' || t.k === '[]') return this.expr(rbp);
    if (t.k === '.') {
      this.next();
      return this.continueFrom(this.dotRhs(), rbp);
    }
    return this.fail(t, `unexpected ${t.k} after a projection`);
  }

  private continueFrom(left: Node, rbp: number): Node {
    let node = left;
    while (rbp < (BP[this.peek().k] ?? 0)) node = this.led(this.next(), node);
    return node;
  }
}

const cache = new Map<string, Node>();

/**
 * Parse (and cache) an expression.
 * @throws SyntaxError naming the expression and position for unsupported or malformed syntax
 */
export function compile(expression: string): Node {
  let node = cache.get(expression);
  if (!node) {
    node = new Parser(lex(expression), expression).parse();
    cache.set(expression, node);
  }
  return node;
}
