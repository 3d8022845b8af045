import { slug } from 'github-slugger';

// The same limit the content schema puts on `description`.
const DESCRIPTION_MAX = 160;

/** The file name and URL of a post: lower case, accents dropped, words joined by single hyphens. */
export function slugFromTitle(title: string): string {
  const plain = title.trim().normalize('NFKD').replace(/\p{Mark}/gu, '');
  const result = slug(plain).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (!result) throw new Error(`cannot make a file name from the title ${JSON.stringify(title)}`);
  return result;
}

/** Today as `YYYY-MM-DD` in the author's local time zone: the day they sat down to write. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Markdown for a new draft. The title doubles as the description because the schema
 * requires one; the author is expected to replace it before publishing.
 */
export function newPostText(title: string, date: string): string {
  const cleanTitle = title.trim();
  if (!cleanTitle) throw new Error('the title must not be empty');
  const description = cleanTitle.length > DESCRIPTION_MAX
    ? `${cleanTitle.slice(0, DESCRIPTION_MAX - 1)}…`
    : cleanTitle;
  // JSON strings are valid double-quoted YAML scalars, so `#` and `:` in titles stay safe.
  return [
    '---',
    `title: ${JSON.stringify(cleanTitle)}`,
    `description: ${JSON.stringify(description)}`,
    `pubDate: ${date}`,
    'tags: []',
    'draft: true',
    'comments: true',
    '---',
    '',
    '',
  ].join('\n');
}
