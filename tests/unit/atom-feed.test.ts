import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { atomFeed } from '../../src/feeds/atom.ts';
import { toFeedEntry, type FeedChannel } from '../../src/feeds/entries.ts';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { parseXml } from '../support/xml.ts';

const channel: FeedChannel & { id: string } = {
  id: 'https://shipit.dev',
  title: 'shipit',
  description: 'Posts & notes <weekly>',
  link: 'https://shipit.dev/',
  feedUrl: 'https://shipit.dev/atom.xml',
  language: 'en',
  author: { name: 'Max Brenner', url: 'https://github.com/brennerm' },
  stylesheet: '/feed.xsl',
};

// `]]>` would end a CDATA section; code samples may hold it more than once.
const HTML = '<p>See <a href="/posts/other.html">other</a>.</p><pre><code>x = a[b[0]]> 1\ny = c[d[1]]> 2</code></pre>';
const TITLE = `${AWKWARD_TITLE} ]]> &amp; ]]>`;

function entry(id: string, data: Partial<Parameters<typeof toFeedEntry>[0]['data']> = {}, html = HTML) {
  return toFeedEntry(
    { id, data: { title: TITLE, description: `${TITLE}!`, pubDate: new Date('2015-04-10'), tags: ['python', 'c&c'], ...data } },
    html,
    'https://shipit.dev',
  );
}

describe('atomFeed', () => {
  const old = entry('old-post', { legacyId: 'https://shipit.dev/posts/old-post', updatedDate: new Date('2016-01-02') });
  const fresh = entry('new-post', { pubDate: new Date('2024-06-01') });
  const xml = atomFeed(channel, [fresh, old]);
  const feed = parseFeed(xml);

  it('is well-formed XML styled for browsers by the XSLT', () => {
    parseXml(xml, 'the Atom feed');
    assert.match(xml, /<\?xml-stylesheet href="\/feed.xsl" type="text\/xsl"\?>/);
  });

  it('describes the feed with its old id, its links, author and newest update', () => {
    const root = parseXml(xml).documentElement!;
    assert.equal(root.getElementsByTagName('id')[0]?.textContent, 'https://shipit.dev');
    assert.equal(feed.title, 'shipit');
    assert.equal(feed.description, channel.description);
    assert.equal(feed.url, 'https://shipit.dev/');
    assert.equal(feed.self, 'https://shipit.dev/atom.xml');
    assert.deepEqual(
      feed.authors.map((author) => author.name),
      ['Max Brenner'],
    );
    assert.deepEqual(feed.updated, new Date('2024-06-01'));
  });

  it('keeps old ids exactly and gives new posts their URL', () => {
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['https://shipit.dev/posts/new-post.html', 'https://shipit.dev/posts/old-post'],
    );
    assert.deepEqual(
      feed.items.map((item) => item.url),
      ['https://shipit.dev/posts/new-post.html', 'https://shipit.dev/posts/old-post.html'],
    );
  });

  it('carries titles and summaries with & < > quotes, emoji and ]]> through unchanged', () => {
    for (const item of feed.items) {
      assert.equal(item.title, TITLE);
      assert.equal(item.description, `${TITLE}!`);
    }
  });

  it('carries the full HTML, every ]]> included, with absolute links', () => {
    const content = fromHtml(feed.items[1]!.content!, { fragment: true });
    assert.equal(toText(content), toText(fromHtml(HTML, { fragment: true })));
    assert.equal(select('a', content)?.properties.href, 'https://shipit.dev/posts/other.html');
  });

  it('dates entries by publication and last update, and lists tags and author', () => {
    assert.deepEqual(feed.items[1]?.published, new Date('2015-04-10'));
    assert.deepEqual(feed.items[1]?.updated, new Date('2016-01-02'));
    assert.deepEqual(
      feed.items[1]?.categories.map((category) => category.term),
      ['python', 'c&c'],
    );
    assert.deepEqual(
      feed.items[1]?.authors.map((author) => author.name),
      ['Max Brenner'],
    );
  });

  it('refuses a tag that the feed library would write as broken XML, naming the post', () => {
    assert.throws(() => atomFeed(channel, [entry('tagged', { tags: ['a<b'] })]), /posts\/tagged\.html: the tag "a<b"/);
  });
});
