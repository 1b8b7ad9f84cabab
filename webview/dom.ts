/**
 * The one way views create elements: text goes in through textContent and attributes through
 * setAttribute, never through innerHTML, so untrusted fields (payload strings, log text) are
 * always data, never markup.
 */
export interface ElementSpec {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with optional class, text and attributes, and appends the children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: readonly (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (spec.className) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, children: readonly (Node | null | undefined)[]): void {
  parent.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
}
