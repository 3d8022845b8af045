import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../src/lib/seo.ts';
import { truncateAtWord } from '../../src/lib/text.ts';

/** Plain text of an HTML fragment, whitespace collapsed: for titles and summaries. */
export function htmlToPlainText(html: string): string {
  return collapseWhitespace(toText(fromHtml(html, { fragment: true })));
}

/**
 * A summary of at most DESCRIPTION_MAX characters from the opening paragraphs, cut at a word
 * boundary. Paragraphs inside figures, quotes and lists are not the post's opening words,
 * unless the body has too few words outside them (a body wrapped in a <div>, or all list):
 * then the text of the whole body counts, except code, figures, tables and headings.
 */
export function summarize(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const paragraphs = tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
    .map((p) => collapseWhitespace(toText(p)))
    .filter(Boolean);
  let text = '';
  for (const paragraph of paragraphs) {
    text = text ? `${text} ${paragraph}` : paragraph;
    if (text.length >= DESCRIPTION_MAX) break;
  }
  if (text.length < DESCRIPTION_MIN) {
    const prose = collapseWhitespace(toText(withoutNonProse(tree)));
    if (prose.length > text.length) text = prose;
  }
  return truncateAtWord(text, DESCRIPTION_MAX);
}

const NOT_PROSE = new Set(['pre', 'code', 'figure', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

function withoutNonProse(tree: Root): Root {
  const keep = (node: RootContent): RootContent[] => {
    if (node.type !== 'element') return [node];
    if (NOT_PROSE.has(node.tagName)) return [];
    return [{ ...node, children: node.children.flatMap(keep) as Element['children'] }];
  };
  return { ...tree, children: tree.children.flatMap(keep) };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
