import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/** An entry's post, and the #fragments its page will have (unknown: any is kept). */
export interface EntryAddress {
  slug: string;
  ids?: ReadonlySet<string>;
}

/** Where each entry of the feed is imported to, by its old address: key from addressKey → its post. */
export type EntryAddresses = Map<string, EntryAddress>;

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

export function entryAddresses(entries: readonly { link: string; slug: string; ids?: ReadonlySet<string> }[]): EntryAddresses {
  const addresses: EntryAddresses = new Map();
  for (const { link, slug, ids } of entries) {
    if (URL.canParse(link) && !addresses.has(addressKey(new URL(link)))) addresses.set(addressKey(new URL(link)), { slug, ids });
  }
  return addresses;
}

/**
 * The #fragments an entry's post will have, from its HTML: ids and `<a name>` anchors, and
 * the ids headings without one get from their text. Read loosely: it only decides whether to
 * keep a fragment in a link.
 */
export function fragmentsIn(html: string): Set<string> {
  const ids = new Set([...html.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]!));
  const slugger = new GithubSlugger();
  for (const [, text] of html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/gi)) ids.add(slugger.slug(text!.replace(/<[^>]*>/g, '')));
  return ids;
}

/** Elements Markdown keeps no id on, but which may hold an anchor at their start. */
const ANCHOR_HOLDERS = new Set([
  'p',
  'li',
  'div',
  'span',
  'blockquote',
  'td',
  'th',
  'dd',
  'dt',
  'section',
  'article',
  'figure',
  'figcaption',
]);

/**
 * Deep links to a paragraph or a footnote (`<li id="fn1">`) keep their target: the id moves to
 * an `<a id>` at the element's start, which the post keeps as HTML (headings keep theirs as `{#id}`).
 */
export function keepFragmentTargets(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id !== 'string' || !id || !ANCHOR_HOLDERS.has(node.tagName)) return;
    delete node.properties.id;
    node.children.unshift({ type: 'element', tagName: 'a', properties: { id }, children: [] });
  });
}

function fragmentsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node: Element) => {
    for (const name of ['id', 'name']) if (typeof node.properties[name] === 'string') ids.add(node.properties[name]);
    if (/^h[1-6]$/.test(node.tagName)) ids.add(slugger.slug(toText(node)));
  });
  return ids;
}

const fragment = (hash: string) => {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
};

/**
 * Links to other entries of the feed become /posts/<slug>.html, keeping their fragment when
 * that post has it. Other links stay absolute, relative ones resolved against the entry's own
 * old address (`pageUrl`) when the feed gives one: the old site's other pages (a profile, a
 * forum thread) are not imported, so only their old address still leads to them. A link to a
 * #place this post does not have (it was in the old site's frame) becomes its text; the
 * returned list names each.
 */
export function rewriteLinks(tree: Root, pageUrl: string | undefined, addresses: EntryAddresses): string[] {
  const page = pageUrl && URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  const own = fragmentsOf(tree);
  const dropped: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return undefined;
    const href = node.properties.href;
    if (href.startsWith('#')) {
      if (href.length > 1 && !own.has(fragment(href)) && parent && index !== undefined) {
        dropped.push(`a link to ${href}, a place this post does not have`);
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      return undefined;
    }
    if (!URL.canParse(href, page)) return undefined;
    const resolved = new URL(href, page);
    const entry = addresses.get(addressKey(resolved));
    if (entry) {
      const keepsHash = resolved.hash && (!entry.ids || entry.ids.has(fragment(resolved.hash)));
      node.properties.href = `/posts/${entry.slug}.html${keepsHash ? resolved.hash : ''}`;
    }
    // An absolute link stays exactly as written.
    else if (page && !URL.canParse(href)) node.properties.href = resolved.href;
    return undefined;
  });
  return dropped;
}
