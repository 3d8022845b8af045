import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

/** What a screen reader announces for the scrolling box around a table. */
export function tableLabel(table: Element): string {
  const headers: string[] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName !== 'th') return;
    const text = toText(node).replace(/\s+/g, ' ').trim();
    if (text) headers.push(text);
  });
  return headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
}

// GFM tables mark column alignment (`| :---: |`) with the `align` attribute, which HTML5
// deprecates; the same alignment as CSS keeps the pages valid and looks the same.
export function alignToStyle(cell: Element): void {
  const { align, style } = cell.properties;
  if (typeof align !== 'string' || align === '') return;
  delete cell.properties.align;
  const existing = typeof style === 'string' && style.trim() !== '' ? `${style.trim().replace(/;$/, '')}; ` : '';
  cell.properties.style = `${existing}text-align: ${align}`;
}

/**
 * Rehype plugin: puts each table in a box that scrolls sideways on small screens,
 * focusable so keyboard users can scroll it too and named after its columns.
 * The empty corner cell of a comparison table is not a header, so it becomes a
 * plain cell rather than a header announcing nothing; column alignment becomes CSS.
 */
export default function rehypeTables() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'th' && cell.tagName !== 'td') return;
        alignToStyle(cell);
        if (cell.tagName === 'th' && toText(cell).trim() === '') cell.tagName = 'td';
        // Header cells in the head row label their columns.
        if (cell.tagName === 'th' && cell.properties.scope === undefined) cell.properties.scope = 'col';
      });
      // A named <section> is a region landmark, so screen readers announce the box.
      parent.children[index] = h('section.table-scroll', { tabIndex: 0, 'aria-label': tableLabel(node) }, [node]);
      return SKIP;
    });
  };
}
