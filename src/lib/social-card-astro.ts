import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, srcDir } from 'astro:config/server';
import { untilNoneDrawing } from './card-drawing-lock.ts';
import { CARD_CACHE_FOLDER, SocialCardCache, templateVersion } from './social-card-cache.ts';
import { drawCardsInParallel } from './social-card-pool.ts';
import { renderSocialCard, type SocialCard } from './social-card.ts';

// The site's social cards, kept in Astro's cacheDir (which CI can restore between builds).
// Astro bundles this module into its build chunks, so the paths of the template and of the
// worker come from Astro's config, not from where this code runs.

async function openCache(): Promise<SocialCardCache> {
  const folder = join(fileURLToPath(cacheDir), CARD_CACHE_FOLDER);
  return new SocialCardCache({ folder, version: await templateVersion(srcDir), draw: renderSocialCard });
}

// A build's template does not change while it runs; in dev the author may be editing it.
let buildCache: Promise<SocialCardCache> | undefined;

function siteCardCache(): Promise<SocialCardCache> {
  if (import.meta.env.DEV) return openCache();
  buildCache ??= openCache();
  return buildCache;
}

/** A card as PNG: the kept one, or else drawn now (in `npm run dev`, one card per request) and kept. */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  return (await siteCardCache()).png(card);
}

/**
 * In a build, draws the cards not kept yet on every core before Astro renders the pages one
 * by one, and drops the cards of older templates. `npm run dev` draws a card when it is shown.
 */
export async function drawMissingSocialCards(cards: SocialCard[]): Promise<void> {
  if (import.meta.env.DEV) return;
  const cache = await siteCardCache();
  // Cards drawn ahead (src/integrations/social-cards-ahead.ts) are not drawn twice.
  await untilNoneDrawing(cache.folder);
  await cache.pruneOtherVersions();
  await drawCardsInParallel(await cache.missing(cards), { workerFile: new URL('lib/social-card-worker.ts', srcDir) });
}
