/**
 * Moving a generated file's imports to other module specifiers after it was
 * assembled: app layout (`anvil generate --layout app`) turns the types
 * package (`@anvil-gen/drs-types`) into a relative module (`../types/index.js`).
 * Works on the import and re-export block {@link GeneratedFile} prints: one
 * statement per line after the header, up to the body; imports are re-sorted
 * (packages before relative modules).
 * @packageDocumentation
 */
import { posix } from 'node:path';
import { compareModules } from './module-order.js';

const STATEMENT = /^(import|export) (.+) from '([^']+)';$/;

/**
 * Rewrite the module specifiers of a generated file's import and re-export statements.
 * @param text a file as {@link GeneratedFile.toString} prints it
 * @param specifier new specifier for a module (return it unchanged to keep it)
 */
export function relocateImports(text: string, specifier: (module: string) => string): string {
  const lines = text.split('\n');
  // The statement block: after the header line, up to the first line that is neither a statement nor blank.
  let end = 1;
  while (end < lines.length && (STATEMENT.test(lines[end]!) || (lines[end] === '' && STATEMENT.test(lines[end + 1] ?? '')))) end++;
  const rewritten = lines.slice(1, end).map((line) => {
    const m = STATEMENT.exec(line);
    return m ? { kind: m[1]!, module: specifier(m[3]!), line: `${m[1]} ${m[2]} from '${specifier(m[3]!)}';` } : { kind: '', module: '', line };
  });
  const imports = rewritten.filter((s) => s.kind === 'import');
  // Stable sort: a module's named import stays before its namespace import.
  const sorted = [...imports].sort((a, b) => compareModules(a.module, b.module));
  let next = 0;
  const block = rewritten.map((s) => (s.kind === 'import' ? sorted[next++]!.line : s.line));
  return [lines[0]!, ...block, ...lines.slice(end)].join('\n');
}

/**
 * App layout specifiers: the service's types package becomes the relative path from `file` to
 * `types/index.js`; every other module is kept.
 * @param typesPackage the types package name (`@anvil-gen/drs-types`)
 * @param file the file's path relative to the layout root, POSIX separators (`client/operations/x.ts`)
 */
export function appLayoutSpecifier(typesPackage: string, file: string): (module: string) => string {
  const target = posix.relative(posix.dirname(file), 'types/index.js');
  const relativeTarget = target.startsWith('.') ? target : `./${target}`;
  return (module) => (module === typesPackage ? relativeTarget : module);
}
