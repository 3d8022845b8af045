import type { APIRoute } from 'astro';
import { atomFeed } from '@/feeds/atom.ts';
import { getPublishedPosts } from '@/lib/collection.ts';
import { feedChannel, feedEntries, feedResponse } from '@/feeds/site-feeds.ts';
import { FEED_PATHS } from '@/feeds/entries.ts';
import { siteUrl } from '@/lib/urls.ts';
import { site } from '@/site.config.ts';

// The old site's feed URL: its subscribers keep reading here.
export const GET: APIRoute = async () => {
  const entries = await feedEntries(await getPublishedPosts());
  const xml = atomFeed({ ...feedChannel(FEED_PATHS.atom), id: site.oldFeedId ?? siteUrl }, entries);
  return feedResponse(xml);
};
