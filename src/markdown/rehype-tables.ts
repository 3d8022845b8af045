import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from '../lib/highlighted-code.ts';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * GFM tables mark column alignment (`| :---: |`) with the `align` attribute, which HTML5
 * deprecates, and a style attribute would need 'unsafe-inline' in the page's
 * Content-Security-Policy: an `align-<side>` class, styled by prose.css, does the same.
 */
export function alignToClass(cell: Element): void {
  const { align } = cell.properties;
  delete cell.properties.align;
  if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
  const existing = Array.isArray(cell.properties.className) ? cell.properties.className : [];
  cell.properties.className = [...existing, `align-${align}`];
}

/**
 * Rehype plugin for tables. The empty corner cell of a comparison table is not a header,
 * so it becomes a plain cell rather than a header announcing nothing; header cells of the
 * head row label their columns; column alignment becomes a class. The box that lets a
 * wide table scroll on small screens is page furniture, added by src/client/table-scroll.ts,
 * so feeds get the table as it is.
 */
export default function rehypeTables() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element) => {
      if (isHighlightedCode(node)) return SKIP;
      if (node.tagName !== 'table') return;
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'th' && cell.tagName !== 'td') return;
        alignToClass(cell);
        if (cell.tagName === 'th' && toText(cell).trim() === '') cell.tagName = 'td';
        if (cell.tagName === 'th' && cell.properties.scope === undefined) cell.properties.scope = 'col';
      });
    });
  };
}
