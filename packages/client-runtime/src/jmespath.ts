/**
 * A small JMESPath subset for waiter acceptors (Smithy "Waiters": `output` /
 * `inputOutput` path matchers): fields (plain and quoted), sub-expressions,
 * indexes, `[*]` / `*` / `[]` projections, `[?cond]` filters, comparators,
 * `&&` `||` `!`, `|`, parentheses, `@`, literals (`` `json` ``, `'raw'`) and
 * multi-select lists (`[a, b]`, for `smithy.rules#operationContextParams`) and
 * the functions `length`, `contains`, `starts_with`, `ends_with`, `to_string`,
 * `to_number`, `not_null`, `abs`, `keys`. Not supported: slices, multi-select
 * hashes, `&` expression references; they fail with a message naming the position.
 * @packageDocumentation
 */

type Node =
  | { t: 'field'; name: string }
  | { t: 'current' }
  | { t: 'literal'; value: unknown }
  | { t: 'sub'; left: Node; right: Node }
  | { t: 'pipe'; left: Node; right: Node }
  | { t: 'index'; left: Node; index: number }
  | { t: 'project'; left: Node; right: Node; values?: boolean }
  | { t: 'flatten'; left: Node }
  | { t: 'filter'; left: Node; cond: Node; right: Node }
  | { t: 'cmp'; op: string; left: Node; right: Node }
  | { t: 'and' | 'or'; left: Node; right: Node }
  | { t: 'not'; expr: Node }
  | { t: 'multi'; items: Node[] }
  | { t: 'call'; name: string; args: Node[] };

interface Token {
  k: string;
  v?: unknown;
  pos: number;
}

const BP: Record<string, number> = {
  '|': 1, '||': 2, '&&': 3, '==': 5, '!=': 5, '<': 5, '<=': 5, '>': 5, '>=': 5,
  '[]': 9, '*': 20, '[?': 21, '.': 40, '!': 45, '[': 55, '(': 60,
};

function lex(expr: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new SyntaxError(`JMESPath ${JSON.stringify(expr)} at ${i}: ${msg}`);
  };
  while (i < expr.length) {
    const c = expr[i]!;
    const pos = i;
    if (/\s/.test(c)) i++;
    else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < expr.length && /[A-Za-z0-9_]/.test(expr[j]!)) j++;
      out.push({ k: 'id', v: expr.slice(i, j), pos });
      i = j;
    } else if (/[0-9-]/.test(c) && /[0-9]/.test(expr[c === '-' ? i + 1 : i] ?? '')) {
      let j = i + 1;
      while (j < expr.length && /[0-9]/.test(expr[j]!)) j++;
      out.push({ k: 'num', v: Number(expr.slice(i, j)), pos });
      i = j;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== c) j += expr[j] === '\\' ? 2 : 1;
      if (j >= expr.length) fail(`unterminated ${c}`);
      const body = expr.slice(i + 1, j);
      i = j + 1;
      if (c === '"') out.push({ k: 'id', v: JSON.parse(`"${body}"`) as string, pos });
      else if (c === "'") out.push({ k: 'lit', v: body.replace(/\\'/g, "'"), pos });
      else {
        try {
          out.push({ k: 'lit', v: JSON.parse(body.replace(/\\`/g, '`')), pos });
        } catch {
          fail(`bad JSON literal ${body}`);
        }
      }
    } else {
      const two = expr.slice(i, i + 2);
      const op = ['==', '!=', '<=', '>=', '&&', '||', '[]', '[?'].includes(two) ? two : c;
      if (!'.*[]()@,|<>!{}:&'.includes(op[0]!) && op.length === 1) fail(`unexpected ${JSON.stringify(c)}`);
      out.push({ k: op, pos });
      i += op.length;
    }
  }
  out.push({ k: 'eof', pos: expr.length });
  return out;
}

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

function compile(expression: string): Node {
  let node = cache.get(expression);
  if (!node) {
    node = new Parser(lex(expression), expression).parse();
    cache.set(expression, node);
  }
  return node;
}

function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return (a ?? null) === (b ?? null);
  return JSON.stringify(a) === JSON.stringify(b);
}

function project(base: unknown, right: Node): unknown {
  if (!Array.isArray(base)) return null;
  const out: unknown[] = [];
  for (const item of base) {
    const v = evaluate(right, item);
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  length: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : null),
  contains: (subject, search) =>
    typeof subject === 'string' ? subject.includes(String(search)) : Array.isArray(subject) ? subject.some((x) => equal(x, search)) : false,
  starts_with: (s, p) => typeof s === 'string' && typeof p === 'string' && s.startsWith(p),
  ends_with: (s, p) => typeof s === 'string' && typeof p === 'string' && s.endsWith(p),
  to_string: (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
  to_number: (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null),
  not_null: (...args) => args.find((a) => a !== null && a !== undefined) ?? null,
  abs: (v) => (typeof v === 'number' ? Math.abs(v) : null),
  keys: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : null),
};

function evaluate(node: Node, value: unknown): unknown {
  switch (node.t) {
    case 'field':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? ((value as Record<string, unknown>)[node.name] ?? null) : null;
    case 'current':
      return value ?? null;
    case 'literal':
      return node.value;
    case 'sub':
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      return base[node.index < 0 ? base.length + node.index : node.index] ?? null;
    }
    case 'flatten': {
      const base = evaluate(node.left, value);
      return Array.isArray(base) ? base.flatMap((x) => (Array.isArray(x) ? x : [x])) : null;
    }
    case 'project': {
      const base = evaluate(node.left, value);
      if (node.values) return base !== null && typeof base === 'object' && !Array.isArray(base) ? project(Object.values(base), node.right) : null;
      return project(base, node.right);
    }
    case 'filter': {
      const base = evaluate(node.left, value);
      return Array.isArray(base) ? project(base.filter((x) => truthy(evaluate(node.cond, x))), node.right) : null;
    }
    case 'cmp': {
      const a = evaluate(node.left, value);
      const b = evaluate(node.right, value);
      if (node.op === '==') return equal(a, b);
      if (node.op === '!=') return !equal(a, b);
      if (typeof a !== 'number' || typeof b !== 'number') return null;
      return node.op === '<' ? a < b : node.op === '<=' ? a <= b : node.op === '>' ? a > b : a >= b;
    }
    case 'and': {
      const a = evaluate(node.left, value);
      return truthy(a) ? evaluate(node.right, value) : a;
    }
    case 'or': {
      const a = evaluate(node.left, value);
      return truthy(a) ? a : evaluate(node.right, value);
    }
    case 'not':
      return !truthy(evaluate(node.expr, value));
    case 'multi':
      return value === null || value === undefined ? null : node.items.map((item) => evaluate(item, value));
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new SyntaxError(`JMESPath function ${node.name}() is not supported`);
      return fn(...node.args.map((a) => evaluate(a, value)));
    }
  }
}

/**
 * Evaluate a JMESPath expression (the subset described above) against a value.
 * @param value plain data (an operation output, or `{ input, output }`)
 * @param expression the JMESPath text
 * @returns the result (`null` for missing values, as JMESPath defines)
 * @throws SyntaxError naming the expression and position for unsupported or malformed syntax
 */
export function searchJmes(value: unknown, expression: string): unknown {
  return evaluate(compile(expression), value);
}
