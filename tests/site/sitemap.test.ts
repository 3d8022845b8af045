// The sitemap and robots.txt that lead search engines to every page and to nothing else.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { builtHtmlPages, DIST, DIST_FIXTURES, fileForUrl, fixturePosts, readBuilt, urlIn } from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';
import { parseXml } from '../support/xml.ts';

/** Every <loc> of the sitemap index robots.txt names, and of the sitemaps it lists. */
function sitemapUrls(dir: string): string[] {
  const robots = readBuilt(dir, 'robots.txt');
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  assert.ok(index, 'robots.txt names a sitemap');
  const locs = (url: string) => {
    const file = fileForUrl(dir, url);
    assert.ok(existsSync(file), `${url} was not built`);
    return Array.from(parseXml(readBuilt(dir, file.slice(dir.length)), url).getElementsByTagName('loc')).map((loc) =>
      loc.textContent!.trim(),
    );
  };
  return locs(index).flatMap(locs);
}

describe('robots.txt', () => {
  test('allows crawling and names the sitemap index by its absolute URL', () => {
    const robots = readBuilt(DIST, 'robots.txt');
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /^Disallow: \/\s*$/m);
    assert.match(robots, new RegExp(`^Sitemap: ${RegExp.escape(urlIn(DIST, '/sitemap-index.xml'))}$`, 'm'));
  });
});

describe('the sitemap', () => {
  const urls = sitemapUrls(DIST);

  test('lists every published post at its real address', () => {
    for (const post of publishedPosts()) assert.ok(urls.includes(urlIn(DIST, postPath(post.id))), post.id);
  });

  test('lists every built page but the 404 page, and only pages that exist', () => {
    const pages = builtHtmlPages(DIST)
      .map((page) => urlIn(DIST, page.path))
      .filter((url) => !url.endsWith('/404.html'));
    assert.deepEqual([...urls].sort(), pages.sort());
    assert.equal(new Set(urls).size, urls.length);
  });
});

describe('the sitemap of the fixture build', () => {
  const urls = sitemapUrls(DIST_FIXTURES);
  const fixtures = fixturePosts();

  test('lists the published fixtures', () => {
    const awkward = fixtures.find((post) => post.title === AWKWARD_TITLE)!;
    assert.ok(urls.includes(urlIn(DIST_FIXTURES, `/posts/${awkward.slug}.html`)));
  });

  test('never lists a draft or a scheduled post', () => {
    const unpublished = fixtures.filter((post) => !post.published);
    assert.ok(unpublished.some((post) => post.draft) && unpublished.some((post) => post.scheduled));
    for (const post of unpublished) assert.ok(!urls.some((url) => url.includes(post.slug)), post.slug);
  });
});
