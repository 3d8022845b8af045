import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, srcDir } from 'astro:config/server';
import { CARD_CACHE_FOLDER, SocialCardCache, templateVersion } from './social-card-cache.ts';
import { renderSocialCard, type SocialCard } from './social-card.ts';

// The card routes of `npm run dev` (src/integrations/social-card-routes/) share the build's
// card cache in Astro's cacheDir. The author may be editing the template, so each request
// names the template version afresh.

/** A card as PNG: the kept one, or else drawn now and kept. */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const folder = join(fileURLToPath(cacheDir), CARD_CACHE_FOLDER);
  const cache = new SocialCardCache({ folder, version: await templateVersion(srcDir), draw: renderSocialCard });
  return cache.png(card);
}
