/**
 * The order of module specifiers in generated import lists: packages first,
 * then relative modules, each by code unit (never locale-dependent).
 * @packageDocumentation
 */

/** Is this a relative module specifier (`./errors.js`, `../lite-client.js`)? */
export function isRelative(module: string): boolean {
  return module.startsWith('./') || module.startsWith('../');
}

/** Code-unit order of two strings. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare module specifiers: packages before relative modules, then by code unit. */
export function compareModules(a: string, b: string): number {
  const ra = isRelative(a);
  return ra === isRelative(b) ? byCodeUnit(a, b) : ra ? 1 : -1;
}
