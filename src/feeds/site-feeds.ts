import mdxServer from '@astrojs/mdx/server.js';
import reactServer from '@astrojs/react/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { site } from '../site.config.ts';
import { absoluteUrl, siteUrl, withBase } from '../lib/urls.ts';
import type { Post } from '../lib/collection.ts';
import { FEED_PATHS, toFeedEntry, type FeedChannel, type FeedEntry } from './entries.ts';

// Glue between the collection and the feed builders; it needs `astro:content`, so the
// logic it calls lives in entries.ts, rss.ts and atom.ts.

let container: Promise<AstroContainer> | undefined;
// Every feed lists the same posts: each is rendered once per build. The key holds the
// content digest so `npm run dev` renders a post again after it was edited.
const renderedHtml = new Map<string, Promise<string>>();

/** A post's body rendered exactly as its page shows it. */
function postHtml(post: Post): Promise<string> {
  const key = `${post.id}:${post.digest}`;
  let html = renderedHtml.get(key);
  if (!html) {
    // MDX bodies render through the MDX renderer, and the React islands they use through
    // React's; Markdown needs none. The renderers are imported here, not loaded by name at
    // run time, so the build bundles React's server renderer with its virtual options module.
    container ??= AstroContainer.create({
      renderers: [
        { name: 'astro:jsx', ssr: mdxServer },
        { name: '@astrojs/react', ssr: reactServer },
      ],
    });
    html = Promise.all([container, render(post)])
      .then(([renderer, { Content }]) => renderer.renderToString(Content))
      .catch((error: unknown) => {
        throw new Error(`${post.filePath ?? post.id}: cannot render the post for the feeds: ${(error as Error).message}`, {
          cause: error,
        });
      });
    renderedHtml.set(key, html);
  }
  return html;
}

/** Entries for the newest `site.feedItems` of `posts`, which come newest first. */
export async function feedEntries(posts: readonly Post[]): Promise<FeedEntry[]> {
  const newest = posts.slice(0, site.feedItems);
  return Promise.all(newest.map(async (post) => toFeedEntry(post, await postHtml(post), siteUrl)));
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
