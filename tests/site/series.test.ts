// Series as readers meet them: every part of a series says which part it is and lists the
// others, the series has its page and its feed. The blog's own series are checked from their
// front matter; ordering, drafts and parts sharing a day from the fixture series of dist-fixtures/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, DIST_FIXTURES, fileForUrl, hrefIn, htmlTree, jsonLdBlocks, readBuilt, urlIn } from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';
import { parseXml } from '../support/xml.ts';

const pageOf = (dir: string, path: string) => htmlTree(fileForUrl(dir, urlIn(dir, path)));
const hrefs = (tree: Root | Element, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));
const itemLinks = (xml: string) =>
  Array.from(parseXml(xml).getElementsByTagName('item'), (item) => item.getElementsByTagName('link')[0]?.textContent);
const squash = (node: Root | Element) => toText(node).replace(/\s+/g, ' ').trim();

/** What a part's page shows of its series: the "Part n of m" line, the listed parts, the marked one. */
function seriesBox(tree: Root) {
  const box = select('article header nav.series', tree);
  assert.ok(box, 'the post shows its series near its top');
  return {
    title: squash(select('.series-title', box)!),
    seriesHref: String(select('.series-title a', box)!.properties.href),
    parts: hrefs(box, 'ol a'),
    current: hrefs(box, 'ol a[aria-current="page"]'),
  };
}

/** The link that comes first after the post, before the date-ordered neighbours. */
const firstLinkAfterPost = (tree: Root) => hrefs(tree, '.post-after a')[0];

describe("the blog's series, as their front matter names them", () => {
  const inSeries = publishedPosts().filter((post) => post.series);
  const byName = Map.groupBy(inSeries, (post) => post.series!);

  for (const [name, parts] of byName) {
    test(`every part of “${name}” lists the same parts, itself marked, with its number`, () => {
      const boxes = parts.map((post) => ({ post, box: seriesBox(pageOf(DIST, postPath(post.id))) }));
      const order = boxes[0]!.box.parts;
      assert.deepEqual(new Set(order), new Set(parts.map((post) => hrefIn(DIST, postPath(post.id)))));
      for (const { post, box } of boxes) {
        const href = hrefIn(DIST, postPath(post.id));
        assert.deepEqual(box.parts, order, `${post.id} lists the parts in the same order`);
        assert.deepEqual(box.current, [href]);
        assert.equal(box.title, `Part ${order.indexOf(href) + 1} of ${parts.length} in ${name}`);
        const next = order[order.indexOf(href) + 1];
        if (next) assert.equal(firstLinkAfterPost(pageOf(DIST, postPath(post.id))), next, `${post.id}: the next part comes first`);
      }
      const seriesPage = pageOf(DIST, boxes[0]!.box.seriesHref);
      assert.equal(squash(select('h1', seriesPage)!), name);
      assert.deepEqual(hrefs(seriesPage, '.post-list .post-card-title a'), order);
    });
  }

  test('/series/ lists every series with its parts', () => {
    const index = pageOf(DIST, '/series/');
    assert.deepEqual(new Set(selectAll('.series-card h2', index).map(squash)), new Set(byName.keys()));
    assert.equal(selectAll('.series-card li a', index).length, inSeries.length);
  });
});

describe('the fixture series: a draft part, two parts of one day placed by seriesOrder', () => {
  const parts = ['series-fixture-opening', 'series-fixture-same-day-b', 'series-fixture-same-day-a'];
  const partHrefs = parts.map((id) => hrefIn(DIST_FIXTURES, postPath(id)));

  test('its page lists the published parts in reading order, with their descriptions, and not the draft', () => {
    const page = pageOf(DIST_FIXTURES, '/series/fixture-series/');
    assert.deepEqual(hrefs(page, '.post-list .post-card-title a'), partHrefs);
    assert.deepEqual(selectAll('.post-card-part', page).map(squash), ['Part 1', 'Part 2', 'Part 3']);
    assert.equal(selectAll('.post-card-description', page).length, 3);
    assert.doesNotMatch(readBuilt(DIST_FIXTURES, 'series/fixture-series/index.html'), /series-fixture-draft|still in draft/);
  });

  test('each part counts only the published parts and says which it is', () => {
    for (const [index, id] of parts.entries()) {
      const tree = pageOf(DIST_FIXTURES, postPath(id));
      const box = seriesBox(tree);
      assert.equal(box.title, `Part ${index + 1} of 3 in Fixture series`);
      assert.deepEqual(box.parts, partHrefs);
      const next = partHrefs[index + 1];
      if (next) assert.equal(firstLinkAfterPost(tree), next);
      else assert.equal(select('.series-next', tree), undefined, 'the last part names no next part');
    }
  });

  test('structured data says each part is part of the series', () => {
    const [posting] = jsonLdBlocks(pageOf(DIST_FIXTURES, postPath(parts[1]!))) as Record<string, unknown>[];
    assert.equal(posting!.position, 2);
    assert.deepEqual(posting!.isPartOf, {
      '@type': 'CreativeWorkSeries',
      name: 'Fixture series',
      url: urlIn(DIST_FIXTURES, '/series/fixture-series/'),
    });
  });

  test('has its own feed, announced by its page, carrying the published parts', () => {
    const page = pageOf(DIST_FIXTURES, '/series/fixture-series/');
    const feedHref = hrefs(page, 'link[rel="alternate"][type="application/rss+xml"]').find((href) => href.includes('/series/'));
    assert.equal(feedHref, hrefIn(DIST_FIXTURES, '/series/fixture-series/rss.xml'));
    const links = itemLinks(readBuilt(DIST_FIXTURES, 'series/fixture-series/rss.xml'));
    assert.deepEqual(new Set(links), new Set(parts.map((id) => urlIn(DIST_FIXTURES, postPath(id)))));
  });
});
