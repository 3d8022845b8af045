// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkHeadingIds from './src/lib/remark-heading-ids.ts';
import headersFile from './src/integrations/headers-file.ts';
import pagefind from './src/integrations/pagefind.ts';
import rehypeTableAlign from './src/lib/rehype-table-align.ts';
import { cacheDir, outDir } from './src/fixtures.ts';
import { servedPageUrl } from './src/lib/sitemap.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  // Posts keep the old site's /posts/<slug>.html; index pages (tags) build as folders.
  build: { format: 'preserve' },
  outDir,
  cacheDir,
  integrations: [mdx(), react(), sitemap({ serialize: (item) => ({ ...item, url: servedPageUrl(item.url, outDir) }) }), pagefind(), headersFile()],
  markdown: {
    // Its comments and other tokens keep a 4.5:1 contrast; the default github-dark's comments do not.
    shikiConfig: { theme: 'github-dark-default' },
    // Astro 7 defaults to Sätteri; our heading-id plugin is a remark plugin,
    // so we stay on the unified (remark/rehype) pipeline.
    processor: unified({
      // Keep the imported posts' punctuation exactly as the old site rendered it.
      smartypants: false,
      remarkPlugins: [remarkHeadingIds],
      rehypePlugins: [rehypeTableAlign],
    }),
  },
});
