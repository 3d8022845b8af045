import mdxServer from '@astrojs/mdx/server.js';
import reactServer from '@astrojs/react/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { join } from 'node:path';
import { cacheDir } from '../build-variants.ts';
import { site } from '../site.config.ts';
import { escapeMarkup } from '../lib/text.ts';
import { absoluteUrl, siteUrl, withBase } from '../lib/urls.ts';
import type { Post } from '../lib/collection.ts';
import { AbsoluteHtmlCache } from './absolute-html-cache.ts';
import { FEED_PATHS, toFeedEntry, type FeedChannel, type FeedEntry } from './entries.ts';
import { calloutsAsQuotes, staticIslands } from './feed-html.ts';

// Glue between the collection and the feed builders; it needs `astro:content`, so the
// logic it calls lives in entries.ts, rss.ts and atom.ts.

let container: Promise<AstroContainer> | undefined;

/**
 * An MDX post, or one whose images astro:assets optimises, is only complete once Astro
 * renders it: its components run, its image placeholders become real URLs.
 */
async function renderedByAstro(post: Post): Promise<string> {
  // The renderers are imported above, not loaded by name at run time, so the build bundles
  // React's server renderer with its virtual options module.
  container ??= AstroContainer.create({
    renderers: [
      { name: 'astro:jsx', ssr: mdxServer },
      { name: '@astrojs/react', ssr: reactServer },
    ],
  });
  try {
    const [renderer, { Content }] = await Promise.all([container, render(post)]);
    return staticIslands(await renderer.renderToString(Content));
  } catch (error) {
    throw new Error(`${post.filePath ?? post.id}: cannot render the post for the feeds: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A post's HTML: for Markdown, what the content layer rendered once and the page shows too.
 * Only posts that need Astro at page time are rendered again.
 */
function postHtml(post: Post): Promise<string> {
  const stored = post.rendered;
  if (stored && !stored.metadata?.imagePaths?.length) return Promise.resolve(stored.html);
  return renderedByAstro(post);
}

// The site feed, the Atom feed and every tag feed share their entries. The key holds the
// content digest, so `npm run dev` makes a post's entry again after it was edited.
const entries = new Map<string, Promise<FeedEntry>>();
const absoluteHtml = new AbsoluteHtmlCache(join(cacheDir, 'feed-html.json'), undefined, __SHIPIT_SITE_CODE__);

function feedEntry(post: Post): Promise<FeedEntry> {
  const key = `${post.id}:${post.digest}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = postHtml(post)
      .catch((error: Error) => {
        // The page was built without it; one post's feed rendering must not stop the build.
        console.warn(`warning: ${error.message}; the feeds carry its description instead`);
        return `<p>${escapeMarkup(post.data.description)}</p>`;
      })
      .then((html) => toFeedEntry(post, calloutsAsQuotes(html), siteUrl, absoluteHtml.absolutise));
    entries.set(key, entry);
  }
  return entry;
}

/** Entries for the newest `site.feedItems` of `posts`, which come newest first. */
export async function feedEntries(posts: readonly Post[]): Promise<FeedEntry[]> {
  const made = await Promise.all(posts.slice(0, site.feedItems).map(feedEntry));
  absoluteHtml.save();
  return made;
}

/**
 * The channel of a feed at `path`, which belongs to the home page; tag feeds pass their own
 * title, description and the path of the page they belong to (the tag's page).
 */
export function feedChannel(
  path: string,
  { page = '/', ...overrides }: Partial<Pick<FeedChannel, 'title' | 'description'>> & { page?: string } = {},
): FeedChannel {
  return {
    title: site.title,
    description: site.description,
    link: absoluteUrl(page),
    feedUrl: absoluteUrl(path),
    language: site.locale,
    author: site.author,
    stylesheet: withBase(FEED_PATHS.stylesheet),
    ...overrides,
  };
}

/**
 * Feeds go out as plain XML, as a static host serves any .xml file: browsers then apply
 * the XSLT in `npm run dev` too, where a feed type would make them download the file.
 */
export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
