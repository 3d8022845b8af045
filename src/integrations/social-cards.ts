import { globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { postSource } from '../build-variants.ts';
import { parseFrontMatter } from '../lib/front-matter/parse.ts';
import { postSchema } from '../lib/front-matter/post-schema.ts';
import { isPublished, type PostLike, postIdOfFile } from '../lib/posts.ts';
import { postCardPath, SITE_CARD_PATH } from '../lib/seo.ts';
import { CARD_CACHE_FOLDER, SocialCardCache, templateVersion } from '../lib/social-card-cache.ts';
import { drawCardsInParallel } from '../lib/social-card-pool.ts';
import { postSocialCard, renderSocialCard, siteSocialCard, type SocialCard } from '../lib/social-card.ts';

/** A card and the site path it is served at. */
export interface PlacedCard {
  path: string;
  card: SocialCard;
}

/** A post as the cards need it: what decides whether it is published, and its title. */
export interface CardPost extends PostLike {
  data: PostLike['data'] & { title: string };
}

/**
 * The posts of a build, read from their files with the content collection's id and schema. A
 * post with problems is skipped: the content loader stops the build on it, naming them.
 */
export function readCardPosts(source = postSource): CardPost[] {
  const posts: CardPost[] = [];
  for (const file of globSync(source.pattern, { cwd: source.base })) {
    const data = parseFrontMatter(readFileSync(join(source.base, file), 'utf8'))?.data;
    const parsed = data && postSchema.safeParse(data);
    if (parsed?.success) posts.push({ id: postIdOfFile(file), data: parsed.data });
  }
  return posts;
}

/** The site card and the card of every post published at `now`, by the collection's publish rule. */
export function publishedCards(posts: readonly CardPost[], now: Date): PlacedCard[] {
  return [
    { path: SITE_CARD_PATH, card: siteSocialCard() },
    ...posts
      .filter((post) => isPublished(post, { preview: false, now }))
      .map((post) => ({ path: postCardPath(post.id), card: postSocialCard(post.data.title, post.data.pubDate) })),
  ];
}

async function openCache(config: AstroConfig): Promise<SocialCardCache> {
  const folder = join(fileURLToPath(config.cacheDir), CARD_CACHE_FOLDER);
  return new SocialCardCache({ folder, version: await templateVersion(config.srcDir), draw: renderSocialCard });
}

/** Draws the cards the cache lacks on every core but one, which Astro needs to render the posts meanwhile. */
async function drawAhead(
  config: AstroConfig,
  cache: SocialCardCache,
  posts: readonly CardPost[],
  logger: AstroIntegrationLogger,
): Promise<void> {
  await cache.pruneOtherVersions();
  const jobs = await cache.missing(publishedCards(posts, new Date()).map(({ card }) => card));
  if (jobs.length === 0) return;
  const workerFile = new URL('lib/social-card-worker.ts', config.srcDir);
  await drawCardsInParallel(jobs, { workerFile, threads: Math.max(1, availableParallelism() - 1) });
  logger.info(`drew ${jobs.length} social cards`);
}

/**
 * The social cards (src/lib/social-card.ts), kept in Astro's cacheDir between builds. A build
 * draws the missing ones while Astro renders the posts, then copies each published post's card
 * into the site: copies, not an endpoint per card, since Astro renders every endpoint again on
 * every build. `npm run dev` serves the cards from routes, drawing one when it is asked for.
 */
export default function socialCards(): AstroIntegration {
  let building = false;
  let posts: CardPost[] = [];
  let drawing: Promise<void> | undefined;
  let cache: Promise<SocialCardCache> | undefined;
  return {
    name: 'shipit:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        if (command !== 'dev') return;
        const routes = new URL('social-card-routes/', import.meta.url);
        injectRoute({ pattern: SITE_CARD_PATH, entrypoint: new URL('site.png.ts', routes), prerender: true });
        injectRoute({ pattern: postCardPath('[slug]'), entrypoint: new URL('[slug].png.ts', routes), prerender: true });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        posts = readCardPosts();
        cache = openCache(config);
        // A failure here is not the build's: the copy below draws what is still missing.
        drawing = cache
          .then((opened) => drawAhead(config, opened, posts, logger))
          .catch((error: Error) => logger.warn(`drawing the cards ahead stopped: ${error.message}`));
      },
      'astro:build:done': async ({ dir }) => {
        await drawing;
        if (!cache) return;
        const opened = await cache;
        // Published as of the build's end, so every post a page of this build shows has its card.
        const siteDir = fileURLToPath(dir);
        await Promise.all(publishedCards(posts, new Date()).map(({ path, card }) => opened.placeAt(card, join(siteDir, path))));
      },
    },
  };
}
