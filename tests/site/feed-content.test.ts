// The full post HTML that both feeds carry: every word of the old posts, absolute URLs, the page's one rendering.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { site } from '../../src/site.config.ts';
import { DIST, hrefIn, readBuilt } from '../support/built-site.ts';
import { publishedPosts } from '../support/content.ts';
import { contentByLink, isAbsolute, oldEntryByUrl, postBody, readFeed, squash, urlsIn } from '../support/feeds.ts';
import { parseXml } from '../support/xml.ts';

const posts = publishedPosts();
// Each feed carries the newest posts, up to the site's limit.
const feedPosts = posts.slice(0, site.feedItems);

for (const path of ['rss.xml', 'atom.xml']) {
  describe(`full content of /${path}`, () => {
    const { xml, feed } = readFeed(DIST, path);
    const contents = contentByLink(xml);
    const oldByLink = oldEntryByUrl(DIST);

    test('holds every paragraph, list item, cell, caption and quote of each imported post', () => {
      const imported = [...contents].filter(([link]) => oldByLink.has(link));
      for (const [link, content] of imported) {
        const text = squash(toText(fromHtml(content, { fragment: true })));
        // Units holding a <pre> are code blocks, whose old line-number gutter is gone on purpose.
        const units = selectAll(
          'p, li, td, th, figcaption, blockquote, h2, h3, h4',
          fromHtml(oldByLink.get(link)!.html, { fragment: true }),
        ).filter((unit) => !select('pre', unit));
        assert.ok(units.length > 0);
        for (const unit of units) {
          const unitText = squash(toText(unit));
          assert.ok(text.includes(unitText), `${link} lacks "${unitText.slice(0, 80)}"`);
        }
      }
      assert.ok(
        feed.items.every((item) => item.content),
        'the feed parser finds content in every item',
      );
    });

    test('has no relative URL in any item', () => {
      for (const [link, content] of contents) {
        const urls = urlsIn(fromHtml(content, { fragment: true }));
        // Every link and image of the post reaches the feed, made absolute.
        const onPage = urlsIn(postBody(link)).filter((url) => !url.startsWith('#'));
        assert.ok(urls.length >= onPage.length, `${link} lost URLs`);
        for (const url of urls) assert.ok(isAbsolute(url), `${link} holds the relative URL "${url}"`);
      }
    });

    test("carries the post's HTML as its page serves it, without the page's UI: copy buttons, heading links, styles", () => {
      assert.equal(contents.size, feedPosts.length);
      for (const [link, content] of contents) {
        const html = fromHtml(content, { fragment: true });
        const leftover = (what: string, selector: string) => assert.equal(selectAll(selector, html).length, 0, `${link} holds ${what}`);
        leftover('a <button>', 'button');
        leftover('a code header', '.code-header, .code-language, .copy-status, [role=status]');
        leftover('a heading link', '.heading-anchor, .heading');
        leftover('a style attribute', '[style]');
        const page = postBody(link);
        // Interactive islands are the one thing a feed shows differently (see islands.spec.ts).
        if (select('astro-island', page)) continue;
        const shape = (tree: Root) => selectAll('*', tree).map((element) => element.tagName);
        assert.deepEqual(shape(html), shape({ type: 'root', children: page.children }), `${link}: the feed item and the page differ`);
      }
    });

    test("keeps each post's code blocks exactly as its page shows them", () => {
      assert.ok(contents.size > 0);
      for (const [link, content] of contents) {
        const pageCode = selectAll('pre', postBody(link)).map((pre) => toText(pre, { whitespace: 'pre' }));
        const feedCode = selectAll('pre', fromHtml(content, { fragment: true })).map((pre) => toText(pre, { whitespace: 'pre' }));
        assert.deepEqual(feedCode, pageCode, link);
      }
    });

    test('shows each missing image as a sentence naming it, keeping figure captions', () => {
      for (const [link, content] of contents) {
        const html = fromHtml(content, { fragment: true });
        const boxes = selectAll('.missing-image', html);
        for (const box of boxes) assert.match(squash(toText(box)), /^Image not available(: \S|$)/, link);
        assert.equal(boxes.length, selectAll('.missing-image', postBody(link)).length, `${link}: missing images`);
        const captions = (tree: Root | Element) => selectAll('figure > figcaption', tree).map((caption) => squash(toText(caption)));
        assert.deepEqual(captions(html), captions(postBody(link)), `${link}: figure captions`);
      }
    });

    test('opens as a styled page through the XSLT stylesheet, which exists', () => {
      assert.ok(readBuilt(DIST, path).includes(`<?xml-stylesheet href="${hrefIn(DIST, '/feed.xsl')}" type="text/xsl"?>`));
      parseXml(readBuilt(DIST, 'feed.xsl'), 'feed.xsl');
    });
  });
}
