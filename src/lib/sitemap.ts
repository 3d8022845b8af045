// With `build.format: 'preserve'`, a page made from a file route (posts/[slug].astro)
// is written as posts/<slug>.html and served only there, but @astrojs/sitemap lists it
// without the extension. Folder pages (index.astro) end in `/` and stay as they are.

/** The address a page listed by @astrojs/sitemap is really served at. */
export function servedPageUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/') && !parsed.pathname.endsWith('.html')) parsed.pathname += '.html';
  return parsed.href;
}
