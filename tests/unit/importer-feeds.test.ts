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
    assert.throws(
      () => parseFeed('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      /not a feed: the root element is <svg>; the importer reads RSS 0\.9x, 1\.0 and 2\.0, and Atom 0\.3 and 1\.0/,
    );
    for (const page of ['<html><body/></html>', '<!doctype html><html><body>hi</body></html>']) {
      assert.throws(() => parseFeed(page), /an HTML page, not a feed: use the site's RSS or Atom feed/);
    }
    assert.throws(
      () => parseFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}'),
      /JSON \(a JSON Feed\?\), not an RSS or Atom feed/,
    );
    assert.throws(() => parseFeed(' \n'), /the file is empty/);
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
    assert.equal(parseFeed(decodeFeed(bytes).text).entries[0]!.title, 'Café crème');
  });

  test('a feed declared ISO-8859-1 is read in that encoding', () => {
    const bytes = Uint8Array.from(feedIn('ISO-8859-1'), (char) => char.charCodeAt(0));
    assert.equal(bytes.includes(0xe9), true, 'é is one Latin-1 byte');
    assert.equal(parseFeed(decodeFeed(bytes).text).entries[0]!.title, 'Café crème');
  });

  test('an unknown, missing or wrong encoding falls back as feed readers do, saying which encoding it used', () => {
    const utf8 = decodeFeed(new TextEncoder().encode(feedIn('klingon-8')));
    assert.equal(parseFeed(utf8.text).entries[0]!.title, 'Café crème');
    assert.match(utf8.warning!, /unknown encoding "klingon-8": read as UTF-8/);

    const latin1Bytes = Uint8Array.from(feedIn('utf-8'), (char) => char.charCodeAt(0));
    const mislabelled = decodeFeed(latin1Bytes);
    assert.equal(parseFeed(mislabelled.text).entries[0]!.title, 'Café crème');
    assert.match(mislabelled.warning!, /not valid utf-8, the encoding its XML declaration names: read as Windows-1252/);

    const undeclared = Uint8Array.from(atomFeed(atomEntry({ title: 'Café crème' })).replace(' encoding="utf-8"', ''), (char) =>
      char.charCodeAt(0),
    );
    const fallback = decodeFeed(undeclared);
    assert.equal(parseFeed(fallback.text).entries[0]!.title, 'Café crème');
    assert.match(fallback.warning!, /names no encoding and is not valid UTF-8: read as Windows-1252/);

    assert.equal(decodeFeed(new TextEncoder().encode(feedIn('utf-8'))).warning, undefined);
    const markedLatin1 = decodeFeed(new Uint8Array([0xef, 0xbb, 0xbf, ...latin1Bytes]));
    assert.equal(parseFeed(markedLatin1.text).entries[0]!.title, 'Café crème');
    assert.match(markedLatin1.warning!, /byte order mark but is not valid UTF-8: read as Windows-1252/);
  });
});

describe('every feed format feed readers read', () => {
  const BODY = '<p>Hello there, this opening paragraph is long enough to describe the whole post well.</p>';
  const titles = (xml: string) =>
    parseFeed(xml).entries.map((entry) => [entry.title, entry.link, entry.published?.toISOString().slice(0, 10)]);

  test('RSS 1.0 (RDF), with Dublin Core dates and subjects, and content:encoded beside the description', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link><description>d</description></channel>
  <item rdf:about="https://old.example/2009/first">
    <title>First</title><link>/2009/first</link><dc:date>2009-03-01T12:00:00Z</dc:date><dc:subject>Linux</dc:subject>
    <description>A summary the author wrote for this entry, long enough to be its description.</description>
    <content:encoded><![CDATA[${BODY}]]></content:encoded>
  </item>
</rdf:RDF>`;
    const feed = parseFeed(rdf);
    assert.equal(feed.format, 'rdf');
    assert.deepEqual(titles(rdf), [['First', 'https://old.example/2009/first', '2009-03-01']]);
    const [entry] = feed.entries;
    assert.equal(entry!.id, 'https://old.example/2009/first');
    assert.deepEqual(entry!.categories, ['Linux']);
    assert.equal(entry!.html, BODY);
    assert.match(entry!.summary!, /^A summary the author wrote/);
  });

  test('RSS 0.90, the RDF of Netscape, and RSS 0.91', () => {
    const rss090 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Old</title><link>https://old.example/</link></channel>
  <item><title>Ninety</title><link>https://old.example/ninety</link></item>
</rdf:RDF>`;
    assert.deepEqual(titles(rss090), [['Ninety', 'https://old.example/ninety', undefined]]);
    const rss091 = `<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link>
  <item><title>Ninety-one</title><link>https://old.example/91</link><description>${BODY.replace(/</g, '&lt;')}</description></item>
</channel></rss>`;
    assert.deepEqual(titles(rss091), [['Ninety-one', 'https://old.example/91', undefined]]);
    assert.equal(parseFeed(rss091).entries[0]!.html, BODY);
  });

  test('Atom 0.3: issued and modified dates, escaped and base64 content, a summary beside the content', () => {
    const atom03 = `<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Old</title><link rel="alternate" type="text/html" href="https://old.example/"/>
  <entry>
    <title>Escaped</title><link rel="alternate" type="text/html" href="https://old.example/escaped"/>
    <id>tag:old.example,2005:1</id><issued>2005-06-01T10:00:00Z</issued><modified>2005-06-02T10:00:00Z</modified>
    <summary type="text/plain">What the author says the entry is about, in one sentence or two.</summary>
    <content type="text/html" mode="escaped">${BODY.replace(/</g, '&lt;')}</content>
  </entry>
  <entry>
    <title>Encoded</title><link rel="alternate" href="/encoded"/><issued>2005-07-01T10:00:00Z</issued>
    <content type="text/html" mode="base64">${Buffer.from(BODY).toString('base64')}</content>
  </entry>
</feed>`;
    assert.deepEqual(titles(atom03), [
      ['Escaped', 'https://old.example/escaped', '2005-06-01'],
      ['Encoded', 'https://old.example/encoded', '2005-07-01'],
    ]);
    const [escaped, encoded] = parseFeed(atom03).entries;
    assert.equal(escaped!.updated?.toISOString().slice(0, 10), '2005-06-02');
    assert.equal(escaped!.html, BODY);
    assert.match(escaped!.summary!, /^<p>What the author says/);
    assert.equal(encoded!.html, BODY);
  });

  test('blank lines before the XML declaration, and errors still named by their line', () => {
    assert.deepEqual(titles(`\n\n  ${atomFeed(atomEntry())}`), [['A post', 'https://example.org/posts/a-post.html', undefined]]);
    assert.throws(
      () => parseFeed(`\n\n${atomFeed('<entry><title>A & B</title></entry>')}`),
      (error: unknown) => error instanceof FeedParseError && error.line === 8,
    );
  });
});

describe('podcasts and items without a link', () => {
  test("an item's guid is its address when it has no link; an enclosed episode gets a player and a link", () => {
    const rss = rssFeed(`<item>
      <title>Episode 12</title><guid>https://pod.example/12</guid><pubDate>Mon, 18 Jan 2021 10:30:00 GMT</pubDate>
      <description><![CDATA[<p>Hello there, this opening paragraph is long enough to describe the whole post well.</p>]]></description>
      <enclosure url="https://cdn.example/ep12.mp3" length="123" type="audio/mpeg"/>
      <enclosure url="https://cdn.example/notes.pdf" type="application/pdf"/>
    </item>`);
    const [entry] = parseFeed(rss).entries;
    assert.equal(entry!.link, 'https://pod.example/12');
    const { posts } = planImport(rss, { outDir: 'out' }, noFiles);
    assert.equal(posts[0]!.path, join('out', '12.md'));
    const { body } = parsePostFile(posts[0]!.text!)!;
    assert.match(body, /<audio src="https:\/\/cdn\.example\/ep12\.mp3" controls preload="none"><\/audio>/);
    assert.match(body, /\[Download the recording\]\(https:\/\/cdn\.example\/ep12\.mp3\)/);
    assert.match(body, /\[notes\.pdf\]\(https:\/\/cdn\.example\/notes\.pdf\)/);
  });

  test('a guid marked as no permalink is not an address', () => {
    const rss = rssFeed('<item><title>T</title><guid isPermaLink="false">https://pod.example/12</guid></item>');
    assert.equal(parseFeed(rss).entries[0]!.link, undefined);
  });
});
