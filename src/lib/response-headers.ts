// The response headers the build asks hosts to send, as a `_headers` file.

/**
 * The `_headers` file for hosts that read one (Netlify, Cloudflare Pages; GitHub Pages
 * ignores it), written into the build by src/integrations/write-headers-file.ts.
 */
export function renderHeadersFile(contentSecurityPolicy: string, base = '/'): string {
  return `# Response headers for hosts that read this file (Netlify, Cloudflare Pages).
# Written at build time: the Content-Security-Policy every page carries in a meta tag
# (src/lib/content-security-policy.ts), plus frame-ancestors, which only a header can send.
${base}*
  Content-Security-Policy: ${contentSecurityPolicy}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

# Astro puts a content hash in every file name under /_astro/, so a changed file gets a new URL.
${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
