import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom-feed.ts';
import { getPublishedPosts } from '../lib/collection.ts';
import { feedChannel, feedEntries, feedResponse } from '../lib/site-feeds.ts';
import { siteUrl } from '../lib/urls.ts';

// The old site's feed URL: its subscribers keep reading here.
export const GET: APIRoute = async () => {
  const entries = await feedEntries(await getPublishedPosts());
  // The old feed's id was the bare site URL; keeping it keeps the feed the same feed.
  const xml = atomFeed({ ...feedChannel('/atom.xml'), id: siteUrl }, entries);
  return feedResponse(xml);
};
