import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { toFeedEntry, type FeedChannel } from '../../src/feeds/entries.ts';
import { rssFeed } from '../../src/feeds/rss.ts';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { parseXml } from '../support/xml.ts';

const channel: FeedChannel = {
  title: 'shipit',
  description: 'Posts & notes <weekly>',
  link: 'https://shipit.dev/',
  feedUrl: 'https://shipit.dev/rss.xml',
  language: 'en',
  author: { name: 'Max Brenner', url: 'https://github.com/brennerm' },
  stylesheet: '/feed.xsl',
};

const HTML = '<p>Read <a href="/posts/other.html">the other post</a> and ]]> this.</p><pre><code>if a &lt; b &amp;&amp; c:</code></pre>';

const oldPost = toFeedEntry(
  {
    id: 'old-post',
    data: {
      title: AWKWARD_TITLE,
      description: `${AWKWARD_TITLE} described`,
      pubDate: new Date('2015-04-10'),
      updatedDate: new Date('2016-01-02'),
      tags: ['python', 'c&c'],
      legacyId: 'https://shipit.dev/posts/old-post',
    },
  },
  HTML,
  'https://shipit.dev',
);
const newPost = toFeedEntry(
  { id: 'new-post', data: { title: 'New', description: 'New post', pubDate: new Date('2024-06-01'), tags: [] } },
  '<p>new</p>',
  'https://shipit.dev',
);

const xml = await rssFeed(channel, [newPost, oldPost]);

describe('rssFeed', () => {
  const feed = parseFeed(xml);
  const doc = parseXml(xml);
  const items = Array.from(doc.getElementsByTagName('item'));

  it('is well-formed XML styled for browsers by the XSLT', () => {
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/feed.xsl" type="text\/xsl"\?>/);
  });

  it('describes the channel', () => {
    assert.equal(feed.title, 'shipit');
    assert.equal(feed.description, channel.description);
    assert.equal(feed.url, 'https://shipit.dev/');
    assert.equal(feed.language, 'en');
    assert.equal(feed.self, 'https://shipit.dev/rss.xml');
    // The newest change, not the build time.
    assert.equal(doc.getElementsByTagName('lastBuildDate')[0]?.textContent, 'Sat, 01 Jun 2024 00:00:00 GMT');
  });

  it('carries a title with & < > quotes and emoji through unchanged', () => {
    assert.equal(feed.items[1]?.title, AWKWARD_TITLE);
    assert.equal(feed.items[1]?.description, `${AWKWARD_TITLE} described`);
  });

  it('carries the full HTML in content:encoded, with absolute links', () => {
    const content = fromHtml(items[1]!.getElementsByTagName('content:encoded')[0]!.textContent!, { fragment: true });
    assert.equal(toText(content), toText(fromHtml(HTML, { fragment: true })));
    assert.equal(select('a', content)?.properties.href, 'https://shipit.dev/posts/other.html');
    assert.equal(toText(select('pre code', content)!), 'if a < b && c:');
  });

  it('uses the old id as a guid that is not a permalink, and the URL for new posts', () => {
    const guid = (item: (typeof items)[number]) => item.getElementsByTagName('guid')[0]!;
    assert.equal(guid(items[1]!).textContent, 'https://shipit.dev/posts/old-post');
    assert.equal(guid(items[1]!).getAttribute('isPermaLink'), 'false');
    assert.equal(guid(items[0]!).textContent, 'https://shipit.dev/posts/new-post.html');
    assert.equal(guid(items[0]!).getAttribute('isPermaLink'), 'true');
  });

  it('dates items by publication in RFC 822 and lists tags as categories', () => {
    assert.equal(items[1]!.getElementsByTagName('pubDate')[0]!.textContent, 'Fri, 10 Apr 2015 00:00:00 GMT');
    assert.deepEqual(
      feed.items[1]?.categories.map((category) => category.term),
      ['python', 'c&c'],
    );
    assert.deepEqual(
      feed.items[1]?.authors.map((author) => author.name),
      ['Max Brenner'],
    );
  });

  it('leaves out lastBuildDate when there is nothing to date it by', async () => {
    assert.doesNotMatch(await rssFeed(channel, []), /lastBuildDate/);
  });
});
