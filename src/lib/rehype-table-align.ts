import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

// GFM tables mark column alignment (`| :---: |`) with the `align` attribute, which HTML5
// deprecates; the same alignment as CSS keeps the pages valid and looks the same.
export function alignToStyle(cell: Element): void {
  const { align, style } = cell.properties;
  if (typeof align !== 'string' || align === '') return;
  delete cell.properties.align;
  const existing = typeof style === 'string' && style.trim() !== '' ? `${style.trim().replace(/;$/, '')}; ` : '';
  cell.properties.style = `${existing}text-align: ${align}`;
}

export default function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      if (element.tagName === 'th' || element.tagName === 'td') alignToStyle(element);
    });
  };
}
