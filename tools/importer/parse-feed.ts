import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { atomContentHtml, enclosuresHtml } from './feed-content.ts';
import { htmlToPlainText } from './summary.ts';
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
  /** The author's own summary, as HTML, when the entry has one beside its full content. */
  summary?: string;
  categories: string[];
}

export interface Feed {
  format: 'atom' | 'rss' | 'rdf';
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
const ATOM_03 = 'http://purl.org/atom/ns#';
const RSS_CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
// RSS 1.0, and RSS 0.90 (Netscape's RDF flavour): items are siblings of the channel.
const RDF_RSS = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

const HTML_PAGE =
  'an HTML page, not a feed: use the site\'s RSS or Atom feed (often at /feed, /rss.xml or /atom.xml; the page\'s <link rel="alternate"> names it)';

/** What a file that is no XML at all is, when it is something people mistake for a feed. */
function notXml(text: string): string | undefined {
  if (text.trim() === '') return 'the file is empty: it holds no feed';
  if (/^\s*[{[]/.test(text)) return "JSON (a JSON Feed?), not an RSS or Atom feed: export the site's RSS or Atom feed instead";
  if (/^\s*<(!doctype html|html)\b/i.test(text)) return HTML_PAGE;
  return undefined;
}

/** Reads RSS 0.9x, 1.0 (RDF) and 2.0, and Atom 0.3 and 1.0: what feed readers read. */
export function parseFeed(xml: string): Feed {
  const document = parseXml(xml);
  const root = document.documentElement;
  const atom = root?.localName === 'feed' ? [ATOM, ATOM_03].find((namespace) => namespace === root.namespaceURI) : undefined;
  if (root && atom) {
    const site = alternateHref(root, atom) ?? root.getAttribute('xml:base') ?? undefined;
    return {
      format: 'atom',
      entries: children(root, 'entry', atom).map((entry, index) => withAbsoluteLink(atomEntry(entry, index, atom), site)),
    };
  }
  const channel = root?.localName === 'rss' ? children(root, 'channel')[0] : undefined;
  if (channel) {
    const site = text(child(channel, 'link'));
    return { format: 'rss', entries: children(channel, 'item').map((item, index) => withAbsoluteLink(rssEntry(item, index), site)) };
  }
  const rss =
    root?.localName === 'RDF' && root.namespaceURI === RDF
      ? RDF_RSS.find((ns) => children(root, 'item', ns).length > 0 || child(root, 'channel', ns))
      : undefined;
  if (root && rss) {
    const channel = child(root, 'channel', rss);
    const site = channel && text(child(channel, 'link', rss));
    return { format: 'rdf', entries: children(root, 'item', rss).map((item, index) => withAbsoluteLink(rdfEntry(item, index, rss), site)) };
  }
  if (root?.localName?.toLowerCase() === 'html') throw new FeedParseError(HTML_PAGE);
  const found = root ? `<${root.tagName}>` : 'no element';
  throw new FeedParseError(`not a feed: the root element is ${found}; the importer reads RSS 0.9x, 1.0 and 2.0, and Atom 0.3 and 1.0`);
}

/** A relative entry link (`/posts/x.html`) is relative to the site the feed belongs to. */
function withAbsoluteLink(entry: FeedEntry, site: string | undefined): FeedEntry {
  if (!entry.link || URL.canParse(entry.link) || !site || !URL.canParse(entry.link, site)) return entry;
  return { ...entry, link: new URL(entry.link, site).href };
}

function alternateHref(parent: XmlElement, namespace = ATOM): string | undefined {
  const links = children(parent, 'link', namespace);
  const alternate = links.find((link) => (link.getAttribute('rel') || 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href')?.trim() || undefined;
}

function parseXml(written: string): XmlDocument {
  // Feed readers accept blank lines before the XML declaration; the XML parser does not.
  const leading = /^\s*(?=<\?xml)/.exec(written)?.[0] ?? '';
  const xml = written.slice(leading.length);
  const linesBefore = leading.split('\n').length - 1;
  const mistaken = notXml(xml);
  if (mistaken) throw new FeedParseError(mistaken);
  const ampersand = findBareAmpersand(xml);
  if (ampersand) throw new FeedParseError('malformed XML: a bare "&" (write it as &amp;)', ampersand.line + linesBefore, ampersand.column);
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
    const line = locator?.lineNumber ? locator.lineNumber + linesBefore : undefined;
    throw new FeedParseError(`malformed XML: ${problem || (error as Error).message}`, line, line ? locator?.columnNumber : undefined);
  }
}

function atomEntry(entry: XmlElement, index: number, atom: string): FeedEntry {
  const full = child(entry, 'content', atom);
  const summary = child(entry, 'summary', atom);
  const content = full ?? summary;
  return {
    position: index + 1,
    title: atomText(child(entry, 'title', atom)),
    link: alternateHref(entry, atom),
    id: text(child(entry, 'id', atom)),
    // Atom 0.3 named them issued (or created) and modified.
    published: dateOf(child(entry, 'published', atom) ?? child(entry, 'issued', atom) ?? child(entry, 'created', atom)),
    updated: dateOf(child(entry, 'updated', atom) ?? child(entry, 'modified', atom)),
    html: `${content ? atomContentHtml(content) : ''}${enclosuresHtml(
      children(entry, 'link', atom)
        .filter((link) => link.getAttribute('rel') === 'enclosure')
        .map((link) => [link.getAttribute('href'), link.getAttribute('type')]),
    )}`,
    summary: full && summary ? atomContentHtml(summary) : undefined,
    categories: [
      ...children(entry, 'category', atom).map((category) => category.getAttribute('term') ?? ''),
      ...children(entry, 'subject', DUBLIN_CORE).map((subject) => text(subject) ?? ''),
    ].filter(Boolean),
  };
}

function rdfEntry(item: XmlElement, index: number, rss: string): FeedEntry {
  const encoded = text(child(item, 'encoded', RSS_CONTENT));
  const description = text(child(item, 'description', rss));
  return {
    position: index + 1,
    title: text(child(item, 'title', rss)),
    link: text(child(item, 'link', rss)),
    id: item.getAttributeNS(RDF, 'about') || text(child(item, 'link', rss)),
    published: dateOf(child(item, 'date', DUBLIN_CORE)),
    updated: undefined,
    html: encoded ?? description ?? '',
    summary: encoded && description ? description : undefined,
    categories: children(item, 'subject', DUBLIN_CORE)
      .map(text)
      .filter((subject): subject is string => Boolean(subject)),
  };
}

function rssEntry(item: XmlElement, index: number): FeedEntry {
  const encoded = text(child(item, 'encoded', RSS_CONTENT));
  const description = text(child(item, 'description'));
  const guid = child(item, 'guid');
  // A guid is the item's permanent address unless it says otherwise (RSS 2.0).
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//.test(text(guid) ?? '') ? text(guid) : undefined;
  return {
    position: index + 1,
    title: text(child(item, 'title')),
    link: text(child(item, 'link')) ?? permalink,
    id: text(guid) ?? text(child(item, 'link')),
    published: dateOf(child(item, 'pubDate') ?? child(item, 'date', DUBLIN_CORE)),
    updated: dateOf(child(item, 'updated', ATOM)),
    html: `${encoded ?? description ?? ''}${enclosuresHtml(children(item, 'enclosure').map((enclosure) => [enclosure.getAttribute('url'), enclosure.getAttribute('type')]))}`,
    summary: encoded && description ? description : undefined,
    categories: children(item, 'category')
      .map(text)
      .filter((category): category is string => Boolean(category)),
  };
}

function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') || 'text';
  return type === 'text' || type === 'text/plain' ? text(element) : htmlToPlainText(atomContentHtml(element)) || undefined;
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
