// GitHub alerts in the fixture posts (one .md, one .mdx with the same Markdown): labelled asides
// on the page, quotes opening with the label in bold in the feeds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { fromHtml } from 'hast-util-from-html';
import { DIST_FIXTURES, fileForUrl, htmlTree, readBuilt, urlIn } from '../support/built-site.ts';
import { contentByLink } from '../support/feeds.ts';
import { postPath } from '../support/content.ts';

const LABELS = ['Note', 'Tip', 'Important', 'Warning', 'Caution'];
const POSTS = ['callouts-fixture', 'callouts-mdx-fixture'];
const body = (id: string) => select('.post-body', htmlTree(fileForUrl(DIST_FIXTURES, urlIn(DIST_FIXTURES, postPath(id)))))!;

test('each kind is an aside led by its label, with an icon hidden from screen readers and no style attribute', () => {
  for (const id of POSTS) {
    const asides = selectAll('aside.callout', body(id));
    assert.deepEqual(
      asides.map((aside) => toText(select('.callout-title', aside)!).trim()),
      LABELS,
      id,
    );
    for (const aside of asides) {
      assert.equal(select('.callout-title svg', aside)?.properties.ariaHidden, 'true');
      assert.equal(selectAll('[style]', aside).length, 0);
      assert.doesNotMatch(toText(aside), /\[!/);
    }
    assert.equal(selectAll('blockquote', body(id)).length, 1, `${id}: the ordinary quote stays a quote`);
  }
});

test('the same Markdown renders the same in .md and .mdx', () => {
  const [md, mdx] = POSTS.map((id) => toHtml(body(id)).replace(/>\s+</g, '><'));
  assert.equal(mdx, md);
});

test('feeds carry each callout as a quote starting with its label in bold', () => {
  const items = contentByLink(readBuilt(DIST_FIXTURES, 'rss.xml'));
  for (const id of POSTS) {
    const content = fromHtml(items.get(urlIn(DIST_FIXTURES, postPath(id)))!, { fragment: true });
    const quotes = selectAll('blockquote', content);
    assert.deepEqual(
      quotes.slice(0, LABELS.length).map((quote) => toText(select(':scope > p:first-child > strong', quote) ?? quote).trim()),
      LABELS,
      id,
    );
    assert.equal(selectAll('aside, svg', content).length, 0);
  }
});
