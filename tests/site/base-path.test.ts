// The fixture build serves the site under a path, as a GitHub project page does
// (https://example.github.io/blog, see src/build-variants.ts). Every address it writes, in pages,
// feeds, the sitemap, robots.txt and _headers, has to keep that path and lead to a built file.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import {
  builtHtmlPages,
  DIST_FIXTURES,
  fileForUrl,
  FIXTURES_SITE_URL,
  frontMatter,
  hrefIn,
  jsonLdBlocks,
  readBuilt,
  ROOT,
  urlIn,
} from '../support/built-site.ts';
import { parseXml } from '../support/xml.ts';

const dir = DIST_FIXTURES;
const base = hrefIn(dir, '/');
const home = urlIn(dir, '/');
const origin = new URL(home).origin;
// Every page's HTML by its address; whether each link resolves is `npm run check:links -- dist-fixtures`'s job.
const pages = new Map(builtHtmlPages(dir).map((page) => [page.path, readFileSync(page.file, 'utf8')]));

/** Each URL a page links, loads or submits to, with the attribute that holds it. */
function linksIn(html: string): { source: string; url: string }[] {
  const links: { source: string; url: string }[] = [];
  for (const element of selectAll('[href], [src], [srcset], [action]', fromHtml(html))) {
    const { href, src, srcSet, action } = element.properties;
    for (const [name, value] of Object.entries({ href, src, action })) {
      if (typeof value === 'string') links.push({ source: `<${element.tagName} ${name}>`, url: value });
    }
    if (typeof srcSet === 'string') {
      for (const candidate of srcSet.split(','))
        links.push({ source: `<${element.tagName} srcset>`, url: candidate.trim().split(/\s+/)[0]! });
    }
  }
  return links;
}

test('the fixture build is served under a path', () => {
  assert.notEqual(base, '/', `${FIXTURES_SITE_URL} has no path to prove anything with`);
});

/** Whether a URL written in the build leaves the site, or stays on it under the base path. */
function keepsBase(url: string): boolean {
  if (url.startsWith('#') || url.startsWith(base) || url.startsWith(home)) return true;
  return new URL(url, home).origin !== origin;
}

/** Every absolute URL in a JSON-LD block, however deep. */
function jsonLdUrls(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonLdUrls);
  return [];
}

describe('pages of the fixture build', () => {
  test(`link, load and submit only under ${base}: href, src, srcset, action`, () => {
    for (const [page, html] of pages) {
      for (const link of linksIn(html)) assert.ok(keepsBase(link.url), `${page}: ${link.source} "${link.url}"`);
    }
  });

  test('give canonical, OpenGraph and JSON-LD URLs under the base path', () => {
    let checked = 0;
    for (const [page, html] of pages) {
      const tree = fromHtml(html);
      const metaUrls = selectAll('meta[property="og:url"], meta[property="og:image"]', tree).map((meta) => String(meta.properties.content));
      for (const url of [...metaUrls, ...jsonLdBlocks(tree).flatMap(jsonLdUrls)]) {
        if (new URL(url).origin !== origin) continue;
        assert.ok(url.startsWith(home), `${page}: ${url}`);
        assert.ok(existsSync(fileForUrl(dir, url)), `${page}: ${url} was not built`);
        checked++;
      }
    }
    assert.ok(checked > 0);
  });

  test("redirect the old /tag/<tag> addresses to the tag's page under the base path", () => {
    const stubs = readdirSync(join(dir, 'tag'));
    assert.ok(stubs.length > 0);
    for (const tag of stubs) {
      const html = readBuilt(dir, `tag/${tag}/index.html`);
      const target = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];
      assert.equal(target, hrefIn(dir, `/tags/${tag}/`), tag);
      assert.ok(existsSync(fileForUrl(dir, target)), `${target} was not built`);
    }
  });
});

describe('feeds of the fixture build', () => {
  const feeds = [
    'rss.xml',
    'atom.xml',
    ...readdirSync(join(dir, 'tags'))
      .filter((tag) => existsSync(join(dir, 'tags', tag, 'rss.xml')))
      .map((tag) => `tags/${tag}/rss.xml`),
  ];
  const legacyIds = new Map(
    readdirSync(join(ROOT, 'content/posts'))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => [file.replace(/\.mdx?$/, ''), frontMatter(join(ROOT, 'content/posts', file)).legacyId as string | undefined]),
  );

  test('are styled by the feed.xsl of the build', () => {
    for (const feed of feeds) {
      const stylesheet = /<\?xml-stylesheet href="([^"]+)"/.exec(readBuilt(dir, feed))?.[1];
      assert.equal(stylesheet, hrefIn(dir, '/feed.xsl'), feed);
      assert.ok(existsSync(fileForUrl(dir, stylesheet)), feed);
    }
  });

  test('link the channel, themselves, every post and every URL in the posts under the base path', () => {
    for (const feed of feeds) {
      const doc = parseXml(readBuilt(dir, feed), feed);
      const urls = [
        ...Array.from(doc.getElementsByTagName('link')).map((link) => link.getAttribute('href') || link.textContent!),
        ...Array.from(doc.getElementsByTagName('atom:link')).map((link) => link.getAttribute('href')!),
      ];
      for (const content of [
        ...Array.from(doc.getElementsByTagName('content:encoded')),
        ...Array.from(doc.getElementsByTagName('content')),
      ]) {
        for (const link of linksIn(content.textContent ?? '')) {
          assert.ok(/^(https?|mailto):/.test(link.url), `${feed}: ${link.url} in a post is not absolute`);
          urls.push(link.url);
        }
      }
      assert.ok(urls.length > 0, feed);
      for (const url of urls.filter((url) => new URL(url).origin === origin)) {
        assert.ok(url.startsWith(home), `${feed}: ${url}`);
        assert.ok(existsSync(fileForUrl(dir, url)), `${feed}: ${url} was not built`);
      }
    }
  });

  test("keep the old site's ids for imported posts and give new posts their URL under the base path", () => {
    const doc = parseXml(readBuilt(dir, 'atom.xml'), 'atom.xml');
    for (const entry of Array.from(doc.getElementsByTagName('entry'))) {
      const link = entry.getElementsByTagName('link')[0]!.getAttribute('href')!;
      const slug = /\/posts\/([^/]+)\.html$/.exec(link)![1]!;
      assert.equal(entry.getElementsByTagName('id')[0]!.textContent, legacyIds.get(slug) ?? urlIn(dir, `/posts/${slug}.html`), slug);
    }
  });
});

describe('crawlers and hosts of the fixture build', () => {
  test('robots.txt names the sitemap index under the base path, and every sitemap entry is a built page there', () => {
    const index = /^Sitemap: (\S+)$/m.exec(readBuilt(dir, 'robots.txt'))?.[1];
    assert.equal(index, urlIn(dir, '/sitemap-index.xml'));
    const locs = (url: string) =>
      Array.from(parseXml(readFileSync(fileForUrl(dir, url), 'utf8'), url).getElementsByTagName('loc')).map((loc) =>
        loc.textContent!.trim(),
      );
    const pages = locs(index).flatMap(locs);
    assert.ok(pages.length > 0);
    for (const page of pages) {
      assert.ok(page.startsWith(home), page);
      const file = fileForUrl(dir, page);
      assert.ok(existsSync(file), `${page} was not built`);
    }
  });

  test('_headers caches the hashed /_astro/ files under the base path and secures the pages', () => {
    const rules = parseHeadersFile(readBuilt(dir, '_headers'), '_headers');
    const asset = readdirSync(join(dir, '_astro')).find((file) => file.endsWith('.js'))!;
    assert.equal(headersFor(rules, hrefIn(dir, `/_astro/${asset}`))['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(headersFor(rules, hrefIn(dir, '/posts/figure-fixture.html'))['content-security-policy']);
  });

  test('search loads the Pagefind bundle from under the base path', () => {
    const bundle = hrefIn(dir, '/pagefind/pagefind.js');
    assert.ok(existsSync(fileForUrl(dir, bundle)), `${bundle} was not built`);
    const searchScripts = readdirSync(join(dir, '_astro')).filter((file) =>
      readFileSync(join(dir, '_astro', file), 'utf8').includes('pagefind.js'),
    );
    assert.ok(searchScripts.length > 0, 'a script loads Pagefind');
    for (const file of searchScripts) {
      assert.ok(readFileSync(join(dir, '_astro', file), 'utf8').includes(bundle), `_astro/${file} loads Pagefind from elsewhere`);
    }
  });
});
