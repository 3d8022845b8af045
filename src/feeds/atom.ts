import { Feed } from 'feed';
import { lastUpdated, type FeedChannel, type FeedEntry } from './entries.ts';
import { escapeMarkup } from '../lib/text.ts';

/**
 * `feed` wraps HTML in CDATA but only splits the first `]]>` in it; any later one would end
 * the section early. `]]&gt;` means the same in HTML and never closes CDATA.
 */
function cdataSafeHtml(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}

/**
 * `feed` writes attribute values with only `&` and `"` escaped, so a `<` in a tag would
 * make the whole feed unreadable: such a tag is refused with the post named.
 */
function checkedTag(tag: string, entry: FeedEntry): string {
  if (tag.includes('<')) throw new Error(`${entry.url}: the tag ${JSON.stringify(tag)} must not contain "<"`);
  return tag;
}

/** Atom 1.0 with the full post HTML, keeping the old site's entry ids. */
export function atomFeed(channel: FeedChannel & { id: string }, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: channel.id,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    feed: channel.feedUrl,
    author: { name: channel.author.name, link: channel.author.url },
    updated: lastUpdated(entries),
    stylesheet: channel.stylesheet,
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      // `feed` marks these type="html": plain text has to arrive escaped.
      title: escapeMarkup(entry.title),
      description: escapeMarkup(entry.description),
      content: cdataSafeHtml(entry.content),
      date: entry.updated,
      published: entry.published,
      author: [{ name: channel.author.name, link: channel.author.url }],
      category: entry.tags.map((tag) => ({ term: checkedTag(tag, entry) })),
    });
  }
  return feed.atom1();
}
