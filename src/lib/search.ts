// Pure search logic shared by the search dialog and the /search page. The browser
// code in src/client/search-ui.ts only wires these to the DOM and to Pagefind.

import { displayDate } from './dates.ts';
import { postCountLabel } from './text.ts';

/** Shown where the Pagefind index is missing, as in `npm run dev`. */
export const SEARCH_NEEDS_BUILD = 'Search works on the built site: run npm start.';

/** How many results are shown at once; "More results" shows the next batch. */
export const RESULTS_PAGE_SIZE = 10;

/** The part of Pagefind's result data that a search result shows. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Absent for a page indexed without a `date` meta. */
  date?: { iso: string; text: string };
  excerpt: ExcerptPart[];
}

export interface SearchRequest {
  /** `null` asks Pagefind for every post passing the filters. */
  term: string | null;
  filters: { tag?: string };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);
}

/**
 * Splits a Pagefind excerpt into plain text and highlighted matches. Pagefind
 * escapes the post text and wraps matches in `<mark>`; reading only those tags
 * lets the UI build the excerpt with text nodes instead of trusting innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const piece of pieces) {
    if (piece === '') continue;
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(piece);
    parts.push({ text: decodeEntities(marked ? marked[1]! : piece), highlighted: Boolean(marked) });
  }
  return parts;
}

export function toSearchHit(data: PagefindResultData): SearchHit {
  const { title, date } = data.meta;
  if (!title) throw new Error(`search index: ${data.url} has no title meta`);
  const hit: SearchHit = { url: data.url, title, excerpt: excerptParts(data.excerpt) };
  if (date) {
    const day = new Date(date);
    if (Number.isNaN(day.getTime())) {
      throw new Error(`search index: ${data.url} has date meta "${date}", expected YYYY-MM-DD`);
    }
    hit.date = { iso: date, text: displayDate(day) };
  }
  return hit;
}

/** What to ask Pagefind for, or `null` when the form holds nothing to search. */
export function searchRequest(query: string, tag: string): SearchRequest | null {
  const term = query.trim();
  if (term === '' && tag === '') return null;
  return { term: term === '' ? null : term, filters: tag === '' ? {} : { tag } };
}

/** The sentence announced above the results. */
export function resultSummary(count: number, query: string, tag: string): string {
  const term = query.trim();
  const where = tag === '' ? '' : ` tagged “${tag}”`;
  if (count === 0) {
    const subject = term === '' ? `No posts${where}.` : `No posts${where} match “${term}”.`;
    return `${subject} Try ${tag === '' ? 'another word' : 'another word or all tags'}.`;
  }
  const posts = postCountLabel(count);
  if (term === '') return `${posts}${where}.`;
  return `${posts}${where} ${count === 1 ? 'matches' : 'match'} “${term}”.`;
}

/**
 * Where an arrow key moves focus among the search field (-1) and the results
 * (0…count-1); `null` for keys that do not move it. Down from the field enters the
 * list, up from the first result goes back to the field, and the ends stop.
 */
export function arrowTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, -1);
  return null;
}
