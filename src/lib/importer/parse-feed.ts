import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One post as a feed describes it, whatever the feed's format. */
export interface FeedEntry {
  /** 1-based position in the feed, so warnings can point at an entry that has no title or link. */
  position: number;
  title?: string;
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

const ARRAY_ELEMENTS = new Set(['feed.entry', 'feed.entry.link', 'feed.entry.category', 'rss.channel.item', 'rss.channel.item.category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Keep every value a string: a title like "2021" or "true" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (_name, jpath) => ARRAY_ELEMENTS.has(String(jpath)),
});

export function parseFeed(xml: string): Feed {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new FeedParseError(`malformed XML: ${msg}`, line, col);
  }
  const document = parser.parse(xml) as Record<string, any>;
  if (document.feed) return { format: 'atom', entries: (document.feed.entry ?? []).map(atomEntry) };
  if (document.rss?.channel) return { format: 'rss', entries: (document.rss.channel.item ?? []).map(rssEntry) };
  throw new FeedParseError('not an Atom 1.0 or RSS 2.0 feed: the root element is neither <feed> nor <rss>');
}

function atomEntry(entry: Record<string, any>, index: number): FeedEntry {
  const links: Record<string, any>[] = entry.link ?? [];
  const alternate = links.find((link) => (link['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return {
    position: index + 1,
    title: textOf(entry.title),
    link: nonEmpty(alternate?.['@href']),
    id: textOf(entry.id),
    published: dateOf(entry.published),
    updated: dateOf(entry.updated),
    html: atomContent(entry.content ?? entry.summary),
    categories: (entry.category ?? []).map((category: Record<string, any>) => category['@term']).filter(Boolean),
  };
}

function rssEntry(item: Record<string, any>, index: number): FeedEntry {
  return {
    position: index + 1,
    title: textOf(item.title),
    link: textOf(item.link),
    id: textOf(item.guid) ?? textOf(item.link),
    published: dateOf(item.pubDate),
    updated: dateOf(item['atom:updated']),
    html: textOf(item['content:encoded']) ?? textOf(item.description) ?? '',
    categories: (item.category ?? []).map(textOf).filter(Boolean),
  };
}

/** Atom content is HTML for type="html", escaped text for type="text" (the default), markup for type="xhtml". */
function atomContent(content: unknown): string {
  if (content == null) return '';
  const type = typeof content === 'object' ? (content as Record<string, any>)['@type'] ?? 'text' : 'text';
  const text = textOf(content) ?? '';
  if (type === 'text') return text.split(/\n{2,}/).map((para) => `<p>${escapeHtml(para.trim())}</p>`).join('\n');
  return text;
}

function textOf(value: unknown): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return nonEmpty(value.trim());
  if (typeof value === 'object' && '#text' in value) return textOf((value as Record<string, unknown>)['#text']);
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

function dateOf(value: unknown): Date | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
