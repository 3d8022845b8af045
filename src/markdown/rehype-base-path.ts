import type { Root } from 'hast';
import { rewriteUrls } from '../lib/hast-urls.ts';
import { joinBase } from '../lib/urls.ts';

// Posts link to each other and to files in public/ from the site root (`/posts/x.html`,
// `/static/images/a.png`), as the importer writes them; on a site served under a path
// those addresses need the path in front.

/** A root-relative URL: `/x`, but not the protocol-relative `//host/x`. */
function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

export interface RehypeBasePathOptions {
  /** The path the site is served under: `/`, or `/blog/` for a project page. */
  base: string;
}

/** Rehype plugin: puts every root-relative URL of a post under the site's base path. */
export default function rehypeBasePath({ base }: RehypeBasePathOptions) {
  return function transformer(tree: Root): void {
    if (base === '/') return;
    rewriteUrls(tree, (url) => (isRootRelative(url) ? joinBase(base, url) : url));
  };
}
