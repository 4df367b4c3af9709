/**
 * A tiny element builder, so the views stay plain DOM without a framework.
 * @packageDocumentation
 */

/** Attributes of {@link h}: strings become attributes (`class`, `title`, `data-*`, …), `false`/`undefined` are skipped. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Create an element.
 * @param tag the tag name
 * @param attributes attributes to set (`true` sets an empty attribute)
 * @param children text (inserted as text nodes, never parsed as HTML) and elements
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: ReadonlyArray<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}
