import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { rewriteUrls } from '../lib/hast-urls.ts';
import { postUrl } from '../lib/posts.ts';
import { absoluteUrlOn } from '../lib/urls.ts';

// Feed readers show a post away from the site, where `/posts/x.html`, `#heading` or
// `image.png` lead nowhere: every URL in feed content has to be absolute.

/** Told of each URL a feed cannot carry, with where it stood: `<a href> "http://a%22b"`. */
export type OnDropped = (what: string) => void;

// Marks an attribute whose URL no feed can carry, until the element is mended below.
const DROPPED = '\0dropped';

/**
 * Rewrites every URL in an HTML fragment (href, src, srcset, …) against `base`. A URL that is
 * not one (text the Markdown autolinker took for an address, say) cannot go into a feed: the
 * attribute goes, a link keeps its text, and `onDropped` hears of it.
 */
export function absoluteUrlsInHtml(html: string, base: string | URL, onDropped: OnDropped = () => {}): string {
  const tree: Root = fromHtml(html, { fragment: true });
  rewriteUrls(tree, (url, where) => {
    try {
      return new URL(url, base).href;
    } catch {
      onDropped(`${where} ${JSON.stringify(url)}`);
      return DROPPED;
    }
  });
  visit(tree, 'element', (element, index, parent) => {
    const dropped = Object.entries(element.properties).filter(([, value]) => typeof value === 'string' && value.includes(DROPPED));
    for (const [name] of dropped) delete element.properties[name];
    // A link whose address went keeps its text; an anchor that never had an address stays.
    if (element.tagName === 'a' && dropped.some(([name]) => name === 'href') && parent && index !== undefined) {
      parent.children.splice(index, 1, ...element.children);
      return index;
    }
    return undefined;
  });
  return toHtml(tree);
}

/** What a post looks like to a feed, whatever the feed format. */
export interface FeedEntry {
  /** Stable id: the old site's id if the post has one, so readers see no duplicates. */
  id: string;
  url: string;
  title: string;
  description: string;
  /** The post's HTML as its page shows it, with absolute URLs. */
  content: string;
  tags: string[];
  published: Date;
  updated: Date;
}

/** The post fields a feed entry is made from; real collection entries have more. */
export interface FeedPost {
  id: string;
  data: {
    title: string;
    description: string;
    pubDate: Date;
    updatedDate?: Date;
    tags: string[];
    legacyId?: string;
  };
}

/**
 * A feed entry for a post, given the post's HTML (the one rendering its page shows) and the
 * site's URL (with its path, for a project page): every URL in it is made absolute.
 */
export function toFeedEntry(
  post: FeedPost,
  html: string,
  siteUrl: string,
  absolutise: (html: string, base: string, onDropped: OnDropped) => string = absoluteUrlsInHtml,
  warn: (message: string) => void = console.warn,
): FeedEntry {
  const url = absoluteUrlOn(siteUrl, postUrl(post.id));
  // Sätteri ends a post's HTML with a newline; an entry's content ends with its last element.
  const content = absolutise(html.trimEnd(), url, (what) =>
    warn(`warning: post ${post.id}: ${what} is not a valid URL; the feeds carry its text without it`),
  );
  return {
    // New posts have no old id; their URL is stable and unique, so it serves as one.
    id: post.data.legacyId ?? url,
    url,
    title: post.data.title,
    description: post.data.description,
    content,
    tags: post.data.tags,
    published: post.data.pubDate,
    updated: post.data.updatedDate ?? post.data.pubDate,
  };
}

/**
 * The newest change among the entries. Feeds report it instead of the build time, so a
 * rebuild without new posts is no news to readers; undefined for a feed without entries.
 */
export function lastUpdated(entries: readonly FeedEntry[]): Date | undefined {
  if (entries.length === 0) return undefined;
  return new Date(Math.max(...entries.map((entry) => entry.updated.getTime())));
}

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed belongs to, absolute: the home page, or a tag's page for its feed. */
  link: string;
  /** Where this feed itself lives, absolute. */
  feedUrl: string;
  language: string;
  author: { name: string; url: string };
  /** XSLT that turns the feed into a readable page when opened in a browser. */
  stylesheet: string;
}

/**
 * Where the feeds live: the old site's addresses, which its subscribers still poll. The files
 * in src/pages (rss.xml.ts, atom.xml.ts) serve them; public/feed.xsl is the feeds' stylesheet.
 */
export const FEED_PATHS = { rss: '/rss.xml', atom: '/atom.xml', stylesheet: '/feed.xsl' } as const;

/** Where the feed of one tag's posts lives, next to the tag's page at /tags/<tag>/. */
export function tagFeedPath(tag: string): string {
  return `/tags/${tag}/rss.xml`;
}

/** The tag whose page is at `pathname` (/tags/<tag>/), so the page can announce the tag's feed. */
export function tagOfTagPage(pathname: string): string | undefined {
  const match = /^\/tags\/([^/]+)\/(?:index\.html)?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
