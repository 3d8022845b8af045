import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { htmlToPlainText } from './summary.ts';
import { escapeMarkup } from '../../src/lib/text.ts';
import { findBareAmpersand } from './decode-feed.ts';

/** One post as a feed describes it, whatever the feed's format. */
export interface FeedEntry {
  /** 1-based position in the feed, so warnings can point at an entry that has no title or link. */
  position: number;
  title?: string;
  /** Absolute when the feed's link or the site's address made it so; as written otherwise. */
  link?: string;
  id?: string;
  published?: Date;
  updated?: Date;
  html: string;
  categories: string[];
}

export interface Feed {
  format: 'atom' | 'rss';
  entries: FeedEntry[];
}

export class FeedParseError extends Error {
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'FeedParseError';
    this.line = line;
    this.column = column;
  }
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RSS_CONTENT = 'http://purl.org/rss/1.0/modules/content/';

export function parseFeed(xml: string): Feed {
  const document = parseXml(xml);
  const root = document.documentElement;
  if (root?.localName === 'feed' && root.namespaceURI === ATOM) {
    const site = alternateHref(root) ?? root.getAttribute('xml:base') ?? undefined;
    return {
      format: 'atom',
      entries: children(root, 'entry', ATOM).map((entry, index) => withAbsoluteLink(atomEntry(entry, index), site)),
    };
  }
  const channel = root?.localName === 'rss' ? children(root, 'channel')[0] : undefined;
  if (channel) {
    const site = text(child(channel, 'link'));
    return { format: 'rss', entries: children(channel, 'item').map((item, index) => withAbsoluteLink(rssEntry(item, index), site)) };
  }
  throw new FeedParseError('not an Atom 1.0 or RSS 2.0 feed: the root element is neither <feed> nor <rss>');
}

/** A relative entry link (`/posts/x.html`) is relative to the site the feed belongs to. */
function withAbsoluteLink(entry: FeedEntry, site: string | undefined): FeedEntry {
  if (!entry.link || URL.canParse(entry.link) || !site || !URL.canParse(entry.link, site)) return entry;
  return { ...entry, link: new URL(entry.link, site).href };
}

function alternateHref(parent: XmlElement): string | undefined {
  const links = children(parent, 'link', ATOM);
  const alternate = links.find((link) => (link.getAttribute('rel') || 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href')?.trim() || undefined;
}

function parseXml(xml: string): XmlDocument {
  const ampersand = findBareAmpersand(xml);
  if (ampersand) throw new FeedParseError('malformed XML: a bare "&" (write it as &amp;)', ampersand.line, ampersand.column);
  let problem = '';
  const parser = new DOMParser({
    onError(level, message) {
      if (level === 'warning') return;
      problem = message;
      throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(xml, 'text/xml');
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const line = locator?.lineNumber || undefined;
    throw new FeedParseError(`malformed XML: ${problem || (error as Error).message}`, line, line ? locator?.columnNumber : undefined);
  }
}

function atomEntry(entry: XmlElement, index: number): FeedEntry {
  const content = child(entry, 'content', ATOM) ?? child(entry, 'summary', ATOM);
  return {
    position: index + 1,
    title: atomText(child(entry, 'title', ATOM)),
    link: alternateHref(entry),
    id: text(child(entry, 'id', ATOM)),
    published: dateOf(child(entry, 'published', ATOM)),
    updated: dateOf(child(entry, 'updated', ATOM)),
    html: content ? atomContentHtml(content) : '',
    categories: children(entry, 'category', ATOM)
      .map((category) => category.getAttribute('term') ?? '')
      .filter(Boolean),
  };
}

function rssEntry(item: XmlElement, index: number): FeedEntry {
  return {
    position: index + 1,
    title: text(child(item, 'title')),
    link: text(child(item, 'link')),
    id: text(child(item, 'guid')) ?? text(child(item, 'link')),
    published: dateOf(child(item, 'pubDate')),
    updated: dateOf(child(item, 'updated', ATOM)),
    html: text(child(item, 'encoded', RSS_CONTENT)) ?? text(child(item, 'description')) ?? '',
    categories: children(item, 'category')
      .map(text)
      .filter((category): category is string => Boolean(category)),
  };
}

/** Atom text constructs are plain text unless type="html" (escaped markup) or type="xhtml" (inline markup). */
function atomContentHtml(element: XmlElement): string {
  const type = element.getAttribute('type') || 'text';
  if (type === 'html') return element.textContent ?? '';
  if (type === 'xhtml') return new XMLSerializer().serializeToString(element).replace(/^<[^>]+>|<\/[^>]+>$/g, '');
  return (element.textContent ?? '')
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeMarkup(para.trim())}</p>`)
    .join('\n');
}

function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') || 'text';
  return type === 'text' ? text(element) : htmlToPlainText(atomContentHtml(element)) || undefined;
}

function children(parent: XmlElement, localName: string, namespace: string | null = null): XmlElement[] {
  return Array.from(parent.childNodes).filter(
    (node): node is XmlElement =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as XmlElement).localName === localName &&
      (node as XmlElement).namespaceURI === namespace,
  );
}

function child(parent: XmlElement, localName: string, namespace: string | null = null): XmlElement | undefined {
  return children(parent, localName, namespace)[0];
}

function text(element: XmlElement | undefined): string | undefined {
  return element?.textContent?.trim() || undefined;
}

function dateOf(element: XmlElement | undefined): Date | undefined {
  const value = text(element);
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
