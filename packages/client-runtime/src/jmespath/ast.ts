/**
 * The syntax tree and tokens of the JMESPath subset (see `./index.ts`).
 * @packageDocumentation
 */

/** A parsed expression. */
export type Node =
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

/** A lexer token: its kind (`id`, `num`, `lit`, an operator, `eof`), value and offset in the expression. */
export interface Token {
  k: string;
  v?: unknown;
  pos: number;
}

/** Binding powers of the infix and postfix operators (Pratt parsing). */
export const BP: Record<string, number> = {
  '|': 1, '||': 2, '&&': 3, '==': 5, '!=': 5, '<': 5, '<=': 5, '>': 5, '>=': 5,
  '[]': 9, '*': 20, '[?': 21, '.': 40, '!': 45, '[': 55, '(': 60,
};
