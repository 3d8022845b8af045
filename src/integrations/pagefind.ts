import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind is given. Only post pages carry `data-pagefind-body` (PostLayout.astro), and
 * Pagefind reads every page it is given in full: the other pages made a warm build's last step
 * about a twentieth longer. tests/site/search-index.test.ts checks that no other page asks to be indexed.
 */
export const INDEXED_PAGES = 'posts/**/*.html';

async function indexSite(site: string): Promise<{ pages: number; outputPath: string }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    }
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written
 * the site, so every build (`npm run build`, `npm start`, the fixture build) ships
 * search that needs no server. Only elements marked `data-pagefind-body` are indexed, in the
 * pages `INDEXED_PAGES` names.
 * Pagefind indexes in a process of its own, so it starts as soon as the pages are written
 * and the other integrations' last steps run meanwhile; list this integration last, so the
 * build waits for the index at its very end.
 */
export default function pagefindIntegration(): AstroIntegration {
  let indexing: Promise<{ pages: number; outputPath: string }> | undefined;
  return {
    name: 'shipit:pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Reported when awaited below; a build that fails before then has its own error to show.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('Pagefind was never started: Astro skipped the astro:build:generated hook');
        const { pages, outputPath } = await indexing;
        logger.info(`indexed ${pages} pages into ${outputPath}`);
      },
    },
  };
}
