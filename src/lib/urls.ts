// The site may be served under a path, as a GitHub project page is
// (https://user.github.io/blog). Every address the site writes is made here, from the
// site URL alone, so pages, feeds, the sitemap and the checks all agree on that path.
import { siteUrlOverride } from '../build-variants.ts';
import { site } from '../site.config.ts';

/** The path the site is served under, from its URL: `/`, or `/blog/` for `https://user.github.io/blog`. */
export function basePathOf(siteUrl: string): string {
  // The URL was checked with the rest of src/site.config.ts (site-config-schema.ts).
  const { pathname } = new URL(siteUrl);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A path written from the site root (`/posts/a.html`) under the base path: `/blog/posts/a.html`. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`a site path must start with /, got ${JSON.stringify(path)}`);
  return `${base}${path.slice(1)}`;
}

/** The site-root path of an address under the base path, or undefined when it lies outside the site. */
export function stripBase(base: string, pathname: string): string | undefined {
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
}

/** The absolute URL of a site path on a site at `siteUrl`, keeping the site's own path. */
export function absoluteUrlOn(siteUrl: string, path: string): string {
  return new URL(joinBase(basePathOf(siteUrl), path), siteUrl).href;
}

/** The URL this build serves the site at: src/site.config.ts, unless the fixture build overrides it. */
export const siteUrl: string = siteUrlOverride ?? site.url;

/** Astro's `base`: the path every page, asset and feed of this build lives under. */
export const basePath = basePathOf(siteUrl);

/** A site path under this build's base path, for href, src and action attributes. */
export function withBase(path: string): string {
  return joinBase(basePath, path);
}

/** The absolute URL of a site path on this build's site, for canonical, feed and social URLs. */
export function absoluteUrl(path: string): string {
  return absoluteUrlOn(siteUrl, path);
}

/** The site path of a page this build renders: `Astro.url.pathname` holds the base path too. */
export function sitePath(pathname: string): string {
  const path = stripBase(basePath, pathname);
  if (path === undefined) throw new Error(`the page ${pathname} lies outside the site's base path ${basePath}`);
  return path;
}
