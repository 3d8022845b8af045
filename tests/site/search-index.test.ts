// The Pagefind index `astro build` writes: it must hold every published post, its
// title, date, tags and text (code included), and nothing from around the post.
// Runs against dist/ and the fixture build in dist-fixtures/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { INDEXED_PAGES } from '../../src/integrations/pagefind.ts';
import { builtHtmlPages, fixturePosts } from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';

const root = join(import.meta.dirname, '../..');

interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in a build's index: Pagefind stores one gzipped JSON fragment per page. */
function indexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, 'pagefind', 'fragment');
  assert.ok(existsSync(dir), `${dir} is missing: astro build should run Pagefind`);
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
  });
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** An element as Pagefind reads it: without the parts marked data-pagefind-ignore. */
function withoutIgnored(element: Element): Element {
  const children = element.children
    .filter((child) => child.type !== 'element' || child.properties.dataPagefindIgnore === undefined)
    .map((child) => (child.type === 'element' ? withoutIgnored(child) : child));
  return { ...element, children };
}

describe('the search index of the site', () => {
  const dist = join(root, 'dist');
  const pages = indexedPages(dist);
  const posts = publishedPosts();

  test('holds every published post and no other page', () => {
    assert.deepEqual(pages.map((page) => page.url).sort(), posts.map((post) => postPath(post.id)).sort());
  });

  test('is given every page that asks to be indexed', () => {
    for (const dir of [dist, join(root, 'dist-fixtures')]) {
      const asking = builtHtmlPages(dir).filter((page) => readFileSync(page.file, 'utf8').includes('data-pagefind-body'));
      assert.ok(asking.length > 0, `no page of ${dir} asks to be indexed`);
      for (const page of asking) assert.ok(matchesGlob(page.path.slice(1), INDEXED_PAGES), `${page.path} is outside ${INDEXED_PAGES}`);
    }
  });

  for (const post of posts) {
    test(`${post.id}: title, date and tags as written, text bounded by the post`, () => {
      const page = pages.find((candidate) => candidate.url === postPath(post.id));
      assert.ok(page, `${post.id} is not indexed`);
      assert.equal(page.meta.title, post.title);
      assert.equal(page.meta.date, post.pubDate);
      assert.deepEqual([...(page.filters.tag ?? [])].sort(), [...post.tags].sort());

      // Site header and navigation come before the title, footer and comments after
      // the body: the indexed text starts and ends where the post does.
      assert.ok(page.content.startsWith(post.title), `${post.id} text starts with "${page.content.slice(0, 60)}"`);
      const html = fromHtml(readFileSync(join(dist, postPath(post.id)), 'utf8'));
      const body = select('.post-body', html);
      assert.ok(body, `${post.id} has no .post-body`);
      assert.deepEqual(words(page.content).slice(-8), words(toText(withoutIgnored(body))).slice(-8));
      const text = words(page.content.toLowerCase());
      for (const tag of post.tags)
        assert.ok(
          words(tag).every((word) => text.includes(word)),
          `tag ${tag} is not in the text`,
        );
      assert.doesNotMatch(page.content, /\d+ min read/, 'the reading time is not post text');
      // Code block labels, Copy buttons and missing-image notes are page furniture.
      const copies = (text: string) => text.match(/\bCopy\b/g)?.length ?? 0;
      assert.ok(copies(page.content) <= copies(post.body), `${post.id}: Copy buttons are indexed`);
      assert.ok(!page.content.includes('Image not available'), `${post.id}: the missing-image note is indexed`);
    });
  }
});

describe('the search index of the fixture build', () => {
  const dist = join(root, 'dist-fixtures');
  const fixtures = fixturePosts();
  const pages = indexedPages(dist);

  test('keeps awkward titles exactly as written', () => {
    for (const { slug, title } of fixtures.filter((post) => post.published)) {
      const page = pages.find((candidate) => candidate.url === postPath(slug));
      assert.ok(page, `${slug} is not indexed`);
      assert.equal(page.meta.title, title);
    }
  });

  test('holds no draft and no scheduled post', () => {
    const unpublished = fixtures.filter((post) => !post.published);
    assert.ok(unpublished.some((post) => post.draft) && unpublished.some((post) => post.scheduled));
    for (const { slug, title } of unpublished) {
      assert.ok(!pages.some((page) => page.url === postPath(slug)), `${slug} is indexed`);
      assert.ok(!pages.some((page) => page.content.includes(title)), `a page holds the title of ${slug}`);
    }
  });
});
