/**
 * JSON text of node values (a JSON AST document, a trait value) with each {@link ExactNumber} written as
 * its literal, so a number a double would change prints as the model wrote it (`JSON.stringify` alone
 * writes its nearest double).
 * @packageDocumentation
 */
import { ExactNumber } from '../exact-number.js';

/**
 * `JSON.stringify(value, null, indent)`, with `ExactNumber`s written as their literal text.
 * @param value JSON data (node values; `ExactNumber`s anywhere)
 * @param indent spaces per level (0: one line)
 */
export function toJsonText(value: unknown, indent = 0): string {
  const exact: ExactNumber[] = [];
  const marker = '\u0000exact-number:';
  const text = JSON.stringify(
    value,
    function (this: unknown, key: string, v: unknown): unknown {
      const raw = (this as Record<string, unknown>)[key];
      if (!(raw instanceof ExactNumber)) return v;
      exact.push(raw);
      return `${marker}${exact.length - 1}`;
    },
    indent,
  );
  if (exact.length === 0) return text;
  const placeholder = /"\\u0000exact-number:(\d+)"/g;
  // a model string equal to a placeholder would be replaced too: then fall back to plain doubles
  if ((text.match(placeholder) ?? []).length !== exact.length) return JSON.stringify(value, null, indent);
  return text.replace(placeholder, (_, i: string) => (exact[Number(i)] as ExactNumber).text);
}
