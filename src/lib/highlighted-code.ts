import type { Element } from 'hast';

/**
 * Whether an element is a code block Shiki highlighted. Its token spans, often most of a
 * post's elements, never hold links, images or tables, so walks over a post skip them.
 */
export function isHighlightedCode(element: Element): boolean {
  if (element.tagName !== 'pre') return false;
  const classes = element.properties.className ?? element.properties.class;
  const names = Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(/\s+/);
  return names.includes('astro-code');
}
