import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Where each entry of the feed is imported to, by its old address: key from addressKey → slug. */
export type EntryAddresses = Map<string, string>;

/**
 * One key for every spelling of an old address: /2020/02/docker-tips/, /2020/02/docker-tips,
 * /2020/02/docker-tips.html and …/index.html are one page; queries and fragments are not part of it.
 */
export function addressKey(url: URL): string {
  const path = url.pathname
    .replace(/\/index\.html?$/, '')
    .replace(/\.html?$/, '')
    .replace(/\/+$/, '');
  return `${url.host.toLowerCase()}${path}`;
}

export function entryAddresses(entries: readonly { link: string; slug: string }[]): EntryAddresses {
  const addresses: EntryAddresses = new Map();
  for (const { link, slug } of entries) {
    if (URL.canParse(link) && !addresses.has(addressKey(new URL(link)))) addresses.set(addressKey(new URL(link)), slug);
  }
  return addresses;
}

/**
 * Links to other entries of the feed become /posts/<slug>.html, keeping their fragment. Other
 * links stay absolute, relative ones resolved against the entry's own old address (`pageUrl`)
 * when the feed gives one: the old site's other pages (a profile, a forum thread) are not
 * imported, so only their old address still leads to them.
 */
export function rewriteLinks(tree: Root, pageUrl: string | undefined, addresses: EntryAddresses): void {
  const page = pageUrl && URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    if (href.startsWith('#') || !URL.canParse(href, page)) return;
    const resolved = new URL(href, page);
    const slug = addresses.get(addressKey(resolved));
    if (slug) node.properties.href = `/posts/${slug}.html${resolved.hash}`;
    // An absolute link stays exactly as written.
    else if (page && !URL.canParse(href)) node.properties.href = resolved.href;
  });
}
