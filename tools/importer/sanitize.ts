import type { Root } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

/**
 * What imported HTML may keep: GitHub's allow-list (no scripts, event handlers, frames or
 * `javascript:` links), plus what the old posts need to convert faithfully. Links may be
 * http, https, mailto, relative or fragments; images and media http, https or relative.
 */
const schema: Schema = {
  ...defaultSchema,
  // The old site's heading ids and <a name> anchors are the targets of existing deep links.
  clobber: [],
  // Kept as HTML where Markdown has no word for them (kept-html.ts).
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr', 'caption', 'video', 'audio', 'track'],
  attributes: {
    ...defaultSchema.attributes,
    // Rouge and kramdown mark code blocks, gutters and figures with classes; the converter reads them.
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'name', 'title'],
    // Captions keep their source links as the old site wrote them.
    a: [...(defaultSchema.attributes?.a ?? []), 'rel', 'target'],
    // Players without autoplay: a reader starts them.
    video: ['src', 'poster', 'width', 'height', 'loop', 'muted', 'playsInline'],
    audio: ['src', 'loop', 'muted'],
    source: [...(defaultSchema.attributes?.source ?? []), 'src', 'type'],
    track: ['kind', 'src', 'srcLang', 'label', 'default'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'], poster: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
};

/**
 * The tree with only what the schema allows. An image whose address was refused goes; a link
 * whose address was refused becomes its text, rather than an empty `[text]()`.
 */
export function sanitizeHtml(tree: Root): Root {
  const clean = sanitize(tree, schema) as Root;
  visit(clean, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.tagName === 'img' && node.properties.src === undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    const isTarget = node.properties.id !== undefined || node.properties.name !== undefined;
    if (node.tagName === 'a' && node.properties.href === undefined && !isTarget) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
  });
  return clean;
}
