import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedSeries } from '@/lib/collection.ts';
import { rssFeed } from '@/feeds/rss.ts';
import { feedChannel, feedEntries, feedResponse } from '@/feeds/site-feeds.ts';
import { sortNewestFirst } from '@/lib/posts.ts';
import { seriesFeedPath, seriesUrl } from '@/lib/series.ts';
import { seriesFeedDescription } from '@/lib/seo.ts';
import { site } from '@/site.config.ts';

export const getStaticPaths = (async () =>
  (await getPublishedSeries()).map((series) => ({ params: { series: series.slug }, props: { series } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props: { series } }) => {
  const channel = feedChannel(seriesFeedPath(series.slug), {
    title: `${site.title}: ${series.name}`,
    description: seriesFeedDescription(series.name),
    page: seriesUrl(series.slug),
  });
  return feedResponse(await rssFeed(channel, await feedEntries(sortNewestFirst(series.parts))));
};
