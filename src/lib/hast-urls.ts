import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.ts';

// Posts and feeds both rewrite every URL of an HTML tree (under the base path, or made
// absolute): one walk knows which attributes hold URLs and how srcset lists them.

/** hast names of the attributes that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'data', 'longDesc', 'background'];
/** Attributes holding comma-separated "url descriptor" candidates. */
const SRCSET_PROPERTIES = ['srcSet', 'imageSrcSet'];

/** Replaces every URL in the tree with `rewrite(url, where)`; `where` names the element and attribute. */
export function rewriteUrls(tree: Root | Element, rewrite: (url: string, where: string) => string): void {
  visit(tree, 'element', (element: Element) => {
    if (isHighlightedCode(element)) return SKIP;
    const properties = element.properties;
    for (const name of URL_PROPERTIES) {
      const value = properties[name];
      if (typeof value === 'string') properties[name] = rewrite(value, `<${element.tagName} ${name}>`);
    }
    for (const name of SRCSET_PROPERTIES) {
      const value = properties[name];
      if (typeof value !== 'string') continue;
      properties[name] = value
        .split(',')
        .filter((candidate) => candidate.trim())
        .map((candidate) => {
          const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
          return [rewrite(url, `<${element.tagName} ${name}>`), ...descriptors].join(' ');
        })
        .join(', ');
    }
  });
}
