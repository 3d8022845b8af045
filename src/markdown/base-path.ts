import type { HastPluginDefinition } from 'satteri';
import { ELEMENTS_WITH_URLS, rewrittenUrls } from '../lib/hast-urls.ts';
import { joinBase } from '../lib/urls.ts';

// Posts link to each other and to files in public/ from the site root (`/posts/x.html`,
// `/static/images/a.png`), as the importer writes them; on a site served under a path
// those addresses need the path in front.

/** A root-relative URL: `/x`, but not the protocol-relative `//host/x`. */
function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** A URL under the base path the site is served from (`/` or `/blog/`), when it is root-relative. */
export function underBasePath(url: string, base: string): string {
  return isRootRelative(url) ? joinBase(base, url) : url;
}

/** Sätteri hast plugin: puts every root-relative URL of a post under the site's base path. */
export function basePathUrls(base: string): HastPluginDefinition | undefined {
  if (base === '/') return undefined;
  return {
    name: 'shipit:base-path',
    element: {
      filter: ELEMENTS_WITH_URLS,
      visit(element, ctx) {
        for (const [name, value] of Object.entries(rewrittenUrls(element, (url) => underBasePath(url, base)))) {
          if (value !== element.properties[name]) ctx.setProperty(element, name, value);
        }
      },
    },
  };
}
