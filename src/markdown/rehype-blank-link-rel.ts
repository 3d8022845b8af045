import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from '../lib/highlighted-code.ts';

/**
 * Rehype plugin: a link that opens a new tab (`target="_blank"`, as some imported posts
 * write them) gets `rel="noopener"`, so the page it opens cannot script or redirect this one
 * through `window.opener`. The link's other rel values (`nofollow`) stay.
 */
export default function rehypeBlankLinkRel() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node) => {
      if (isHighlightedCode(node)) return SKIP;
      if (node.tagName !== 'a' || String(node.properties.target ?? '').toLowerCase() !== '_blank') return;
      const values: string[] = [node.properties.rel ?? []]
        .flat()
        .flatMap((value) => String(value).split(/\s+/))
        .filter(Boolean);
      if (!values.some((value) => value.toLowerCase() === 'noopener')) values.push('noopener');
      node.properties.rel = values;
    });
  };
}
