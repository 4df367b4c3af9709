/**
 * The JMESPath lexer: identifiers (plain and quoted), numbers, raw and JSON literals, operators.
 * @packageDocumentation
 */
import type { Token } from './ast.js';

/**
 * Split an expression into tokens (ending with `eof`).
 * @throws SyntaxError naming the expression and position on an unexpected character or unterminated literal
 */
export function lex(expr: string): Token[] {
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
