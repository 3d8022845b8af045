// The Content-Security-Policy every page carries: the site's own files, plus giscus
// for the comments, and no other third party may run code or frame content here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';
import { TOC_OPEN_SCRIPT } from './toc.ts';

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
/** A directive Astro lets the setting name (script-src and style-src have their own fields). */
type CspDirective = NonNullable<AstroCsp['directives']>[number];

/**
 * Turns a feed opened in a browser into a page, styled by an inline <style>. Hosts that send the
 * policy as a header (`_headers`) send it with the feeds too, so the policy holds that style's hash.
 */
const FEED_STYLESHEET = new URL('../../public/feed.xsl', import.meta.url);

/** The part of Astro's `security.csp` setting this site uses (see astro.config.mjs). */
export interface AstroCspConfig {
  algorithm: 'SHA-256';
  directives: CspDirective[];
  scriptDirective: { resources: string[]; hashes: `sha256-${string}`[] };
  styleDirective: { resources: string[]; hashes: `sha256-${string}`[] };
}

/** The hash source of an inline script or stylesheet, as Astro's setting takes it: without quotes. */
export function sha256Source(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** The text of each <style> element of an HTML page or XSL stylesheet, which XSLT copies as it is. */
function inlineStyles(markup: string): string[] {
  return [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
}

/**
 * The policy for a site whose only third party is the giscus host (`undefined` when comments
 * are off), as Astro's `security.csp` setting. Astro adds the hash of every script and
 * stylesheet it writes inline (the theme script included: src/integrations/theme-script.ts)
 * and writes the policy into a <meta http-equiv> tag on every page. Neither directive allows
 * 'unsafe-inline': an injected <script> or style attribute does not run.
 */
export function astroCspConfig(giscusHost: string | undefined): AstroCspConfig {
  const giscus = giscusHost ? [new URL(giscusHost).origin] : [];
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      // Post images are served by the site itself; images on other hosts become labelled boxes.
      "img-src 'self' data:",
      `frame-src ${giscus.length > 0 ? giscus.join(' ') : "'none'"}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      // 'wasm-unsafe-eval': Pagefind's search index runs as WebAssembly; it allows no eval().
      resources: ["'self'", "'wasm-unsafe-eval'", ...giscus],
      // `is:inline` scripts, which Astro writes as they are without hashing them.
      hashes: [sha256Source(TOC_OPEN_SCRIPT)],
    },
    styleDirective: {
      resources: ["'self'"],
      hashes: inlineStyles(readFileSync(FEED_STYLESHEET, 'utf8')).map(sha256Source),
    },
  };
}

/**
 * The policy as a response header: the pages' own policy plus what only a header can say,
 * that no other site may put the pages in a frame.
 */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy.trim().replace(/;+$/, '')}; frame-ancestors 'none'`;
}
