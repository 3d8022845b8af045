// What every published post's page holds, read from the built HTML of dist/ and checked against the
// post's source in content/posts/: static facts need no browser, so they hold for post 1000 too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, fileForUrl, htmlTree, urlIn } from '../support/built-site.ts';
import { codeFences, explicitHeadingIds, postPath, publishedPosts } from '../support/content.ts';
import { expectedTitle } from '../support/titles.ts';

const posts = publishedPosts();
const hrefs = (tree: Root | Element, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));
const text = (tree: Root | Element, selector: string) => selectAll(selector, tree).map((node) => toText(node).trim());

test('the blog has published posts to check', () => {
  assert.ok(posts.length > 0);
});

for (const [index, post] of posts.entries()) {
  describe(postPath(post.id), () => {
    const tree = htmlTree(fileForUrl(DIST, urlIn(DIST, postPath(post.id))));
    const article = select('article', tree)!;

    test('has its title as its one h1 and in <title>', () => {
      assert.deepEqual(text(tree, 'h1'), [post.title]);
      assert.equal(toText(select('title', tree)!), expectedTitle(post.title));
    });

    test('shows its dates, reading time and tags', () => {
      const meta = select('header .post-meta', article)!;
      assert.ok(select(`time[datetime="${post.pubDate}"]`, meta), 'publication date');
      if (post.updatedDate) assert.ok(select(`time[datetime="${post.updatedDate}"]`, meta), 'update date');
      assert.match(toText(meta), /\d+ min read/);
      assert.deepEqual(text(article, 'header ul.tags a'), post.tags);
      assert.deepEqual(
        hrefs(article, 'header ul.tags a'),
        post.tags.map((tag) => `/tags/${tag}/`),
      );
    });

    test('keeps the heading ids its source sets, and no {#id} as text', () => {
      for (const id of explicitHeadingIds(post.body)) assert.equal(selectAll(`[id="${id}"]`, article).length, 1, `#${id}`);
      assert.doesNotMatch(toText(article), /\{#[^\s{}]+\}/);
    });

    test('numbers the lines of exactly the code blocks that ask for it', () => {
      const blocks = selectAll('pre', article);
      const fences = codeFences(post.body);
      assert.equal(blocks.length, fences.length);
      for (const [number, fence] of fences.entries()) {
        const classes = (blocks[number]!.properties.className as string[] | undefined) ?? [];
        assert.equal(classes.includes('line-numbers'), fence.meta.includes('showLineNumbers'), `block ${number + 1}`);
      }
    });

    test('lists its sections in a table of contents when it has three or more', () => {
      const sections = selectAll('.post-body h2', tree);
      const toc = select('nav.toc', tree);
      if (sections.length < 3) return assert.equal(toc, undefined);
      const links = selectAll(':scope > details > ol > li > a', toc!);
      assert.deepEqual(
        links.map((a) => [toText(a).trim(), a.properties.href]),
        sections.map((h) => [toText(h).trim(), `#${h.properties.id}`]),
      );
    });

    test('links the previous and next post in publication order', () => {
      const nav = select('nav[aria-label="Previous and next post"]', tree)!;
      const older = posts[index + 1];
      const newer = posts[index - 1];
      assert.deepEqual(hrefs(nav, 'a[rel="prev"]'), older ? [postPath(older.id)] : []);
      assert.deepEqual(hrefs(nav, 'a[rel="next"]'), newer ? [postPath(newer.id)] : []);
    });

    test('suggests up to three other posts sharing a tag', () => {
      const candidates = posts.filter((other) => other.id !== post.id && other.tags.some((tag) => post.tags.includes(tag)));
      const suggested = hrefs(tree, 'section.related a');
      assert.equal(suggested.length, Math.min(3, candidates.length));
      for (const href of suggested)
        assert.ok(
          candidates.some((other) => postPath(other.id) === href),
          href,
        );
    });
  });
}
