import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Rehype plugin: follows every h2-h4 that has an id with a link to that id, so
 * readers can copy a link to a section. Runs after the heading ids are set.
 * The link sits beside the heading, not inside it: the heading's own text (read
 * by screen readers and collected for the table of contents) stays untouched.
 */
export default function rehypeHeadingAnchors() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LINKED_HEADINGS.has(node.tagName) || !parent || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const title = toText(node).trim();
      parent.children[index] = h(`div.heading.heading-${node.tagName}`, [
        node,
        h('a.heading-anchor', { href: `#${id}`, 'aria-label': `Link to the section “${title}”` }),
      ]);
      return SKIP;
    });
  };
}
