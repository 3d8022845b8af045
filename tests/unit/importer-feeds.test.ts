import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { decodeFeed } from '../../tools/importer/decode-feed.ts';
import { planImport, type ReadExisting } from '../../tools/importer/import-feed.ts';
import { FeedParseError, parseFeed } from '../../tools/importer/parse-feed.ts';
import { parsePostFile } from '../../tools/importer/post-file.ts';
import { atomEntry, atomFeed, rssFeed } from '../support/importer-feeds.ts';

const noFiles: ReadExisting = () => undefined;

describe('reading feeds', () => {
  test('reads an Atom feed: title, link, id, date and HTML content', () => {
    const feed = parseFeed(atomFeed(atomEntry({ html: '<p>x &lt; y</p>' })));
    assert.equal(feed.format, 'atom');
    const [entry] = feed.entries;
    assert.equal(entry!.title, 'A post');
    assert.equal(entry!.link, 'https://example.org/posts/a-post.html');
    assert.equal(entry!.id, 'https://example.org/posts/a-post');
    assert.equal(entry!.updated?.toISOString(), '2021-01-18T00:00:00.000Z');
    assert.equal(entry!.html, '<p>x &lt; y</p>');
  });

  test('reads an RSS 2.0 feed with content:encoded, guid, pubDate and categories', () => {
    const rss = rssFeed(`<item>
      <title>Tom &amp;amp; Jerry</title>
      <link>https://example.org/posts/tom-and-jerry.html</link>
      <guid isPermaLink="false">urn:post:42</guid>
      <pubDate>Mon, 18 Jan 2021 10:30:00 GMT</pubDate>
      <category>Kubernetes</category><category>AWS</category>
      <description>short</description>
      <content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded>
    </item>`);
    const { posts } = planImport(rss, { outDir: 'out' }, noFiles);
    assert.equal(posts[0]!.outcome, 'written');
    assert.equal(posts[0]!.path, join('out', 'tom-and-jerry.md'));
    const { frontMatter, body } = parsePostFile(posts[0]!.text!)!;
    assert.equal(frontMatter.title, 'Tom &amp; Jerry');
    assert.equal(frontMatter.pubDate, '2021-01-18T10:30:00Z');
    assert.deepEqual(frontMatter.tags, ['kubernetes', 'aws']);
    assert.equal(frontMatter.legacyId, 'urn:post:42');
    assert.equal(body.trim(), 'The full text.');
  });

  test('decodes entities in titles exactly once', () => {
    const feed = parseFeed(
      atomFeed(
        atomEntry({ title: 'Kubernetes operators with Python &#35;2&#58; Implementing Controller' }),
        atomEntry({ title: 'Cap&apos;n &amp;amp; &lt;Proto&gt; 🚀', slug: 'b' }),
      ),
    );
    assert.equal(feed.entries[0]!.title, 'Kubernetes operators with Python #2: Implementing Controller');
    assert.equal(feed.entries[1]!.title, "Cap'n &amp; <Proto> 🚀");
  });

  test('a relative entry link is resolved against the site the feed names', () => {
    const atom = parseFeed(atomFeed(atomEntry({ link: '/posts/rel.html' })));
    assert.equal(atom.entries[0]!.link, 'https://example.org/posts/rel.html');
    const rss = parseFeed(rssFeed('<item><title>R</title><link>posts/rel.html</link></item>'));
    assert.equal(rss.entries[0]!.link, 'https://example.org/posts/rel.html');
  });

  test('malformed XML fails with the line and column and writes nothing', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <entry><title>x</entry>\n</feed>';
    assert.throws(
      () => planImport(xml, { outDir: 'out' }, noFiles),
      (error: unknown) => error instanceof FeedParseError && error.line === 3 && typeof error.column === 'number',
    );
  });

  test('a bare & is malformed XML, named by line and column; entities and CDATA are not', () => {
    const bare = atomFeed('<entry>\n<title>Tom & Jerry</title></entry>');
    assert.throws(
      () => parseFeed(bare),
      (error: unknown) => error instanceof FeedParseError && /bare "&"/.test(error.message) && error.line === 7 && error.column === 12,
    );
    assert.equal(
      parseFeed(atomFeed('<entry><title>A &amp; B &#38; &#x26;</title><content type="html"><![CDATA[<p>a & b</p>]]></content></entry>'))
        .entries[0]!.title,
      'A & B & &',
    );
  });

  test('a document that is not a feed is refused', () => {
    assert.throws(() => parseFeed('<html><body/></html>'), /neither <feed> nor <rss>/);
  });
});

describe('feed encodings', () => {
  const feedIn = (encoding: string) =>
    `<?xml version="1.0" encoding="${encoding}"?>\n${atomFeed(atomEntry({ title: 'Café crème' }))
      .split('\n')
      .slice(1)
      .join('\n')}`;

  test('a UTF-8 byte order mark is not part of the XML', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(feedIn('utf-8'))]);
    assert.equal(parseFeed(decodeFeed(bytes)).entries[0]!.title, 'Café crème');
  });

  test('a feed declared ISO-8859-1 is read in that encoding', () => {
    const bytes = Uint8Array.from(feedIn('ISO-8859-1'), (char) => char.charCodeAt(0));
    assert.equal(bytes.includes(0xe9), true, 'é is one Latin-1 byte');
    assert.equal(parseFeed(decodeFeed(bytes)).entries[0]!.title, 'Café crème');
  });

  test('an unknown encoding, or bytes invalid in the declared one, are refused clearly', () => {
    assert.throws(
      () => decodeFeed(new TextEncoder().encode(feedIn('klingon-8'))),
      (error: unknown) => error instanceof FeedParseError && /unknown encoding "klingon-8"/.test(error.message),
    );
    const latin1Bytes = Uint8Array.from(feedIn('utf-8'), (char) => char.charCodeAt(0));
    assert.throws(() => decodeFeed(latin1Bytes), /not valid utf-8/);
  });
});
