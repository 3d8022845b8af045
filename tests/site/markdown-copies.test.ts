// Every published post also as plain Markdown (/posts/<slug>.md), announced by its page, and
// /llms.txt listing them: each copy parses as Markdown with front matter and keeps every heading,
// code block and link of the page, in both builds (the fixture build holds an MDX island).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { fromHtml } from 'hast-util-from-html';
import { markdownToHtml } from 'satteri';
import { parse } from 'yaml';
import { DIST, DIST_FIXTURES, fileForUrl, fixturePosts, hrefIn, htmlTree, readBuilt, urlIn } from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The copy's front matter, and its body as a Markdown reader shows it (GFM, raw HTML): headings
 * and code the author wrote as HTML count like those written in Markdown.
 */
function copyOf(dir: string, id: string) {
  const text = readBuilt(dir, `posts/${id}.md`);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, `posts/${id}.md starts with front matter`);
  return { data: parse(match[1]!) as Record<string, unknown>, shown: fromHtml(markdownToHtml(match[2]!).html, { fragment: true }) };
}

/** What an MDX island renders is the page's alone: the copy has a sentence linking the page instead. */
const outsideIslands = (elements: Element[], body: Element) => {
  const inIslands = new Set(selectAll('astro-island *', body));
  return elements.filter((element) => !inIslands.has(element));
};

const posts = [
  ...publishedPosts().map((post) => ({ dir: DIST, id: post.id, title: post.title, tags: post.tags })),
  ...fixturePosts()
    .filter((post) => post.published)
    .map((post) => ({ dir: DIST_FIXTURES, id: post.slug, title: post.title, tags: post.tags })),
];

for (const { dir, id, title, tags } of posts) {
  describe(`${dir === DIST ? '' : 'fixtures: '}${postPath(id)} as Markdown`, () => {
    const pageUrl = urlIn(dir, postPath(id));
    const page: Root = htmlTree(fileForUrl(dir, pageUrl));
    const body = select('.post-body', page) as Element;
    const copy = copyOf(dir, id);

    test('is announced by its page and has front matter naming the page', () => {
      assert.equal(select('link[rel="alternate"][type="text/markdown"]', page)?.properties.href, hrefIn(dir, `/posts/${id}.md`));
      assert.equal(copy.data.title, title);
      assert.equal(copy.data.canonical, pageUrl);
      assert.deepEqual(copy.data.tags, tags);
      assert.match(String(copy.data.date), /^\d{4}-\d{2}-\d{2}$/);
    });

    test("keeps the page's headings, code blocks and links", () => {
      const headings = (tree: Root | Element) => selectAll('h1, h2, h3, h4, h5, h6', tree);
      assert.deepEqual(
        headings(copy.shown).map((h) => `${h.tagName} ${squash(toText(h))}`),
        [select('h1', page)!, ...outsideIslands(headings(body), body)].map((h) => `${h.tagName} ${squash(toText(h))}`),
      );
      assert.deepEqual(
        selectAll('pre', copy.shown).map((pre) => toText(pre).trimEnd()),
        outsideIslands(selectAll('pre', body), body).map((pre) => toText(pre).trimEnd()),
      );
      const copyUrl = urlIn(dir, `/posts/${id}.md`);
      const urls = new Set(
        selectAll('a[href], img[src]', copy.shown).map(
          (node) => new URL(String(node.properties.href ?? node.properties.src), copyUrl).href,
        ),
      );
      // Footnote links point within the page; the copy's own footnotes make their own.
      for (const link of outsideIslands(selectAll('a[href]:not([data-footnote-ref], [data-footnote-backref])', body), body)) {
        const href = new URL(String(link.properties.href), pageUrl).href;
        assert.ok(urls.has(href), `${href} (“${squash(toText(link))}”) is in the copy`);
      }
    });
  });
}

test('/llms.txt names the site and links every published post’s Markdown copy', () => {
  const text = readBuilt(DIST, 'llms.txt');
  assert.match(text, /^# \S/);
  assert.match(text.split('\n')[2]!, /^> \S/);
  const linked = [...text.matchAll(/^- \[[^\n]+\]\((\S+)\): \S/gm)].map((match) => match[1]);
  assert.deepEqual(new Set(linked), new Set(publishedPosts().map((post) => urlIn(DIST, `/posts/${post.id}.md`))));
});
