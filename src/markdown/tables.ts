import type { Element, Properties } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const ALIGNMENTS = new Set(['left', 'center', 'right']);
// GFM tables come out of Sätteri with `style="text-align: …"`; HTML tables may use `align`.
const TEXT_ALIGN_STYLE = /^\s*text-align:\s*([a-z]+)\s*;?\s*$/i;

/**
 * A cell's properties with its column alignment as an `align-<side>` class. The `align`
 * attribute is deprecated in HTML5, and a style attribute would need 'unsafe-inline' in the
 * page's Content-Security-Policy; prose.css styles the class. Any other style is kept, for the
 * HTML checks to report.
 */
export function alignToClass(properties: Properties): Properties {
  const { align, style, ...rest } = properties;
  const fromStyle = typeof style === 'string' ? TEXT_ALIGN_STYLE.exec(style)?.[1]?.toLowerCase() : undefined;
  if (style !== undefined && fromStyle === undefined) rest.style = style;
  const side = fromStyle ?? (typeof align === 'string' ? align.toLowerCase() : undefined);
  if (side === undefined || !ALIGNMENTS.has(side)) return rest;
  const existing = Array.isArray(rest.className) ? rest.className : [];
  return { ...rest, className: [...existing, `align-${side}`] };
}

/**
 * Sätteri hast plugin for table cells. The empty corner cell of a comparison table is not a
 * header, so it becomes a plain cell rather than a header announcing nothing; header cells
 * label their columns; column alignment becomes a class. The box that lets a wide table scroll
 * on small screens is page furniture, added by src/client/table-scroll.ts, so feeds get the
 * table as it is.
 */
export const tables: HastPluginDefinition = {
  name: 'shipit:tables',
  element: {
    filter: ['th', 'td'],
    visit(cell, ctx) {
      const properties = alignToClass(cell.properties);
      const isHeader = cell.tagName === 'th' && ctx.textContent(cell).trim() !== '';
      if (isHeader && properties.scope === undefined) properties.scope = 'col';
      const replacement: Element = { type: 'element', tagName: isHeader ? 'th' : 'td', properties, children: cell.children };
      return replacement;
    },
  },
};
