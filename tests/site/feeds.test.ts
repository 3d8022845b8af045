// The built feeds, read with a real feed parser: what a subscriber's reader will see.
// Runs against dist/ (the blog's posts, whatever they are) and dist-fixtures/ (awkward
// title, draft, MDX islands). The migration's promises are checked on the imported posts,
// found by the old feed's entry ids and links, however many other posts exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { DIST, DIST_FIXTURES, fileForUrl, fixturePosts, frontMatter, hrefIn, readBuilt, ROOT, SITE_URL, urlIn } from '../support/built-site.ts';
import { site } from '../../src/site.config.ts';
import { POSTS_DIR, postPath, publishedPosts } from '../support/content.ts';
import { parseXml } from '../support/xml.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rendered post body on the built page a feed item links to. */
function postBody(link: string): Element {
  const body = select('.post-body', fromHtml(readFileSync(fileForUrl(DIST, link), 'utf8')));
  assert.ok(body, `${link} has a .post-body`);
  return body;
}

interface OldEntry {
  id: string;
  link: string;
  html: string;
}

/** The entries of the old Jekyll site's Atom feed, read with a plain XML parser. */
function oldEntries(): OldEntry[] {
  const feed = parseXml(readFileSync(join(ROOT, 'content/seed-feed.atom.xml'), 'utf8'), 'the old feed');
  return Array.from(feed.getElementsByTagName('entry')).map((entry) => ({
    id: entry.getElementsByTagName('id')[0]!.textContent!,
    link: entry.getElementsByTagName('link')[0]!.getAttribute('href')!,
    html: entry.getElementsByTagName('content')[0]!.textContent!,
  }));
}

function readFeed(dir: string, path: string) {
  const xml = readBuilt(dir, path);
  parseXml(xml, path);
  return { xml, feed: parseFeed(xml) };
}

/** Every URL an HTML fragment points at, in any attribute that holds one. */
function urlsIn(html: Root): string[] {
  const urls: string[] = [];
  for (const element of selectAll('[href], [src], [srcset], [poster], [cite], [action], [data]', html)) {
    const { href, src, srcSet, poster, cite, action, data } = element.properties;
    for (const value of [href, src, poster, cite, action, data]) if (typeof value === 'string') urls.push(value);
    if (typeof srcSet === 'string') urls.push(...srcSet.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls;
}

function isAbsolute(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Each item's HTML content by its link, read with a strict XML parser: the feed parser
 * decodes entities once more than XML does, which turns `&lt;/br&gt;` shown as text
 * in a post into a tag.
 */
function contentByLink(xml: string): Map<string, string> {
  const doc = parseXml(xml);
  const items = [...Array.from(doc.getElementsByTagName('item')), ...Array.from(doc.getElementsByTagName('entry'))];
  return new Map(
    items.map((item) => {
      const link = item.getElementsByTagName('link')[0]!;
      const content = item.getElementsByTagName('content:encoded')[0] ?? item.getElementsByTagName('content')[0];
      return [link.getAttribute('href') ?? link.textContent!, content?.textContent ?? ''];
    }),
  );
}

const posts = publishedPosts();
const old = oldEntries();
const oldIdByLink = new Map(old.map((entry) => [entry.link, entry.id]));
// Each feed carries the newest posts, up to the site's limit.
const feedPosts = posts.slice(0, site.feedItems);
const expectedUrls = feedPosts.map((post) => urlIn(DIST, postPath(post.id)));
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('/rss.xml', () => {
  const { xml, feed } = readFeed(DIST, 'rss.xml');
  const doc = parseXml(xml);

  test('lists the newest published posts once, newest first', () => {
    assert.deepEqual(feed.items.map((item) => item.url), expectedUrls);
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  });

  test("uses the old site's ids as guids for imported posts, and the post's URL for new ones", () => {
    for (const item of feed.items) assert.equal(item.id, oldIdByLink.get(item.url!) ?? item.url, item.url!);
  });

  test('describes the channel: title, description, link, language, last build, self link', () => {
    assert.equal(feed.title, site.title);
    assert.ok(feed.description && feed.description.length > 20);
    assert.equal(feed.url, urlIn(DIST, '/'));
    assert.equal(feed.language, site.locale);
    assert.equal(feed.self, urlIn(DIST, '/rss.xml'));
    const lastBuild = doc.getElementsByTagName('lastBuildDate')[0]?.textContent ?? '';
    assert.match(lastBuild, RFC_822);
    assert.equal(new Date(lastBuild).toISOString().slice(0, 10), posts[0]!.pubDate);
  });

  test('dates every item by its publication day in RFC 822', () => {
    const dates = Array.from(doc.getElementsByTagName('item')).map((item) => item.getElementsByTagName('pubDate')[0]!.textContent!);
    for (const [index, date] of dates.entries()) {
      assert.match(date, RFC_822);
      assert.equal(new Date(date).toISOString().slice(0, 10), posts[index]!.pubDate, posts[index]!.id);
    }
  });

  test("lists each post's tags as categories", () => {
    for (const [index, item] of feed.items.entries()) {
      const { tags } = frontMatter(join(POSTS_DIR, posts[index]!.file));
      assert.deepEqual(item.categories.map((category) => category.term), tags, posts[index]!.id);
    }
  });
});

describe('/atom.xml', () => {
  const { feed } = readFeed(DIST, 'atom.xml');

  test('lists the newest published posts once, newest first', () => {
    assert.deepEqual(feed.items.map((item) => item.url), expectedUrls);
  });

  test("keeps the old feed's entry ids and links exactly, so readers show no duplicates", () => {
    const imported = feed.items.filter((item) => oldIdByLink.has(item.url!));
    assert.ok(imported.length > 0, 'the feed carries imported posts');
    for (const item of imported) assert.equal(item.id, oldIdByLink.get(item.url!), item.url!);
    // New posts are their own entries: no new id may collide with an old one.
    const oldIds = new Set(old.map((entry) => entry.id));
    for (const item of feed.items.filter((entry) => !oldIdByLink.has(entry.url!))) {
      assert.ok(!oldIds.has(item.id!), `${item.url} reuses an old id`);
    }
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  });

  test('keeps the old feed id and names the author, with valid dates', () => {
    const feedId = parseXml(readBuilt(DIST, 'atom.xml'), 'atom.xml').documentElement!.getElementsByTagName('id')[0]?.textContent;
    assert.equal(feedId, site.oldFeedId ?? SITE_URL);
    assert.equal(feed.self, urlIn(DIST, '/atom.xml'));
    assert.deepEqual(feed.authors.map((author) => author.name), [site.author.name]);
    assert.equal(feed.updated?.toISOString().slice(0, 10), posts[0]!.pubDate);
    for (const [index, item] of feed.items.entries()) {
      assert.equal(item.published?.toISOString().slice(0, 10), posts[index]!.pubDate, posts[index]!.id);
      assert.ok(item.updated && item.updated >= item.published!, `${posts[index]!.id} updated before it was published`);
    }
  });
});

for (const path of ['rss.xml', 'atom.xml']) {
  describe(`full content of /${path}`, () => {
    const { xml, feed } = readFeed(DIST, path);
    const contents = contentByLink(xml);
    const oldByLink = new Map(old.map((entry) => [entry.link, entry]));

    test('holds every paragraph, list item, cell, caption and quote of each imported post', () => {
      const imported = [...contents].filter(([link]) => oldByLink.has(link));
      assert.ok(imported.length > 0, 'the feed carries imported posts');
      for (const [link, content] of imported) {
        const text = squash(toText(fromHtml(content, { fragment: true })));
        // Units holding a <pre> are code blocks, whose old line-number gutter is gone on purpose.
        const units = selectAll('p, li, td, th, figcaption, blockquote, h2, h3, h4', fromHtml(oldByLink.get(link)!.html, { fragment: true }))
          .filter((unit) => !select('pre', unit));
        assert.ok(units.length > 0);
        for (const unit of units) {
          const unitText = squash(toText(unit));
          assert.ok(text.includes(unitText), `${link} lacks "${unitText.slice(0, 80)}"`);
        }
      }
      assert.ok(feed.items.every((item) => item.content), 'the feed parser finds content in every item');
    });

    test('has no relative URL in any item', () => {
      let checked = 0;
      for (const [link, content] of contents) {
        for (const url of urlsIn(fromHtml(content, { fragment: true }))) {
          assert.ok(isAbsolute(url), `${link} holds the relative URL "${url}"`);
          checked += 1;
        }
      }
      assert.ok(checked > 100, `only ${checked} URLs found`);
    });

    test("leaves the page's UI out of every item: copy buttons, heading anchors, focus stops, image paths, theme variables", () => {
      assert.equal(contents.size, feedPosts.length);
      for (const [link, content] of contents) {
        const html = fromHtml(content, { fragment: true });
        const leftover = (what: string, selector: string) => assert.equal(selectAll(selector, html).length, 0, `${link} holds ${what}`);
        leftover('a <button>', 'button');
        leftover('a code header', '.code-header, .code-language, .copy-status, [role=status]');
        leftover('a heading anchor', '.heading-anchor');
        leftover('a data-src', '[data-src]');
        leftover('a tabindex', '[tabindex]');
        leftover('a missing-image box', '.missing-image, [role=img]');
        const shiki = selectAll('[style]', html).filter((element) => String(element.properties.style).includes('--shiki'));
        assert.equal(shiki.length, 0, `${link} holds --shiki styles`);
      }
    });

    test("keeps each post's code blocks exactly as its page shows them", () => {
      let blocks = 0;
      for (const [link, content] of contents) {
        const pageCode = selectAll('pre', postBody(link)).map((pre) => toText(pre, { whitespace: 'pre' }));
        const feedCode = selectAll('pre', fromHtml(content, { fragment: true })).map((pre) => toText(pre, { whitespace: 'pre' }));
        assert.deepEqual(feedCode, pageCode, link);
        blocks += feedCode.length;
      }
      assert.ok(blocks > 50, `only ${blocks} code blocks found`);
    });

    test('shows each missing image as its name in text, keeping figure captions', () => {
      let missing = 0;
      for (const [link, content] of contents) {
        const html = fromHtml(content, { fragment: true });
        const notes = selectAll('em', html).filter((em) => toText(em).startsWith('Image not available'));
        for (const note of notes) assert.match(toText(note), /^Image not available(: \S|$)/, link);
        missing += notes.length;
        const captions = (tree: Root | Element) => selectAll('figure > figcaption', tree).map((caption) => squash(toText(caption)));
        assert.deepEqual(captions(html), captions(postBody(link)), `${link}: figure captions`);
      }
      assert.ok(missing > 10, `only ${missing} missing images found`);
    });

    test('opens as a styled page through the XSLT stylesheet, which exists', () => {
      assert.ok(readBuilt(DIST, path).includes(`<?xml-stylesheet href="${hrefIn(DIST, '/feed.xsl')}" type="text/xsl"?>`));
      parseXml(readBuilt(DIST, 'feed.xsl'), 'feed.xsl');
    });
  });
}

describe('/tags/<tag>/rss.xml', () => {
  const tagged = new Map<string, string[]>();
  for (const post of posts) {
    for (const tag of frontMatter(join(POSTS_DIR, post.file)).tags as string[]) {
      tagged.set(tag, [...(tagged.get(tag) ?? []), urlIn(DIST, postPath(post.id))]);
    }
  }

  test('exists for every tag and lists the newest posts with that tag, newest first', () => {
    assert.ok(tagged.size > 5);
    for (const [tag, urls] of tagged) {
      const { feed } = readFeed(DIST, `tags/${tag}/rss.xml`);
      assert.deepEqual(feed.items.map((item) => item.url), urls.slice(0, site.feedItems), tag);
      assert.equal(feed.self, urlIn(DIST, `/tags/${tag}/rss.xml`));
      // The channel links to the tag's page, which exists.
      assert.equal(feed.url, urlIn(DIST, `/tags/${tag}/`), tag);
      readBuilt(DIST, `tags/${tag}/index.html`);
      assert.match(feed.title!, new RegExp(tag));
      assert.ok(feed.items.every((item) => item.content && item.content.length > item.description!.length), `${tag}: full content`);
    }
  });
});

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
    const mdx = fixtures.find((post) => post.file.endsWith('.mdx'));
    assert.ok(mdx, 'tests/fixtures/posts has an MDX fixture');
    for (const path of ['rss.xml', 'atom.xml']) {
      const content = fromHtml(contentByLink(readBuilt(DIST_FIXTURES, path)).get(urlIn(DIST_FIXTURES, `/posts/${mdx.slug}.html`)) ?? '', { fragment: true });
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
        assert.ok(!feed.items.some((item) => item.url?.includes(`/posts/${draft.slug}`) || item.title === draft.title), `${path} lists ${draft.slug}`);
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
