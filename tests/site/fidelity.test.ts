// Compares every built post with the old feed it came from: nothing the old site showed may be lost.
// Runs against dist/ after `astro build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST } from '../support/built-site.ts';
import { oldEntryByUrl, squash } from '../support/feeds.ts';

/** The built page at the old address: the path of the old link, wherever the site now lives. */
function builtPage(url: URL): Root {
  const file = join(DIST, url.pathname);
  assert.ok(existsSync(file), `no page at ${url.pathname}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The code of a rouge or highlight block without its line-number gutter. */
function oldCodeBlocks(tree: Root): string[] {
  const blocks = selectAll('div.highlighter-rouge, figure.highlight', tree);
  return blocks.map((block) => {
    const code = select('td.rouge-code pre', block) ?? select('pre', block)!;
    return toText(code, { whitespace: 'pre' }).replace(/\n+$/, '');
  });
}

// The old feed's entries whose posts are still in content/posts (found by legacyId).
const posts = [...oldEntryByUrl(DIST).values()].map((entry) => ({ title: entry.title, url: new URL(entry.link), html: entry.html }));

test('the imported posts are still here', () => {
  assert.ok(posts.length > 0);
});

for (const post of posts) {
  describe(post.url.pathname, () => {
    const old = fromHtml(post.html, { fragment: true });
    const page = builtPage(post.url);
    const article = select('article', page);

    test('has the old title as its one h1', () => {
      const headings = selectAll('h1', page);
      assert.equal(headings.length, 1);
      assert.equal(squash(toText(headings[0]!)), squash(post.title));
    });

    test('keeps every paragraph, list item, table cell, caption and quote', () => {
      assert.ok(article, 'the post body sits in an <article>');
      const pageText = squash(toText(article));
      const units = selectAll('p, li, td, th, figcaption, blockquote, h2, h3, h4', old).filter((unit) => !select('pre', unit));
      for (const unit of units) {
        const text = squash(toText(unit));
        assert.ok(pageText.includes(text), `missing on the page: "${text.slice(0, 120)}"`);
      }
    });

    test('keeps every link', () => {
      const pageLinks = new Set(selectAll('a[href]', article!).map((a) => new URL(String(a.properties.href), post.url).href));
      for (const link of selectAll('a[href]', old)) {
        const href = new URL(String(link.properties.href), post.url).href;
        assert.ok(pageLinks.has(href), `link lost: ${href}`);
      }
    });

    test('shows every code block with identical lines and no line numbers', () => {
      const pageBlocks = selectAll('pre', article!).map((pre) => toText(pre, { whitespace: 'pre' }).replace(/\n+$/, ''));
      for (const code of oldCodeBlocks(old)) {
        assert.ok(pageBlocks.includes(code), `code block not found verbatim:\n${code.slice(0, 200)}`);
      }
    });

    test('keeps every h2-h4 id and every named anchor of the old page', () => {
      const ids = new Set(selectAll('[id]', page).map((element: Element) => String(element.properties.id)));
      for (const heading of selectAll('h2[id], h3[id], h4[id]', old)) {
        assert.ok(ids.has(String(heading.properties.id)), `#${heading.properties.id} is gone`);
      }
      for (const anchor of selectAll('a[name]', old)) {
        assert.ok(ids.has(String(anchor.properties.name)), `#${anchor.properties.name} is gone`);
      }
    });
  });
}
