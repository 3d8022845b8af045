// Finds broken internal links, missing assets and #fragments without a target in a built
// site. Pure: it works on the site's files as a map, so tests can hand it tiny sites.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { basePathOf, joinBase, stripBase } from './urls.ts';

/** A built site: every file's path from the site root (`/posts/a.html`), and the text of each HTML page. */
export interface BuiltSite {
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, string>;
}

export interface LinkCheckOptions {
  /**
   * The site's public URL (`https://shipit.dev`, `https://user.github.io/blog`): absolute links
   * to it are checked like relative ones, and its path is where the built folder is served.
   */
  siteUrl: string;
}

export interface PageLink {
  url: string;
  /** `a[href]`, `img[src]`… so a report says which markup to fix. */
  source: string;
}

export interface BrokenLink {
  page: string;
  url: string;
  source: string;
  reason: string;
}

export interface LinkReport {
  broken: BrokenLink[];
  checked: number;
}

// Attributes holding one URL the browser fetches or navigates to.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

// These only warm up a connection; their URL is a host, not a page.
const CONNECTION_HINTS = new Set(['preconnect', 'dns-prefetch']);

function stringValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value : undefined;
}

/** Every URL in a `srcset`: comma-separated candidates, each a URL then an optional `2x` or `640w`. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function extractLinks(html: string): PageLink[] {
  const tree: Root = fromHtml(html);
  const links: PageLink[] = [];
  visit(tree, 'element', (element: Element) => {
    const tag = element.tagName;
    if (tag === 'link' && stringValue(element.properties.rel)?.split(/\s+/).some((rel) => CONNECTION_HINTS.has(rel))) {
      return;
    }
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const value = stringValue(element.properties[attribute]);
      if (value !== undefined && value.trim() !== '') links.push({ url: value.trim(), source: `${tag}[${attribute}]` });
    }
    const srcset = stringValue(element.properties.srcSet);
    if (srcset) {
      for (const url of srcsetUrls(srcset)) links.push({ url, source: `${tag}[srcset]` });
    }
  });
  return links;
}

/** The fragments a page can be scrolled to: element ids and the old `<a name>` anchors. */
export function extractTargets(html: string): Set<string> {
  const tree: Root = fromHtml(html);
  const targets = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    const id = stringValue(element.properties.id);
    if (id) targets.add(id);
    const name = stringValue(element.properties.name);
    if (element.tagName === 'a' && name) targets.add(name);
  });
  return targets;
}

/**
 * The URL a build is served at, read from its home page's canonical link: the build knows
 * whether it was made for a site at the root of a host or under a path (a project page).
 */
export function siteUrlOfHome(html: string, file: string): string {
  let canonical: string | undefined;
  visit(fromHtml(html), 'element', (element: Element) => {
    if (element.tagName === 'link' && stringValue(element.properties.rel)?.split(/\s+/).includes('canonical')) {
      canonical ??= stringValue(element.properties.href);
    }
  });
  if (!canonical) throw new Error(`${file} has no <link rel="canonical">, which tells the site URL the build was made for`);
  return canonical;
}

/**
 * The file a static host serves for a path, or undefined. `/a/` serves `/a/index.html`;
 * `/a` serves `/a`, else `/a.html` (clean URLs), else `/a/index.html`: GitHub Pages,
 * Netlify and Cloudflare Pages all resolve these the same way.
 */
export function resolvePath(pathname: string, files: ReadonlySet<string>): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

function isHtml(path: string): boolean {
  return path.endsWith('.html');
}

export function checkLinks(site: BuiltSite, options: LinkCheckOptions): LinkReport {
  const publicOrigin = new URL(options.siteUrl).origin;
  const base = basePathOf(options.siteUrl);
  const targetsCache = new Map<string, Set<string>>();
  const targetsOf = (path: string) => {
    let targets = targetsCache.get(path);
    if (!targets) {
      targets = extractTargets(site.pages.get(path) ?? '');
      targetsCache.set(path, targets);
    }
    return targets;
  };

  const report: LinkReport = { broken: [], checked: 0 };
  for (const [page, html] of site.pages) {
    for (const link of extractLinks(html)) {
      let url: URL;
      try {
        url = new URL(link.url, `${publicOrigin}${joinBase(base, page)}`);
      } catch {
        report.broken.push({ page, ...link, reason: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== publicOrigin) continue;
      report.checked += 1;

      const builtPath = stripBase(base, url.pathname);
      if (builtPath === undefined) {
        report.broken.push({ page, ...link, reason: `${url.pathname} is outside the site's base path ${base}` });
        continue;
      }
      const target = resolvePath(builtPath, site.files);
      if (!target) {
        report.broken.push({ page, ...link, reason: `no file for ${url.pathname}` });
        continue;
      }
      const fragment = url.hash.slice(1);
      // `#top` scrolls to the top of any page, with or without such an id.
      if (!fragment || fragment === 'top' || !isHtml(target)) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!targetsOf(target).has(id)) {
        report.broken.push({ page, ...link, reason: `${target} has no element with id "${id}"` });
      }
    }
  }
  return report;
}

/** One line per problem, grouped by page, for the terminal. */
export function formatBroken(links: readonly BrokenLink[]): string {
  return links.map((link) => `${link.page}: ${link.source} "${link.url}": ${link.reason}`).join('\n');
}
