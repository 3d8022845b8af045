// What search engines and link previews read from every built page.
// Runs against dist/ (every page) and dist-fixtures/ (the awkward title fixture).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { expectedTitle } from '../support/titles.ts';
import {
  builtHtmlPages,
  DIST,
  DIST_FIXTURES,
  fileForUrl,
  fixturePosts,
  htmlTree,
  jsonLdBlocks,
  hrefIn,
  metaContent,
  urlIn,
} from '../support/built-site.ts';
import { postPath, publishedPosts } from '../support/content.ts';
import { pngSize } from '../support/png.ts';
import { site } from '../../src/site.config.ts';
import { descriptionProblem } from '../../src/lib/seo.ts';

const pages = builtHtmlPages(DIST);
const posts = publishedPosts();
const NOT_FOUND = '/404.html';

test('the build has the home page and every post page', () => {
  const paths = new Set(pages.map((page) => page.path));
  assert.ok(paths.has('/'));
  assert.ok(paths.has(NOT_FOUND));
  for (const post of posts) assert.ok(paths.has(postPath(post.id)), post.id);
});

test('every page has its own <title>', () => {
  const titles = pages.map((page) => toText(select('title', htmlTree(page.file))!));
  const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
  assert.deepEqual(repeated, []);
});

for (const page of pages) {
  describe(page.path, () => {
    const tree = htmlTree(page.file);
    const self = urlIn(DIST, page.path);
    const robots = selectAll('meta[name="robots"]', tree).map((meta) => String(meta.properties.content));

    if (page.path === NOT_FOUND) {
      // Served for any missing address: it is no page of its own to index or to name as canonical.
      test('is in English, kept out of search engines, with no canonical URL', () => {
        assert.equal(select('html', tree)?.properties.lang, site.locale);
        assert.deepEqual(robots, ['noindex']);
        assert.equal(selectAll('link[rel="canonical"]', tree).length, 0);
      });
    } else {
      test('is in English with an absolute canonical URL to itself, and may be indexed', () => {
        assert.equal(select('html', tree)?.properties.lang, site.locale);
        assert.equal(selectAll('link[rel="canonical"]', tree).length, 1);
        assert.equal(metaContent(tree, 'link[rel="canonical"]'), self);
        assert.deepEqual(robots, []);
      });
    }

    test('has a meta description of the length search engines show whole', () => {
      const description = metaContent(tree, 'meta[name="description"]') ?? '';
      assert.equal(descriptionProblem(description), undefined, description);
    });

    test('has OpenGraph and Twitter card tags with a 1200×630 image that exists', () => {
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image:alt']) {
        assert.ok(metaContent(tree, `meta[property="${property}"]`), property);
      }
      assert.equal(metaContent(tree, 'meta[property="og:url"]'), self);
      assert.equal(metaContent(tree, 'meta[property="og:description"]'), metaContent(tree, 'meta[name="description"]'));
      assert.equal(metaContent(tree, 'meta[name="twitter:card"]'), 'summary_large_image');
      assert.equal(metaContent(tree, 'meta[name="twitter:image:alt"]'), metaContent(tree, 'meta[property="og:image:alt"]'));
      const image = metaContent(tree, 'meta[property="og:image"]')!;
      assert.ok(image.startsWith(urlIn(DIST, '/')), image);
      const file = fileForUrl(DIST, image);
      assert.ok(existsSync(file), `${image} was not built`);
      assert.deepEqual(pngSize(readFileSync(file)), { width: 1200, height: 630 });
    });

    test('has JSON-LD that parses and points at this page', () => {
      const blocks = jsonLdBlocks(tree) as Record<string, unknown>[];
      assert.equal(blocks.length, 1);
      assert.equal(blocks[0]!['@context'], 'https://schema.org');
      assert.equal(blocks[0]!.url, self);
    });

    test('links its RSS and Atom feeds, which exist', () => {
      for (const type of ['application/rss+xml', 'application/atom+xml']) {
        const href = metaContent(tree, `link[rel="alternate"][type="${type}"]`);
        assert.ok(href, type);
        assert.ok(existsSync(fileForUrl(DIST, href)), `${href} was not built`);
      }
      const tag = /^\/tags\/([^/]+)\/$/.exec(page.path)?.[1];
      if (tag) {
        const href = selectAll('link[rel="alternate"][type="application/rss+xml"]', tree).map((link) => String(link.properties.href));
        assert.ok(href.includes(hrefIn(DIST, `/tags/${tag}/rss.xml`)), `the tag page of ${tag} announces its feed`);
      }
    });
  });
}

describe('post pages', () => {
  for (const post of posts) {
    test(`${post.id} is a BlogPosting with its own social card`, () => {
      const tree = htmlTree(fileForUrl(DIST, urlIn(DIST, postPath(post.id))));
      const url = urlIn(DIST, `/posts/${post.id}.html`);
      const card = urlIn(DIST, `/social-cards/posts/${post.id}.png`);
      assert.equal(metaContent(tree, 'link[rel="canonical"]'), url);
      assert.equal(metaContent(tree, 'meta[property="og:type"]'), 'article');
      assert.equal(metaContent(tree, 'meta[property="og:title"]'), post.title);
      assert.equal(metaContent(tree, 'meta[property="og:image"]'), card);
      const [posting] = jsonLdBlocks(tree) as {
        '@type': string;
        headline: string;
        description: string;
        datePublished: string;
        dateModified: string;
        author: { name: string };
        url: string;
        image: string;
      }[];
      assert.equal(posting!['@type'], 'BlogPosting');
      assert.equal(posting!.headline, post.title);
      assert.equal(posting!.description, metaContent(tree, 'meta[name="description"]'));
      assert.equal(posting!.datePublished.slice(0, 10), post.pubDate);
      assert.ok(posting!.dateModified >= posting!.datePublished);
      assert.equal(posting!.author.name, site.author.name);
      assert.equal(posting!.url, url);
      assert.equal(posting!.image, card);
    });
  }
});

test('pages other than posts share the site card', () => {
  const others = pages.filter((page) => !page.path.startsWith('/posts/'));
  assert.ok(others.length > 0);
  for (const page of others) {
    assert.equal(metaContent(htmlTree(page.file), 'meta[property="og:image"]'), urlIn(DIST, '/social-cards/site.png'), page.path);
  }
});

test('fixture posts keep their whole title in <title>, followed by the site name only when it fits', () => {
  const published = fixturePosts().filter((post) => post.published);
  assert.ok(
    published.some((post) => post.title.length > 70),
    'a fixture has a title longer than search engines show',
  );
  for (const post of published) {
    const tree = htmlTree(fileForUrl(DIST_FIXTURES, urlIn(DIST_FIXTURES, `/posts/${post.slug}.html`)));
    assert.equal(toText(select('title', tree)!), expectedTitle(post.title), post.slug);
  }
});

describe('the awkward title fixture', () => {
  const fixture = fixturePosts().find((post) => post.title === AWKWARD_TITLE);
  const tree = htmlTree(fileForUrl(DIST_FIXTURES, urlIn(DIST_FIXTURES, `/posts/${fixture?.slug}.html`)));

  test('comes through <title>, OpenGraph (which X cards read too) and JSON-LD exactly', () => {
    assert.equal(toText(select('title', tree)!), expectedTitle(AWKWARD_TITLE));
    assert.equal(metaContent(tree, 'meta[property="og:title"]'), AWKWARD_TITLE);
    assert.equal((jsonLdBlocks(tree)[0] as Record<string, unknown>).headline, AWKWARD_TITLE);
  });

  test('cannot close the JSON-LD script early', () => {
    const source = readFileSync(fileForUrl(DIST_FIXTURES, urlIn(DIST_FIXTURES, `/posts/${fixture?.slug}.html`)), 'utf8');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(source)![1]!;
    assert.deepEqual(JSON.parse(script), jsonLdBlocks(tree)[0]);
    assert.ok(!script.includes('<'), 'a raw < in the JSON-LD');
  });

  test('has a 1200×630 social card', () => {
    assert.deepEqual(pngSize(readFileSync(fileForUrl(DIST_FIXTURES, urlIn(DIST_FIXTURES, `/social-cards/posts/${fixture?.slug}.png`)))), {
      width: 1200,
      height: 630,
    });
  });
});
