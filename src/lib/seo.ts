import { site } from '../site.config.ts';
import { lengthProblem, postCountLabel, truncateAtWord } from './text.ts';

// How long a meta description may be: see `descriptionLength` in src/site.config.ts.
export const DESCRIPTION_MIN = site.descriptionLength.min;
export const DESCRIPTION_MAX = site.descriptionLength.max;

// Search engines cut a title past about 70 characters; past that the site's name would only
// push the page's own words out of view, so a long title goes without it. Any length is allowed.
const TITLE_WITH_SITE_MAX = 70;

/** The `<title>`: the page's own title first, so tabs and results tell pages apart. */
export function pageTitle(title?: string): string {
  if (!title) return site.title;
  const withSite = `${title} | ${site.title}`;
  return withSite.length <= TITLE_WITH_SITE_MAX ? withSite : title;
}

/**
 * What `npm run new` writes into a draft's description: the schema lets a draft keep it
 * and refuses to publish it, so a post never goes out described by its own title.
 */
export const DESCRIPTION_PLACEHOLDER = `Write a description of ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters here, then set draft to false.`;

/** What is wrong with a description (trimmed), or undefined when search engines will show it well. */
export function descriptionProblem(description: string, { draft = false } = {}): string | undefined {
  const text = description.trim();
  if (text === DESCRIPTION_PLACEHOLDER) {
    return draft ? undefined : `write a description (${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters) before publishing`;
  }
  return lengthProblem(text, site.descriptionLength);
}

/** Refuses a description search engines would show badly, naming the page it is for. */
export function checkDescription(description: string, page: string): string {
  const problem = descriptionProblem(description);
  if (problem) throw new Error(`${page}: the meta description ${problem}: ${JSON.stringify(description)}`);
  return description;
}

/** Cuts a generated description to the longest a search engine shows, at a word. */
function fit(text: string): string {
  return truncateAtWord(text, DESCRIPTION_MAX);
}

/** Later pages of a listing say which page they are, so no two pages share a description. */
function pagePrefix(pageNumber: number, lastPage: number): string {
  return pageNumber === 1 ? '' : `Page ${pageNumber} of ${lastPage}: `;
}

/** Description of a page listing the posts with one tag. */
export function tagPageDescription(tag: string, count: number, pageNumber = 1, lastPage = 1): string {
  return fit(`${pagePrefix(pageNumber, lastPage)}${postCountLabel(count)} tagged “${tag}” on ${site.title}, ${site.description}`);
}

/** Description of a page of the archive. */
export function archiveDescription(count: number, pageNumber: number, lastPage: number): string {
  const posts = count === 1 ? 'The 1 post' : `All ${count} posts`;
  return fit(`${pagePrefix(pageNumber, lastPage)}${posts} on ${site.title} by year, newest first. ${site.description}`);
}

/** Description of the feed of the posts with one tag. */
export function tagFeedDescription(tag: string): string {
  return fit(`Every post tagged “${tag}” on ${site.title}, ${site.description}`);
}

/** Description of a series' page, which lists its parts in reading order. */
export function seriesPageDescription(name: string, parts: number): string {
  return fit(`“${name}”, a series of ${parts === 1 ? '1 part' : `${parts} parts`} on ${site.title}, in reading order. ${site.description}`);
}

/** Description of the feed of one series' parts. */
export function seriesFeedDescription(name: string): string {
  return fit(`Every part of “${name}” on ${site.title}, ${site.description}`);
}

/** Size of the social cards: what OpenGraph and Twitter's large card show uncropped. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/** A post's social card, drawn at build time (see social-card.ts). */
export function postCardPath(postId: string): string {
  return `/social-cards/posts/${postId}.png`;
}

/** The card of every page that is not a post. */
export const SITE_CARD_PATH = '/social-cards/site.png';
