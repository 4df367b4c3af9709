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
import { evaluate } from './evaluate.js';
import { compile } from './parser.js';

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
