import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageHeadOfFile } from './built-policy.ts';
import { stripBase } from './urls.ts';

// With `build.format: 'preserve'`, posts/[slug].astro is written as posts/<slug>.html and
// tags/[tag]/index.astro as tags/<tag>/index.html, but @astrojs/sitemap lists both without
// an ending. The built files tell which address each page is really served at.

/** The built file's path for a listed URL: the output folder holds what is served under the base path. */
function builtPath(url: URL, base: string): string {
  const path = stripBase(base, decodeURIComponent(url.pathname));
  if (path === undefined) throw new Error(`sitemap: ${url.href} lies outside the site's base path ${base}`);
  return path;
}

/**
 * The address a page listed by @astrojs/sitemap is served at, given the build output folder
 * and the base path the site is served under (`/`, or `/blog/` for a project page).
 */
export function servedPageUrl(url: string, outDir: string, base = '/'): string {
  const parsed = new URL(url);
  const path = builtPath(parsed, base);
  if (!path.endsWith('/') && !path.endsWith('.html')) {
    if (existsSync(join(outDir, `${path}.html`))) parsed.pathname += '.html';
    else if (existsSync(join(outDir, path, 'index.html'))) parsed.pathname += '/';
  }
  return parsed.href;
}

/**
 * Whether a listed page is only a redirect stub, like the old /tag/<tag> addresses that
 * lead to /tags/<tag>/: search engines should index the page it leads to, not the stub.
 */
export function isRedirectStub(url: string, outDir: string, base = '/'): boolean {
  const path = builtPath(new URL(servedPageUrl(url, outDir, base)), base);
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && pageHeadOfFile(file).redirects;
}
