import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { DIST, fileForUrl, frontMatter, readBuilt, ROOT, urlIn } from './built-site.ts';
import { POSTS_DIR, postPath, readPosts } from './content.ts';
import { parseXml } from './xml.ts';

// Reading built feeds and the old site's feed, for the feed tests.

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rendered post body on the built page a feed item links to. */
export function postBody(link: string): Element {
  const body = select('.post-body', fromHtml(readFileSync(fileForUrl(DIST, link), 'utf8')));
  assert.ok(body, `${link} has a .post-body`);
  return body;
}

export interface OldEntry {
  id: string;
  title: string;
  link: string;
  html: string;
}

/** The entries of the old Jekyll site's Atom feed, read with a plain XML parser. */
export function oldEntries(): OldEntry[] {
  const feed = parseXml(readFileSync(join(ROOT, 'content/seed-feed.atom.xml'), 'utf8'), 'the old feed');
  return Array.from(feed.getElementsByTagName('entry')).map((entry) => ({
    id: entry.getElementsByTagName('id')[0]!.textContent!,
    title: entry.getElementsByTagName('title')[0]!.textContent!,
    link: entry.getElementsByTagName('link')[0]!.getAttribute('href')!,
    html: entry.getElementsByTagName('content')[0]!.textContent!,
  }));
}

export function readFeed(dir: string, path: string) {
  const xml = readBuilt(dir, path);
  parseXml(xml, path);
  return { xml, feed: parseFeed(xml) };
}
/** Every URL an HTML fragment points at, in any attribute that holds one. */
export function urlsIn(html: Root | Element): string[] {
  const urls: string[] = [];
  for (const element of selectAll('[href], [src], [srcset], [poster], [cite], [action], [data]', html)) {
    const { href, src, srcSet, poster, cite, action, data } = element.properties;
    for (const value of [href, src, poster, cite, action, data]) if (typeof value === 'string') urls.push(value);
    if (typeof srcSet === 'string') urls.push(...srcSet.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls;
}

export function isAbsolute(url: string): boolean {
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
export function contentByLink(xml: string): Map<string, string> {
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

/**
 * The old feed's entry of each imported post, by the post's address on the site as built
 * (dir), found through the post's `legacyId`: the promises hold wherever the site now lives.
 */
export function oldEntryByUrl(dir: string): Map<string, OldEntry> {
  const byId = new Map(oldEntries().map((entry) => [entry.id, entry]));
  const found = new Map<string, OldEntry>();
  for (const post of readPosts()) {
    const legacyId = frontMatter(join(POSTS_DIR, post.file)).legacyId;
    const entry = typeof legacyId === 'string' ? byId.get(legacyId) : undefined;
    if (entry) found.set(urlIn(dir, postPath(post.id)), entry);
  }
  return found;
}
