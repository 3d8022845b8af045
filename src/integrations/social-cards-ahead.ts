import { globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { postSource } from '../build-variants.ts';
import { whileDrawing } from '../lib/card-drawing-lock.ts';
import { parseFrontMatter } from '../lib/front-matter/parse.ts';
import { postSchema } from '../lib/front-matter/post-schema.ts';
import { isPublished } from '../lib/posts.ts';
import { CARD_CACHE_FOLDER, SocialCardCache, templateVersion } from '../lib/social-card-cache.ts';
import { drawCardsInParallel } from '../lib/social-card-pool.ts';
import { postSocialCard, renderSocialCard, siteSocialCard, type SocialCard } from '../lib/social-card.ts';

/** The cards of the posts a build will publish, read from their files as the card route will see them. */
function publishedCards(now: Date): SocialCard[] {
  const files = globSync(postSource.pattern, { cwd: postSource.base });
  const cards: SocialCard[] = [];
  for (const file of files) {
    const data = parseFrontMatter(readFileSync(join(postSource.base, file), 'utf8'))?.data;
    const parsed = data && postSchema.safeParse(data);
    // A post with problems stops the build in the content loader, which names them.
    if (!parsed?.success) continue;
    if (isPublished({ id: file, data: parsed.data }, { preview: false, now })) {
      cards.push(postSocialCard(parsed.data.title, parsed.data.pubDate));
    }
  }
  return cards;
}

async function drawAhead(config: AstroConfig, logger: AstroIntegrationLogger): Promise<void> {
  const folder = join(fileURLToPath(config.cacheDir), CARD_CACHE_FOLDER);
  const cache = new SocialCardCache({ folder, version: await templateVersion(config.srcDir), draw: renderSocialCard });
  const jobs = await cache.missing([siteSocialCard(), ...publishedCards(new Date())]);
  if (jobs.length === 0) return;
  const workerFile = new URL('lib/social-card-worker.ts', config.srcDir);
  // One core stays with Astro, which renders the posts meanwhile.
  const threads = Math.max(1, availableParallelism() - 1);
  await whileDrawing(folder, () => drawCardsInParallel(jobs, { workerFile, threads }));
  logger.info(`drew ${jobs.length} social cards`);
}

/**
 * Draws the missing social cards of a build while Astro renders the posts, instead of after:
 * the card route (src/pages/social-cards/) then finds them kept. The route stays the one that
 * decides: a card this missed, or failed to draw, it draws itself and reports.
 */
export default function socialCardsAhead(): AstroIntegration {
  let building = false;
  let drawing: Promise<void> | undefined;
  return {
    name: 'shipit:social-cards-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        drawing = drawAhead(config, logger).catch((error: Error) => logger.warn(`drawing the cards ahead stopped: ${error.message}`));
      },
      'astro:build:done': async () => {
        await drawing;
      },
    },
  };
}
