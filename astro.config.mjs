// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import headersFile from './src/integrations/write-headers-file.ts';
import pagefind from './src/integrations/pagefind.ts';
import plainDynamicImports from './src/integrations/plain-dynamic-imports.ts';
import socialCards from './src/integrations/social-cards.ts';
import themeScript from './src/integrations/theme-script.ts';
import { cacheDir, outDir } from './src/build-variants.ts';
import { postMarkdown } from './src/markdown/pipeline.ts';
import { astroCspConfig } from './src/lib/content-security-policy.ts';
import { isRedirectStub, servedPageUrl } from './src/lib/sitemap.ts';
import { basePath, siteUrl } from './src/lib/urls.ts';
import { site } from './src/site.config.ts';
import { siteCodeDigest } from './tools/build/render-inputs.ts';

export default defineConfig({
  site: siteUrl,
  // A site URL with a path (a GitHub project page) serves everything under that path.
  base: basePath,
  // Posts keep the old site's /posts/<slug>.html; index pages (tags) build as folders.
  // Stylesheets go into each page: one request less before the first paint. The CSS is small
  // (tools/quality/lighthouserc.json holds its budget).
  build: { format: 'preserve', inlineStylesheets: 'always' },
  outDir,
  cacheDir,
  integrations: [
    themeScript(),
    plainDynamicImports(),
    mdx(),
    react(),
    sitemap({
      filter: (page) => !isRedirectStub(page, outDir, basePath),
      serialize: (item) => ({ ...item, url: servedPageUrl(item.url, outDir, basePath) }),
    }),
    socialCards(),
    headersFile(),
    // Last: it indexes while the steps above run, and the build ends when the index is written.
    pagefind(),
  ],
  // The pages' Content-Security-Policy; Astro adds the hashes of the inline scripts and styles it writes.
  security: { csp: astroCspConfig(site.giscus?.host) },
  // Post pages whose post, neighbours, related posts and tags did not change are copied from
  // the last build (src/lib/page-cache-key.ts); a post's content is tracked by Astro itself.
  experimental: { incrementalBuild: true },
  // Markdown images beside a post get a srcset of widths up to their own.
  image: { layout: 'constrained' },
  markdown: {
    // Posts are highlighted by the pipeline's own step (src/markdown/highlight-code.ts).
    syntaxHighlight: false,
    processor: satteri(postMarkdown),
  },
  // Written into the site's code (src/build-constants.d.ts): the giscus settings for the comments
  // code, so posts carry only their thread's title; the hash of the code for the post pages' cache keys.
  vite: {
    define: {
      __SHIPIT_GISCUS__: JSON.stringify(site.giscus ?? null),
      __SHIPIT_SITE_CODE__: JSON.stringify(siteCodeDigest(fileURLToPath(new URL('.', import.meta.url)))),
    },
  },
});
