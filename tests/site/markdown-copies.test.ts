// Every published post also as plain Markdown (/posts/<slug>.md), announced by its page, and
// /llms.txt listing them: each copy parses as Markdown with front matter and keeps every heading,
// code block and link of the page, in both builds (the fixture build holds an MDX island).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { markdownToMdast } from 'satteri';
import { parse } from 'yaml';
import { DIST, DIST_FIXTURES, fileForUrl, fixturePosts, hrefIn, htmlTree, readBuilt, urlIn } from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const nodes = (tree: MdNode): MdNode[] => [tree, ...(tree.children ?? []).flatMap(nodes)];
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

function copyOf(dir: string, id: string) {
  const text = readBuilt(dir, `posts/${id}.md`);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, `posts/${id}.md starts with front matter`);
  return { data: parse(match[1]!) as Record<string, unknown>, tree: markdownToMdast(match[2]!) as MdNode };
}

/** Every URL a Markdown copy holds (in links, images and definitions, and in its HTML), as a reader of the copy at `copyUrl` follows them. */
function urlsOf(tree: MdNode, copyUrl: string): Set<string> {
  const urls = nodes(tree).flatMap((node) =>
    node.type === 'html' ? [...node.value!.matchAll(/\b(?:href|src)=["']([^"']*)/g)].map((m) => m[1]!) : node.url ? [node.url] : [],
  );
  return new Set(urls.map((url) => new URL(url, copyUrl).href));
}

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
      const headings = nodes(copy.tree).filter((node) => node.type === 'heading');
      const footnoteHeadings = selectAll('[data-footnotes] h2', body);
      assert.deepEqual(
        headings.map((node) => `h${node.depth} ${squash(textOf(node))}`),
        // The footnotes' heading and links are made from the copy's `[^1]` by any Markdown renderer.
        [select('h1', page)!, ...selectAll('h1, h2, h3, h4, h5, h6', body).filter((h) => !footnoteHeadings.includes(h))].map(
          (h) => `${h.tagName} ${squash(toText(h))}`,
        ),
      );
      const code = nodes(copy.tree).filter((node) => node.type === 'code');
      assert.deepEqual(
        code.map((node) => node.value!.trimEnd()),
        selectAll('pre', body).map((pre) => toText(pre).trimEnd()),
      );
      const urls = urlsOf(copy.tree, urlIn(dir, `/posts/${id}.md`));
      for (const link of selectAll('a[href]:not([data-footnote-ref], [data-footnote-backref])', body)) {
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
