import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { htmlToMarkdown, summarize } from '../../tools/importer/html-to-markdown.ts';
import { escapeMarkup } from '../../src/lib/text.ts';
import { planImport, slugOf, type ReadExisting } from '../../tools/importer/import-feed.ts';
import { FeedParseError, parseFeed } from '../../tools/importer/parse-feed.ts';
import { parsePostFile } from '../../tools/importer/post-file.ts';


function atomFeed(...entries: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test</title>
  <id>https://example.org</id>
  ${entries.join('\n')}
</feed>`;
}

function atomEntry({ title = 'A post', slug = 'a-post', html = '<p>Hello there.</p>', extra = '' } = {}): string {
  return `<entry>
    <title>${title}</title>
    <link href="https://example.org/posts/${slug}.html"/>
    <updated>2021-01-18T00:00:00+00:00</updated>
    <id>https://example.org/posts/${slug}</id>
    ${extra}
    <content type="html">${escapeMarkup(html)}</content>
  </entry>`;
}

const noFiles: ReadExisting = () => undefined;

function importOne(html: string): string {
  return htmlToMarkdown(html, 'https://example.org/posts/a-post.html').markdown;
}

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
    const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>T</title><link>https://example.org/</link><description>d</description>
    <item>
      <title>Tom &amp;amp; Jerry</title>
      <link>https://example.org/posts/tom-and-jerry.html</link>
      <guid isPermaLink="false">urn:post:42</guid>
      <pubDate>Mon, 18 Jan 2021 10:30:00 GMT</pubDate>
      <category>Kubernetes</category><category>AWS</category>
      <description>short</description>
      <content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded>
    </item>
  </channel>
</rss>`;
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
    const feed = parseFeed(atomFeed(atomEntry({ title: 'Kubernetes operators with Python &#35;2&#58; Implementing Controller' }), atomEntry({ title: 'Cap&apos;n &amp;amp; &lt;Proto&gt; 🚀', slug: 'b' })));
    assert.equal(feed.entries[0]!.title, 'Kubernetes operators with Python #2: Implementing Controller');
    assert.equal(feed.entries[1]!.title, "Cap'n &amp; <Proto> 🚀");
  });

  test('malformed XML fails with the line and column and writes nothing', () => {
    const xml = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <entry><title>x</entry>\n</feed>';
    assert.throws(
      () => planImport(xml, { outDir: 'out' }, noFiles),
      (error: unknown) => error instanceof FeedParseError && error.line === 3 && typeof error.column === 'number',
    );
  });

  test('a document that is not a feed is refused', () => {
    assert.throws(() => parseFeed('<html><body/></html>'), /neither <feed> nor <rss>/);
  });
});

describe('converting HTML to Markdown', () => {
  test('a rouge block with a line-number table becomes a fenced block without the numbers, flagged for numbering', () => {
    const html = `<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1
2
</pre></td><td class="rouge-code"><pre><span class="na">kind</span><span class="pi">:</span> <span class="s">Pod</span>
<span class="na">a</span><span class="pi">:</span> <span class="s">"&lt;b&gt;"</span>
</pre></td></tr></tbody></table></code></pre></div></div>`;
    assert.equal(importOne(html), '```yaml showLineNumbers\nkind: Pod\na: "<b>"\n```\n');
  });

  test('a rouge block without a table keeps its code and has no numbering flag', () => {
    const html = '<div class="language-bash highlighter-rouge"><div class="highlight"><pre class="highlight"><code>echo 1\necho 2\n</code></pre></div></div>';
    assert.equal(importOne(html), '```bash\necho 1\necho 2\n```\n');
  });

  test('a figure.highlight block becomes a fenced block with its language', () => {
    const html = '<figure class="highlight"><pre><code class="language-python" data-lang="python">def f():\n\treturn a -&gt; b</code></pre></figure>';
    assert.equal(importOne(html), '```python\ndef f():\n\treturn a -> b\n```\n');
  });

  test('headings keep their exact old ids, and name anchors survive', () => {
    const markdown = importOne('<p>Jump <a href="#rpc-1">down</a><a name="capnpwithpython"></a></p><h2 id="rpc-1">RPC</h2><h4 id="why-migrate">Why <em>migrate</em>?</h4>');
    assert.match(markdown, /^## RPC \{#rpc-1\}$/m);
    assert.match(markdown, /^### Why _migrate_\? \{#why-migrate\}$/m);
    assert.match(markdown, /<a id="capnpwithpython"><\/a>/);
    assert.match(markdown, /\[down\]\(#rpc-1\)/);
  });

  test('heading levels never skip one, and the body starts at h2 below the page title', () => {
    const markdown = importOne('<h1 id="top">Intro</h1><h2 id="a">A</h2><h4 id="b">B</h4><h4 id="c">C</h4><h3 id="d">D</h3><h4 id="e">E</h4>');
    assert.deepEqual(
      markdown.split('\n').filter((line) => line.startsWith('#')),
      ['## Intro {#top}', '## A {#a}', '### B {#b}', '### C {#c}', '### D {#d}', '#### E {#e}'],
    );
  });

  test('rouge line-number tables are code wherever they appear', () => {
    const table = '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="rouge-code"><pre>a = 1\nb = 2\n</pre></td></tr></tbody></table>';
    assert.equal(importOne(table), '```plaintext showLineNumbers\na = 1\nb = 2\n```\n');
    assert.equal(importOne(`<pre class="highlight language-ruby"><code>${table}</code></pre>`), '```ruby showLineNumbers\na = 1\nb = 2\n```\n');
    assert.equal(importOne('<pre><code class="language-sh">ls -la\n</code></pre>'), '```sh\nls -la\n```\n');
  });

  test('an image figure keeps src, alt, caption and source link; theme attributes go', () => {
    const html = `<figure class="image">
  <img src="/static/images/steps.jpg" alt="Photo by Jake Hills" height="300px" width="" loading="lazy" class="img-zoomable" />
  <figcaption>
    Photo by Jake Hills
    / <a href="https://unsplash.com/photos/x" rel="nofollow" target="_blank">image source</a>
  </figcaption>
</figure>`;
    const { markdown, imagePaths } = htmlToMarkdown(html, 'https://example.org/posts/a.html');
    assert.equal(
      markdown,
      '<figure>\n  <img src="/static/images/steps.jpg" alt="Photo by Jake Hills" />\n  <figcaption>Photo by Jake Hills / <a href="https://unsplash.com/photos/x" rel="nofollow" target="_blank">image source</a></figcaption>\n</figure>\n',
    );
    assert.deepEqual(imagePaths, ['/static/images/steps.jpg']);
  });

  test('tables, quotes, nested and ordered lists, deletions, rules, emphasis and emojis survive', () => {
    const markdown = importOne(`<table><thead><tr><th> </th><th style="text-align: left">kind</th></tr></thead>
<tbody><tr><td>runtime</td><td style="text-align: left">container</td></tr></tbody></table>
<blockquote><p>Hint: <strong>sponsored</strong></p></blockquote>
<ol><li>one<ul><li>nested</li></ul></li><li>two</li></ol>
<p><del>a decent</del> some 🙊 &amp; <em>more</em></p><hr />`);
    assert.match(markdown, /\| runtime \| container \|/);
    assert.match(markdown, /\| :-+ \|/);
    assert.match(markdown, /^> Hint: \*\*sponsored\*\*$/m);
    assert.match(markdown, /^1\. one\n {3}- nested\n2\. two$/m);
    assert.match(markdown, /~~a decent~~ some 🙊 & _more_/);
    assert.match(markdown, /^---$/m);
  });

  test('links to other posts stay root-relative; relative ones are resolved against the post', () => {
    const markdown = importOne('<p><a href="/posts/b.html">b</a> <a href="c.html#part">c</a> <a href="https://example.org/posts/d.html">d</a> <a href="https://other.org/x">x</a></p>');
    assert.match(markdown, /\[b\]\(\/posts\/b\.html\)/);
    assert.match(markdown, /\[c\]\(\/posts\/c\.html#part\)/);
    assert.match(markdown, /\[d\]\(\/posts\/d\.html\)/);
    assert.match(markdown, /\[x\]\(https:\/\/other\.org\/x\)/);
  });
});

describe('summaries', () => {
  test('cut at a word boundary within 160 characters', () => {
    const words = 'Running and maintaining Kubernetes clusters is hard and it takes a lot of time to keep them upgraded, monitored, scaled and secured for every single tenant that uses them';
    const summary = summarize(`<figure class="image"><img src="x.png" alt="x"><figcaption>Caption</figcaption></figure><p>${words}</p>`);
    assert.ok(summary.length <= 160, `${summary.length} characters`);
    assert.ok(summary.endsWith('…'));
    assert.ok(words.startsWith(summary.slice(0, -1)), 'ends at a whole word');
    assert.ok(!summary.includes('Caption'));
  });

  test('a short opening paragraph is followed by the next one', () => {
    assert.equal(summarize('<p>Hey there.</p><p>Second paragraph.</p>'), 'Hey there. Second paragraph.');
  });
});

describe('planning an import', () => {
  const feed = atomFeed(atomEntry({ title: 'First', slug: 'first' }), atomEntry({ title: 'Second', slug: 'second' }));

  test('one file per entry, named after the last segment of its link', () => {
    const { posts } = planImport(feed, { outDir: 'posts' }, noFiles);
    assert.deepEqual(posts.map((post) => [post.outcome, post.path]), [['written', join('posts', 'first.md')], ['written', join('posts', 'second.md')]]);
    const { frontMatter } = parsePostFile(posts[0]!.text!)!;
    assert.deepEqual(frontMatter, {
      title: 'First',
      description: 'Hello there.',
      pubDate: '2021-01-18',
      tags: [],
      draft: false,
      legacyId: 'https://example.org/posts/first',
      legacyUrl: 'https://example.org/posts/first.html',
    });
    assert.equal(slugOf('https://example.org/posts/k8s-operators-with-python-part-2.html'), 'k8s-operators-with-python-part-2');
    assert.equal(slugOf('https://example.org/blog/clean-url/'), 'clean-url');
  });

  test('updatedDate is written only when the feed gives a distinct one', () => {
    const withBoth = atomFeed(atomEntry({ extra: '<published>2021-01-10T00:00:00Z</published>' }));
    const { frontMatter } = parsePostFile(planImport(withBoth, { outDir: 'p' }, noFiles).posts[0]!.text!)!;
    assert.equal(frontMatter.pubDate, '2021-01-10');
    assert.equal(frontMatter.updatedDate, '2021-01-18');
    const same = atomFeed(atomEntry({ extra: '<published>2021-01-18T00:00:00Z</published>' }));
    assert.equal(parsePostFile(planImport(same, { outDir: 'p' }, noFiles).posts[0]!.text!)!.frontMatter.updatedDate, undefined);
  });

  test('an entry without a title or a link is skipped with a warning naming it', () => {
    const xml = atomFeed(
      '<entry><id>urn:no-title</id><link href="https://example.org/posts/x.html"/><content type="html">x</content></entry>',
      '<entry><title>No link here</title><id>urn:no-link</id></entry>',
      atomEntry(),
    );
    const { posts } = planImport(xml, { outDir: 'p' }, noFiles);
    assert.deepEqual(posts.map((post) => post.outcome), ['skipped', 'skipped', 'written']);
    assert.match(posts[0]!.label, /entry 1 \(urn:no-title\)/);
    assert.match(posts[0]!.reason!, /no title/);
    assert.match(posts[1]!.label, /entry 2 \("No link here"\)/);
    assert.match(posts[1]!.reason!, /no link/);
  });

  test('the same feed again changes nothing', () => {
    const files = new Map<string, string>();
    for (const post of planImport(feed, { outDir: 'p' }, noFiles).posts) files.set(post.path!, post.text!);
    const again = planImport(feed, { outDir: 'p' }, (path) => files.get(path));
    assert.deepEqual(again.posts.map((post) => post.outcome), ['unchanged', 'unchanged']);
  });

  test('tags, drafts and comment settings the author added survive a new import', () => {
    const files = new Map<string, string>();
    for (const post of planImport(feed, { outDir: 'p' }, noFiles).posts) files.set(post.path!, post.text!);
    const path = join('p', 'first.md');
    files.set(path, files.get(path)!.replace('tags: []', 'tags: [kubernetes, python]').replace('draft: false', 'draft: false\ncomments: false'));
    const again = planImport(feed, { outDir: 'p' }, (file) => files.get(file));
    assert.equal(again.posts[0]!.outcome, 'unchanged');
  });

  test('a file edited by hand is kept, unless forced; author fields still survive --force', () => {
    const files = new Map<string, string>();
    for (const post of planImport(feed, { outDir: 'p' }, noFiles).posts) files.set(post.path!, post.text!);
    const path = join('p', 'first.md');
    files.set(path, files.get(path)!.replace('tags: []', 'tags: [aws]') + '\nA paragraph I added.\n');
    const kept = planImport(feed, { outDir: 'p' }, (file) => files.get(file));
    assert.equal(kept.posts[0]!.outcome, 'kept');
    assert.match(kept.posts[0]!.reason!, /--force/);
    const forced = planImport(feed, { outDir: 'p', force: true }, (file) => files.get(file));
    assert.equal(forced.posts[0]!.outcome, 'written');
    assert.ok(!forced.posts[0]!.text!.includes('A paragraph I added.'));
    assert.deepEqual(parsePostFile(forced.posts[0]!.text!)!.frontMatter.tags, ['aws']);
  });
});

describe('the import command', () => {
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '../../tools/importer/cli.ts'), ...args], { cwd, encoding: 'utf8' });

  test('writes the posts, then reports them unchanged, and lists referenced images', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry({ html: '<figure class="image"><img src="/static/images/a.png" alt="A"></figure><p>Text.</p>' })));
    const first = run(dir, 'feed.xml', '--out', 'posts');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /1 written, 0 unchanged, 0 skipped/);
    assert.match(first.stdout, /\/static\/images\/a\.png/);
    const written = readFileSync(join(dir, 'posts', 'a-post.md'), 'utf8');
    const second = run(dir, 'feed.xml', '--out', 'posts');
    assert.match(second.stdout, /0 written, 1 unchanged/);
    assert.equal(readFileSync(join(dir, 'posts', 'a-post.md'), 'utf8'), written);
    assert.deepEqual(readdirSync(join(dir, 'posts')), ['a-post.md'], 'no temporary files left behind');
  });

  test('importing the old site\'s feed twice changes nothing the second time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const seed = join(import.meta.dirname, '../../content/seed-feed.atom.xml');
    const first = run(dir, seed, '--out', 'posts');
    assert.match(first.stdout, /24 written, 0 unchanged, 0 skipped/);
    const before = readdirSync(join(dir, 'posts')).map((name) => readFileSync(join(dir, 'posts', name), 'utf8'));
    const second = run(dir, seed, '--out', 'posts');
    assert.match(second.stdout, /0 written, 24 unchanged, 0 skipped/);
    const after = readdirSync(join(dir, 'posts')).map((name) => readFileSync(join(dir, 'posts', name), 'utf8'));
    assert.deepEqual(after, before);
  });

  test('--dry-run writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry()));
    const result = run(dir, 'feed.xml', '--out', 'posts', '--dry-run');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /would write/);
    assert.equal(existsSync(join(dir, 'posts')), false);
  });

  test('malformed XML exits 1 naming file, line and column, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'feed.xml'), '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<title>x</titel>\n</entry></feed>');
    const result = run(dir, 'feed.xml', '--out', 'posts');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /feed\.xml:3:\d+: malformed XML/);
    assert.equal(existsSync(join(dir, 'posts')), false);
  });

  test('a missing feed file is a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const result = run(dir, 'nope.xml');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nope\.xml: cannot read the feed \(ENOENT\)/);
  });
});
