import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type ReadExisting } from '../../tools/importer/import-feed.ts';
import { parsePostFile } from '../../tools/importer/post-file.ts';
import { slugOf } from '../../tools/importer/slugs.ts';
import { atomEntry, atomFeed, OPENING } from '../support/importer-feeds.ts';

const noFiles: ReadExisting = () => undefined;

describe('planning an import', () => {
  const feed = atomFeed(atomEntry({ title: 'First', slug: 'first' }), atomEntry({ title: 'Second', slug: 'second' }));
  const firstImport = () => new Map(planImport(feed, { outDir: 'p' }, noFiles).posts.map((post) => [post.path!, post.text!]));

  test('one file per entry, named after the last segment of its link', () => {
    const { posts } = planImport(feed, { outDir: 'posts' }, noFiles);
    assert.deepEqual(
      posts.map((post) => [post.outcome, post.path]),
      [
        ['written', join('posts', 'first.md')],
        ['written', join('posts', 'second.md')],
      ],
    );
    const { frontMatter } = parsePostFile(posts[0]!.text!)!;
    assert.deepEqual(frontMatter, {
      title: 'First',
      description: OPENING,
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

  test('an entry without a title is a draft with a made-up title; one without a link is skipped; both are named', () => {
    const xml = atomFeed(
      '<entry><id>urn:no-title</id><link href="https://example.org/posts/x.html"/><content type="html">&lt;p&gt;Thoughts on a quiet Sunday morning spent reading old logs and older code&lt;/p&gt;</content></entry>',
      '<entry><title>No link here</title><id>urn:no-link</id></entry>',
      atomEntry(),
    );
    const { posts } = planImport(xml, { outDir: 'p' }, noFiles);
    assert.deepEqual(
      posts.map((post) => post.outcome),
      ['written', 'skipped', 'written'],
    );
    assert.match(posts[0]!.label, /entry 1 \(https:\/\/example\.org\/posts\/x\.html\)/);
    const { frontMatter } = parsePostFile(posts[0]!.text!)!;
    assert.equal(frontMatter.title, 'Untitled: Thoughts on a quiet Sunday morning spent reading old logs…');
    assert.equal(frontMatter.draft, true);
    assert.match(posts[0]!.warnings.join('\n'), /it has no title: imported as a draft titled "Untitled: Thoughts/);
    assert.match(posts[1]!.label, /entry 2 \("No link here", urn:no-link\)/);
    assert.match(posts[1]!.reason!, /no link/);
  });

  test('what a post cannot hold is a warning naming the entry and what went', () => {
    const xml = atomFeed(
      atomEntry({ html: `<p>${OPENING}</p><script>track()</script><iframe src="https://maps.example/embed?q=x"></iframe>` }),
    );
    const [post] = planImport(xml, { outDir: 'p' }, noFiles).posts;
    assert.equal(post!.outcome, 'written');
    assert.deepEqual(post!.warnings, ['left out what a post cannot hold: <script>, an embedded frame from maps.example, now a link']);
  });

  test('the same feed again changes nothing', () => {
    const files = firstImport();
    const again = planImport(feed, { outDir: 'p' }, (path) => files.get(path));
    assert.deepEqual(
      again.posts.map((post) => post.outcome),
      ['unchanged', 'unchanged'],
    );
  });

  test('tags, series, drafts and comment settings the author added survive a new import', () => {
    const files = firstImport();
    const path = join('p', 'first.md');
    files.set(
      path,
      files
        .get(path)!
        .replace('tags: []', 'tags: [kubernetes, python]\nseries: Operators with Python\nseriesOrder: 2')
        .replace('draft: false', 'draft: false\ncomments: false'),
    );
    const again = planImport(feed, { outDir: 'p' }, (file) => files.get(file));
    assert.equal(again.posts[0]!.outcome, 'unchanged');
  });

  test('a file edited by hand is kept, unless forced; --force keeps hand-set tags, draft and comments over the feed', () => {
    const categorised = atomFeed(atomEntry({ title: 'First', slug: 'first', extra: '<category term="Feed Category"/>' }));
    const files = new Map(planImport(categorised, { outDir: 'p' }, noFiles).posts.map((post) => [post.path!, post.text!]));
    const path = join('p', 'first.md');
    const edited = files
      .get(path)!
      .replace('tags: [feed-category]', 'tags: [aws]\nseries: Operators')
      .replace('draft: false', 'draft: true\ncomments: false');
    files.set(path, `${edited}\nA paragraph I added.\n`);
    const kept = planImport(categorised, { outDir: 'p' }, (file) => files.get(file));
    assert.equal(kept.posts[0]!.outcome, 'kept');
    assert.match(kept.posts[0]!.reason!, /--force/);
    const forced = planImport(categorised, { outDir: 'p', force: true }, (file) => files.get(file));
    assert.equal(forced.posts[0]!.outcome, 'written');
    assert.ok(!forced.posts[0]!.text!.includes('A paragraph I added.'));
    const { frontMatter } = parsePostFile(forced.posts[0]!.text!)!;
    assert.deepEqual([frontMatter.tags, frontMatter.series, frontMatter.draft, frontMatter.comments], [['aws'], 'Operators', true, false]);
  });

  test('a post turned into MDX by hand is left alone', () => {
    const { posts } = planImport(feed, { outDir: 'p' }, (path) => (path === join('p', 'first.mdx') ? 'mdx' : undefined));
    assert.deepEqual(
      posts.map((post) => post.outcome),
      ['kept', 'written'],
    );
  });
});

describe('links to entries that come in as drafts', () => {
  test('keep their old address, since the draft has no page yet', () => {
    const xml = atomFeed(
      atomEntry({
        title: 'Linking',
        slug: 'linking',
        html: `<p>${OPENING} <a href="/posts/short.html">short</a> <a href="/posts/full.html">full</a></p>`,
      }),
      atomEntry({ title: 'Short', slug: 'short', html: '<p>Too short.</p>' }),
      atomEntry({ title: 'Full', slug: 'full' }),
    );
    const { body } = parsePostFile(planImport(xml, { outDir: 'p' }, noFiles).posts[0]!.text!)!;
    assert.match(body, /\[short\]\(https:\/\/example\.org\/posts\/short\.html\)/);
    assert.match(body, /\[full\]\(\/posts\/full\.html\)/);
  });
});
