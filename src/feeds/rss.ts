import { getRssString } from '@astrojs/rss';
import { lastUpdated, type FeedChannel, type FeedEntry } from './entries.ts';
import { escapeMarkup } from '../lib/text.ts';

/** RSS 2.0 with the full post HTML in `content:encoded`. */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): Promise<string> {
  const updated = lastUpdated(entries);
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    stylesheet: channel.stylesheet,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
    },
    customData: [
      `<language>${escapeMarkup(channel.language)}</language>`,
      updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeMarkup(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      description: entry.description,
      content: entry.content,
      pubDate: entry.published,
      categories: entry.tags,
      // The old site's ids are URLs without `.html`: ids, not addresses to open.
      customData: [
        `<guid isPermaLink="${entry.id === entry.url}">${escapeMarkup(entry.id)}</guid>`,
        `<dc:creator>${escapeMarkup(channel.author.name)}</dc:creator>`,
      ].join(''),
    })),
  });
}
