// The Content-Security-Policy every page carries: the site's own files, plus giscus
// for the comments, and no other third party may run code or frame content here.

/**
 * The policy for a site whose only third party is the giscus host (`undefined` when
 * comments are off). Every page carries it as a <meta http-equiv> tag; hosts that read
 * a `_headers` file also send it as a header (`asHeader`), which alone can forbid
 * other sites to frame the pages.
 */
export function contentSecurityPolicy(giscusHost: string | undefined, { asHeader = false } = {}): string {
  const giscus = giscusHost ? [new URL(giscusHost).origin] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'unsafe-inline': Astro writes its island loader into the page as inline scripts
    // and the theme must be set by an inline script before first paint. The site serves
    // no user-written HTML, so the policy's job is to keep third-party code out.
    // 'wasm-unsafe-eval': Pagefind's search index runs as WebAssembly.
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", ...giscus],
    // Astro inlines small stylesheets and Shiki colours code blocks with style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Post images are served by the site itself; images on other hosts become labelled boxes.
    'img-src': ["'self'", 'data:'],
    'frame-src': giscus.length > 0 ? giscus : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    ...(asHeader ? { 'frame-ancestors': ["'none'"] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
