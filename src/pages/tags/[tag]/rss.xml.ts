import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPosts } from '@/lib/collection.ts';
import { tagFeedPath } from '@/feeds/entries.ts';
import { collectTags, postsWithTag } from '@/lib/posts.ts';
import { tagUrl } from '@/lib/tags.ts';
import { rssFeed } from '@/feeds/rss.ts';
import { tagFeedDescription } from '@/lib/seo.ts';
import { feedChannel, feedEntries, feedResponse } from '@/feeds/site-feeds.ts';
import { site } from '@/site.config.ts';

export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  return collectTags(posts).map(({ tag }) => ({ params: { tag }, props: { posts: postsWithTag(posts, tag) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ params, props }) => {
  const tag = params.tag!;
  const channel = feedChannel(tagFeedPath(tag), {
    title: `${site.title}: posts tagged ${tag}`,
    description: tagFeedDescription(tag),
    page: tagUrl(tag),
  });
  const xml = await rssFeed(channel, await feedEntries(props.posts));
  return feedResponse(xml);
};
