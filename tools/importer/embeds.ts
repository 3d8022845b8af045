import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

// Old posts embed videos, tweets and gists with frames and scripts, which the site's
// Content-Security-Policy would refuse. Known embeds become a link a reader can follow;
// whatever else goes is named, so the author knows what to look at.

/** What the sanitiser would take away whole, with everything inside. */
const REMOVED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'frame', 'frameset', 'applet']);
/** Drawings and formulas the sanitiser would flatten into stray text: removed, and named. */
const NOT_KEPT = new Set(['svg', 'math', 'canvas']);

/** Scripts that only turn a kept quote into a widget (the quote itself stays): nothing is lost without them. */
const WIDGET_LOADERS = /^https?:\/\/(platform\.twitter\.com|platform\.x\.com|www\.instagram\.com|connect\.facebook\.net)\//;

const GENERIC_TITLES = /^(youtube video player|vimeo video player|embedded content)?$/i;

function paragraphLink(href: string, text: string): Element {
  const link: Element = { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] };
  return { type: 'element', tagName: 'p', properties: {}, children: [link] };
}

function parsed(src: unknown): URL | undefined {
  if (typeof src !== 'string') return undefined;
  const url = src.startsWith('//') ? `https:${src}` : src;
  return URL.canParse(url) ? new URL(url) : undefined;
}

/** The page a known embed shows, as a link with what it is; undefined for any other element. */
function embedLink(element: Element): Element | undefined {
  const src = parsed(element.properties.src);
  if (!src) return undefined;
  const title = String(element.properties.title ?? '').trim();
  const named = (what: string) => (GENERIC_TITLES.test(title) ? what : `${what}: ${title}`);
  if (element.tagName === 'iframe') {
    const youtube = /(?:^|\.)(youtube(?:-nocookie)?\.com)$/.test(src.hostname) && /^\/embed\/([\w-]+)/.exec(src.pathname)?.[1];
    if (youtube) return paragraphLink(`https://www.youtube.com/watch?v=${youtube}`, named('Video on YouTube'));
    const vimeo = src.hostname === 'player.vimeo.com' && /^\/video\/(\d+)/.exec(src.pathname)?.[1];
    if (vimeo) return paragraphLink(`https://vimeo.com/${vimeo}`, named('Video on Vimeo'));
  }
  if (element.tagName === 'script' && src.hostname === 'gist.github.com') {
    const gist = src.pathname.replace(/\.js$/, '');
    return paragraphLink(`https://gist.github.com${gist}`, `Gist ${gist.split('/').pop()} on GitHub`);
  }
  return undefined;
}

function described(element: Element): string {
  const source = parsed(element.properties.src ?? element.properties.data);
  return source ? `<${element.tagName}> from ${source.host}` : `<${element.tagName}>`;
}

/**
 * Replaces known embeds (YouTube and Vimeo frames, GitHub gists) with a link to what they show,
 * and an unknown frame with a link to its address. Returns what will be removed without a
 * replacement (scripts, styles, objects…), each described once with its count.
 */
export function replaceEmbeds(tree: Root): string[] {
  const removed = new Map<string, number>();
  const note = (what: string) => removed.set(what, (removed.get(what) ?? 0) + 1);
  visit(tree, 'element', (element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (NOT_KEPT.has(element.tagName)) {
      note(`an inline <${element.tagName}>`);
      parent.children.splice(index, 1);
      return index;
    }
    if (!REMOVED.has(element.tagName)) return undefined;
    const src = parsed(element.properties.src);
    let replacement: ElementContent[] = [];
    const link = embedLink(element);
    if (link) replacement = [link];
    else if (element.tagName === 'iframe' && src && /^https?:$/.test(src.protocol)) {
      replacement = [paragraphLink(src.href, `Embedded content from ${src.host}`)];
      note(`an embedded frame from ${src.host}, now a link`);
    } else if (!(element.tagName === 'script' && src && WIDGET_LOADERS.test(src.href))) note(described(element));
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  });
  return [...removed].map(([what, count]) => (count === 1 ? what : `${what} ×${count}`));
}
