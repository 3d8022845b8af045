import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteDir } from '../build-variants.ts';
import { type HeadStart, startFrom, type WrittenIndex, writeSearchIndex } from './search-index.ts';

export { INDEXED_PAGES } from './search-index.ts';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the site, so
 * every build (`npm run build`, `npm start`, the fixture build) ships search that needs no server.
 * Only elements marked `data-pagefind-body` are indexed, in the pages `INDEXED_PAGES` names.
 * When the safe build writes beside an earlier site (tools/build/safe-build.ts), Pagefind starts
 * on that site's pages at once (src/integrations/search-index.ts).
 * Pagefind indexes in a process of its own, so it starts as soon as the pages are written
 * and the other integrations' last steps run meanwhile; list this integration last, so the
 * build waits for the index at its very end.
 */
export default function pagefindIntegration(): AstroIntegration {
  let building = false;
  let headStart: HeadStart | undefined;
  let indexing: Promise<WrittenIndex> | undefined;
  return {
    name: 'shipit:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        const previousSite = resolve(fileURLToPath(config.root), siteDir);
        // A build straight into the site's folder empties it first: there is no earlier site to read.
        if (building && resolve(fileURLToPath(config.outDir)) !== previousSite) headStart = startFrom(previousSite);
      },
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir), headStart);
        // Reported when awaited below; a build that fails before then has its own error to show.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('Pagefind was never started: Astro skipped the astro:build:generated hook');
        const { pages, readAtTheEnd, outputPath } = await indexing;
        const headStart = readAtTheEnd < pages ? ` (${pages - readAtTheEnd} read from the earlier site while this one built)` : '';
        logger.info(`indexed ${pages} pages into ${outputPath}${headStart}`);
      },
    },
  };
}
