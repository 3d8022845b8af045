import type { Element, Properties, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.ts';

// Posts and feeds both rewrite every URL of an HTML tree (under the base path, or made
// absolute): one place knows which attributes hold URLs and how srcset lists them.

/** hast names of the attributes that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'data', 'longDesc', 'background'];
/** Attributes holding comma-separated "url descriptor" candidates. */
const SRCSET_PROPERTIES = ['srcSet', 'imageSrcSet'];
/** The elements that may carry one of those attributes. */
export const ELEMENTS_WITH_URLS = [
  ...['a', 'area', 'link', 'base', 'img', 'source', 'track', 'audio', 'video', 'iframe', 'embed', 'object', 'script'],
  ...['form', 'button', 'input', 'blockquote', 'q', 'del', 'ins', 'body', 'table', 'td', 'th'],
];

/** The URL properties of an element, each replaced with `rewrite(url, where)`; `where` names the element and attribute. */
export function rewrittenUrls(element: Element, rewrite: (url: string, where: string) => string): Properties {
  const rewritten: Properties = {};
  const { properties } = element;
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value === 'string') rewritten[name] = rewrite(value, `<${element.tagName} ${name}>`);
  }
  for (const name of SRCSET_PROPERTIES) {
    const value = properties[name];
    if (typeof value !== 'string') continue;
    rewritten[name] = value
      .split(',')
      .filter((candidate) => candidate.trim())
      .map((candidate) => {
        const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
        return [rewrite(url, `<${element.tagName} ${name}>`), ...descriptors].join(' ');
      })
      .join(', ');
  }
  return rewritten;
}

/** Replaces every URL in the tree with `rewrite(url, where)`. */
export function rewriteUrls(tree: Root | Element, rewrite: (url: string, where: string) => string): void {
  visit(tree, 'element', (element: Element) => {
    if (isHighlightedCode(element)) return SKIP;
    Object.assign(element.properties, rewrittenUrls(element, rewrite));
  });
}
