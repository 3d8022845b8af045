// The built feeds, read with a real feed parser: what a subscriber's reader will see, over
// dist/ (the blog's posts, whatever they are). The migration's promises are checked on the
// imported posts, found by their legacyId in the old feed, however many other posts exist.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { site } from '../../src/site.config.ts';
import { DIST, SITE_URL, frontMatter, readBuilt, urlIn } from '../support/built-site.ts';
import { POSTS_DIR, postPath, publishedPosts } from '../support/content.ts';
import { oldEntries, oldEntryByUrl, readFeed } from '../support/feeds.ts';
import { parseXml } from '../support/xml.ts';

const posts = publishedPosts();
const old = oldEntries();
const oldEntry = oldEntryByUrl(DIST);
// Where the site still lives at the old address, the old links themselves must hold.
const atOldAddress = (link: string) => new URL(link).origin === new URL(SITE_URL).origin;
// Each feed carries the newest posts, up to the site's limit.
const feedPosts = posts.slice(0, site.feedItems);
const expectedUrls = feedPosts.map((post) => urlIn(DIST, postPath(post.id)));
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('/rss.xml', () => {
  const { xml, feed } = readFeed(DIST, 'rss.xml');
  const doc = parseXml(xml);

  test('lists the newest published posts once, newest first', () => {
    assert.deepEqual(
      feed.items.map((item) => item.url),
      expectedUrls,
    );
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  });

  test("uses the old site's ids as guids for imported posts, and the post's URL for new ones", () => {
    for (const item of feed.items) assert.equal(item.id, oldEntry.get(item.url!)?.id ?? item.url, item.url!);
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
      assert.deepEqual(
        item.categories.map((category) => category.term),
        tags,
        posts[index]!.id,
      );
    }
  });
});

describe('/atom.xml', () => {
  const { feed } = readFeed(DIST, 'atom.xml');

  test('lists the newest published posts once, newest first', () => {
    assert.deepEqual(
      feed.items.map((item) => item.url),
      expectedUrls,
    );
  });

  test("keeps the old feed's entry ids and links exactly, so readers show no duplicates", () => {
    const imported = feed.items.filter((item) => oldEntry.has(item.url!));
    for (const item of imported) {
      const entry = oldEntry.get(item.url!)!;
      assert.equal(item.id, entry.id, item.url!);
      if (atOldAddress(entry.link)) assert.equal(item.url, entry.link, entry.id);
    }
    // New posts are their own entries: no new id may collide with an old one.
    const oldIds = new Set(old.map((entry) => entry.id));
    for (const item of feed.items.filter((entry) => !oldEntry.has(entry.url!))) {
      assert.ok(!oldIds.has(item.id!), `${item.url} reuses an old id`);
    }
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  });

  test('keeps the old feed id and names the author, with valid dates', () => {
    const feedId = parseXml(readBuilt(DIST, 'atom.xml'), 'atom.xml').documentElement!.getElementsByTagName('id')[0]?.textContent;
    assert.equal(feedId, site.oldFeedId ?? SITE_URL);
    assert.equal(feed.self, urlIn(DIST, '/atom.xml'));
    assert.deepEqual(
      feed.authors.map((author) => author.name),
      [site.author.name],
    );
    assert.equal(feed.updated?.toISOString().slice(0, 10), posts[0]!.pubDate);
    for (const [index, item] of feed.items.entries()) {
      assert.equal(item.published?.toISOString().slice(0, 10), posts[index]!.pubDate, posts[index]!.id);
      assert.ok(item.updated && item.updated >= item.published!, `${posts[index]!.id} updated before it was published`);
    }
  });
});

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
      assert.deepEqual(
        feed.items.map((item) => item.url),
        urls.slice(0, site.feedItems),
        tag,
      );
      assert.equal(feed.self, urlIn(DIST, `/tags/${tag}/rss.xml`));
      // The channel links to the tag's page, which exists.
      assert.equal(feed.url, urlIn(DIST, `/tags/${tag}/`), tag);
      readBuilt(DIST, `tags/${tag}/index.html`);
      assert.match(feed.title!, new RegExp(tag));
      assert.ok(
        feed.items.every((item) => item.content?.trim()),
        `${tag}: full content`,
      );
    }
  });
});
