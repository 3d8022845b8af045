// The fixture build's posts in the feeds: an awkward title, an MDX component and island,
// drafts and scheduled posts. dist-fixtures/ is built for a site under a base path.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { DIST_FIXTURES, fixturePosts, frontMatter, readBuilt, urlIn } from '../support/built-site.ts';
import { POSTS_DIR, postPath, publishedPosts } from '../support/content.ts';
import { contentByLink, readFeed, squash } from '../support/feeds.ts';

const posts = publishedPosts();

describe('fixture posts in the feeds', () => {
  const fixtures = fixturePosts();
  const awkward = fixtures.find((post) => post.title === AWKWARD_TITLE)!;
  // Drafts and scheduled posts: a production build leaves both out.
  const unpublished = fixtures.filter((post) => !post.published);
  const feeds = ['rss.xml', 'atom.xml', ...awkward.tags.map((tag) => `tags/${tag}/rss.xml`)];

  test(`carry the title ${AWKWARD_TITLE} through exactly`, () => {
    assert.ok(awkward, 'tests/fixtures/posts has the awkward title fixture');
    for (const path of feeds) {
      const { feed } = readFeed(DIST_FIXTURES, path);
      const item = feed.items.find((entry) => entry.url === urlIn(DIST_FIXTURES, `/posts/${awkward.slug}.html`));
      assert.ok(item, `${path} lists the fixture`);
      assert.equal(item.title, AWKWARD_TITLE, path);
    }
  });

  test('carry what the components of an MDX post render', () => {
    const mdx = fixtures.find((post) => post.file === 'mdx-component-fixture.mdx');
    assert.ok(mdx, 'tests/fixtures/posts has the MDX fixture using a component');
    for (const path of ['rss.xml', 'atom.xml']) {
      const content = fromHtml(contentByLink(readBuilt(DIST_FIXTURES, path)).get(urlIn(DIST_FIXTURES, `/posts/${mdx.slug}.html`)) ?? '', {
        fragment: true,
      });
      assert.equal(select('time', content)?.properties.dateTime, '2020-01-02', path);
      assert.equal(select('a', content)?.properties.href, urlIn(DIST_FIXTURES, '/posts/python-str-vs-repr.html'), path);
    }
  });

  test("carry an MDX island's server-rendered HTML and a note to open the post, never its scripts", () => {
    const body = (slug: string) => select('.post-body', fromHtml(readBuilt(DIST_FIXTURES, postPath(slug))))!;
    const islandPosts = fixtures.filter((post) => post.published && select('astro-island', body(post.slug)));
    assert.ok(islandPosts.length > 0, 'a fixture post has an interactive island');
    for (const path of ['rss.xml', 'atom.xml']) {
      const contents = contentByLink(readBuilt(DIST_FIXTURES, path));
      for (const post of islandPosts) {
        const url = urlIn(DIST_FIXTURES, postPath(post.slug));
        const content = fromHtml(contents.get(url) ?? '', { fragment: true });
        // The paragraphs the island rendered on the server are in the feed too.
        const islandText = selectAll('astro-island p', body(post.slug)).map((p) => squash(toText(p)));
        assert.ok(islandText.length > 0, `${post.slug}: the island renders text on the server`);
        for (const text of islandText) assert.ok(squash(toText(content)).includes(text), `${path}: ${post.slug} lacks "${text}"`);
        assert.equal(selectAll('astro-island, script, button', content).length, 0, `${path}: ${post.slug}`);
        const note = selectAll('p', content).find((p) => /interactive/.test(toText(p)));
        assert.equal(note && select('a', note)?.properties.href, url, `${path}: ${post.slug} links the post to use the island`);
      }
    }
  });

  test('leave every draft and scheduled post out, tags included', () => {
    assert.ok(unpublished.some((post) => post.draft) && unpublished.some((post) => post.scheduled));
    for (const path of feeds) {
      const { feed } = readFeed(DIST_FIXTURES, path);
      for (const draft of unpublished) {
        assert.ok(
          !feed.items.some((item) => item.url?.includes(`/posts/${draft.slug}`) || item.title === draft.title),
          `${path} lists ${draft.slug}`,
        );
      }
    }
    const publishedTags = new Set([
      ...fixtures.filter((post) => post.published).flatMap((post) => post.tags),
      ...posts.flatMap((post) => frontMatter(join(POSTS_DIR, post.file)).tags as string[]),
    ]);
    const unpublishedOnlyTags = unpublished.flatMap((post) => post.tags).filter((tag) => !publishedTags.has(tag));
    assert.ok(unpublishedOnlyTags.length > 0, 'an unpublished fixture has a tag no published post has');
    for (const tag of unpublishedOnlyTags) {
      assert.equal(existsSync(join(DIST_FIXTURES, 'tags', tag, 'rss.xml')), false, `a feed for the unpublished-only tag ${tag}`);
    }
  });
});
