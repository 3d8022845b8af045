import type { APIRoute } from 'astro';
import { getPublishedPosts } from '@/lib/collection.ts';
import { FEED_PATHS } from '@/feeds/entries.ts';
import { rssFeed } from '@/feeds/rss.ts';
import { feedChannel, feedEntries, feedResponse } from '@/feeds/site-feeds.ts';

export const GET: APIRoute = async () => {
  const entries = await feedEntries(await getPublishedPosts());
  const xml = await rssFeed(feedChannel(FEED_PATHS.rss), entries);
  return feedResponse(xml);
};
