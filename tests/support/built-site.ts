import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { FIXTURE_SITE_URL } from '../../src/build-variants.ts';
import { absoluteUrlOn, basePathOf, joinBase, stripBase } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { listSiteFiles } from '../../tools/quality/site-files.ts';

// Helpers for tests that read a finished build: dist/ holds the real blog,
// dist-fixtures/ the same site with the edge-case posts of tests/fixtures/posts.

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const DIST_FIXTURES = join(ROOT, 'dist-fixtures');
/** The URL dist/ was built for: the one src/site.config.ts gives. */
export const SITE_URL = site.url;
/** The URL dist-fixtures/ was built for: a project page, served under a path (see src/build-variants.ts). */
export const FIXTURES_SITE_URL = FIXTURE_SITE_URL;

function siteUrlOf(dir: string): string {
  if (dir === DIST) return SITE_URL;
  if (dir === DIST_FIXTURES) return FIXTURES_SITE_URL;
  throw new Error(`${dir} is neither dist/ nor dist-fixtures/: which site URL was it built for?`);
}

/** The absolute URL of a site path (`/posts/a.html`) in a build, e.g. `https://example.github.io/blog/posts/a.html`. */
export function urlIn(dir: string, path: string): string {
  return absoluteUrlOn(siteUrlOf(dir), path);
}

/** The address a build's pages link to for a site path, with the build's base path: `/blog/posts/a.html`. */
export function hrefIn(dir: string, path: string): string {
  return joinBase(basePathOf(siteUrlOf(dir)), path);
}

export interface BuiltPage {
  file: string;
  /** The address the page is served at, e.g. `/posts/x.html` or `/tags/aws/`. */
  path: string;
}

/** Every page of a build; Astro's redirect stubs (the old /tag/<tag> addresses) are not pages. */
export function builtHtmlPages(dir: string): BuiltPage[] {
  return listSiteFiles(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ file: join(dir, path), path: path.replace(/(^|\/)index\.html$/, '$1') }))
    .filter((page) => !isRedirect(readFileSync(page.file, 'utf8')));
}

export function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** The built file a URL of the build's site (absolute, or root-relative like a page's href) is served from. */
export function fileForUrl(dir: string, url: string): string {
  const { pathname } = new URL(url, urlIn(dir, '/'));
  const path = stripBase(basePathOf(siteUrlOf(dir)), decodeURIComponent(pathname));
  if (path === undefined) throw new Error(`${url} lies outside the site ${siteUrlOf(dir)} that ${relative(ROOT, dir)} was built for`);
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

export function readBuilt(dir: string, path: string): string {
  const file = join(dir, path);
  if (!existsSync(file)) throw new Error(`${relative(ROOT, file)} was not built`);
  return readFileSync(file, 'utf8');
}

export function htmlTree(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

export function metaContent(tree: Root, selector: string): string | undefined {
  const element = select(selector, tree);
  const value = element?.properties.content ?? element?.properties.href;
  return value === undefined ? undefined : String(value);
}

export function jsonLdBlocks(tree: Root): unknown[] {
  return selectAll('script[type="application/ld+json"]', tree).map((script: Element) =>
    JSON.parse(script.children.map((child) => ('value' in child ? child.value : '')).join('')),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: front matter holds whatever YAML the author wrote; each test reads the fields it checks
export function frontMatter(file: string): Record<string, any> {
  const parsed = parseFrontMatter(readFileSync(file, 'utf8'));
  if (!parsed) throw new Error(`${file}: no readable front matter`);
  return parsed.data;
}

export interface SourcePostFacts {
  file: string;
  slug: string;
  title: string;
  draft: boolean;
  /** Dated after now, so a production build leaves it out like a draft. */
  scheduled: boolean;
  /** Neither a draft nor scheduled: a production build shows it. */
  published: boolean;
  tags: string[];
  comments: boolean;
}

/** Whether a front matter date (YAML leaves it a string, or makes it a Date) lies after now. */
export function isDatedAfterNow(pubDate: unknown): boolean {
  return new Date(pubDate instanceof Date ? pubDate : String(pubDate)).getTime() > Date.now();
}

/** The posts of a content folder (relative to the project), as their front matter describes them. */
export function postsIn(folder: string): SourcePostFacts[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const data = frontMatter(join(dir, name));
      const draft = data.draft === true;
      const scheduled = isDatedAfterNow(data.pubDate);
      return {
        file: name,
        slug: name.replace(/\.mdx?$/, ''),
        title: String(data.title),
        draft,
        scheduled,
        published: !draft && !scheduled,
        tags: data.tags ?? [],
        comments: data.comments !== false,
      };
    });
}

/** The edge-case posts that only the fixture build (dist-fixtures/) holds. */
export function fixturePosts(): SourcePostFacts[] {
  return postsIn('tests/fixtures/posts');
}
