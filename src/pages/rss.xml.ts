import type { APIRoute } from 'astro';
import { getPublishedPosts } from '../lib/collection.ts';
import { FEED_PATHS } from '../lib/feed-items.ts';
import { rssFeed } from '../lib/rss-feed.ts';
import { feedChannel, feedEntries, feedResponse } from '../lib/site-feeds.ts';

export const GET: APIRoute = async () => {
  const entries = await feedEntries(await getPublishedPosts());
  const xml = await rssFeed(feedChannel(FEED_PATHS.rss), entries);
  return feedResponse(xml);
};
