import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { joinBase } from '../lib/urls.ts';

// Posts link to each other and to files in public/ from the site root (`/posts/x.html`,
// `/static/images/a.png`), as the importer writes them; on a site served under a path
// those addresses need the path in front.

/** hast names of the attributes that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'formAction', 'data'];
const SRCSET_PROPERTIES = ['srcSet', 'imageSrcSet'];

/** A root-relative URL: `/x`, but not the protocol-relative `//host/x`. */
function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function underBase(url: string, base: string): string {
  return isRootRelative(url) ? joinBase(base, url) : url;
}

export interface RehypeBasePathOptions {
  /** The path the site is served under: `/`, or `/blog/` for a project page. */
  base: string;
}

/** Rehype plugin: puts every root-relative URL of a post under the site's base path. */
export default function rehypeBasePath({ base }: RehypeBasePathOptions) {
  return function transformer(tree: Root): void {
    if (base === '/') return;
    visit(tree, 'element', (element: Element) => {
      const properties = element.properties;
      for (const name of URL_PROPERTIES) {
        const value = properties[name];
        if (typeof value === 'string') properties[name] = underBase(value, base);
      }
      for (const name of SRCSET_PROPERTIES) {
        const value = properties[name];
        if (typeof value !== 'string') continue;
        properties[name] = value
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, (url) => underBase(url, base)))
          .join(', ');
      }
    });
  };
}
