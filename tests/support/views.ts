import { seriesSlug, seriesUrl } from '../../src/lib/series.ts';
import { codeFences, postPath, publishedPosts, type SourcePost, tagCounts } from './content.ts';

// The screens and themes the acceptance criteria name.
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

// The theme comes from the emulated OS preference, which the site follows by default.
export const THEMES = ['light', 'dark'] as const;

// Posts picked by what they hold, not by name, so the tests keep working as posts come and go.

function pick(what: string, score: (post: SourcePost) => number): SourcePost {
  let best: SourcePost | undefined;
  for (const post of publishedPosts()) if (score(post) > 0 && (!best || score(post) > score(best))) best = post;
  if (!best) throw new Error(`no published post has ${what}; the tests need one`);
  return best;
}

/** The longest line of a Markdown table in a body: the widest table. */
const widestTableRow = (body: string) => Math.max(0, ...[...body.matchAll(/^\|.*\|[ \t]*$/gm)].map(([row]) => row.length));
/** Links from a body to other published posts. */
const postLinks = (post: SourcePost) =>
  [...post.body.matchAll(/\]\(\/posts\/([^)#]+)\.html/g)]
    .map(([, id]) => id!)
    .filter((id) => id !== post.id && publishedPosts().some((p) => p.id === id));

export const POST_WITH_CODE = pick('a code block', (post) => codeFences(post.body).length).id;
export const POST_WITH_TABLE = pick('a table', (post) => widestTableRow(post.body)).id;
export const POST_WITH_FIGURES = pick('a figure crediting its image source', (post) =>
  /<figure[\s\S]*image source/.test(post.body) ? 1 : 0,
).id;
/** A post linking another post, and the post it links. */
export const LINKING_POST = pick('a link to another post', (post) => postLinks(post).length);
export const LINKED_POST_ID = postLinks(LINKING_POST)[0]!;
/** The most used tag. */
export const A_TAG = [...tagCounts()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
/** The longest post in a series and its series' page; none when no published post names a series. */
const longestInSeries = publishedPosts()
  .filter((post) => post.series)
  .sort((a, b) => b.body.length - a.body.length)[0];
export const SERIES_PAGES = longestInSeries ? [postPath(longestInSeries.id), seriesUrl(seriesSlug(longestInSeries.series!))] : [];
/** The longest post with comments: its comments start well below the first screen. */
export const LONG_POST_WITH_COMMENTS = pick('comments', (post) => (post.comments ? post.body.length : 0)).id;

/** The longest run of text without a space outside code blocks (a URL, a path): what could push a page wider than a phone. */
const longestWord = (body: string) =>
  Math.max(
    0,
    ...body
      .replace(/^([ \t]*)(`{3,}|~{3,})[\s\S]*?^\1\2[ \t]*$/gm, '')
      .split(/\s+/)
      .map((word) => word.length),
  );
/** The longest line of a code block: it must scroll inside its box, not widen the page. */
const longestCodeLine = (post: SourcePost) =>
  Math.max(0, ...codeFences(post.body).flatMap((fence) => fence.code.split('\n').map((line) => line.length)));

/** Posts whose content is the widest of its kind, and the pages listing most: where a page could scroll sideways. */
export const WIDEST_PAGES = [
  ...new Set([
    postPath(POST_WITH_TABLE),
    postPath(pick('text', (post) => longestWord(post.body)).id),
    postPath(pick('a code block', longestCodeLine).id),
    postPath(pick('a title', (post) => post.title.length).id),
    '/archive/',
    '/tags/',
    `/tags/${A_TAG}/`,
  ]),
];
