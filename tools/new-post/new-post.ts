import { parseArgs } from 'node:util';
import { slug } from 'github-slugger';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, DESCRIPTION_PLACEHOLDER, descriptionProblem } from '../../src/lib/seo.ts';
import { TAG_PATTERN, TAG_RULE } from '../../src/lib/tags.ts';

export const NEW_POST_USAGE = `usage: npm run new -- "A title" [--tags aws,python] [--description "${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters"] [--out folder]`;

export interface NewPostOptions {
  title: string;
  tags: string[];
  /** Left out, the draft gets the placeholder the schema refuses to publish. */
  description?: string;
  /** Folder to write to; content/posts when left out. */
  out?: string;
}

/** Reads the command line of `npm run new`; throws an Error whose message the author can act on. */
export function parseNewPostArgs(args: readonly string[]): NewPostOptions {
  const config = {
    args: [...args],
    allowPositionals: true,
    options: { tags: { type: 'string' }, description: { type: 'string' }, out: { type: 'string' } },
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    // Node's own message goes on about positionals starting with '-', which titles never need.
    throw new Error(unknown ? `unknown option ${unknown}; the options are --tags, --description and --out` : (error as Error).message);
  }
  const { values, positionals } = parsed;
  // Joining lets `npm run new -- A title` work without quotes too.
  const title = positionals.join(' ').trim();
  if (!title) throw new Error('give the post a title');
  return {
    title,
    tags: values.tags === undefined ? [] : parseTags(values.tags),
    description: values.description === undefined ? undefined : checkedDescription(values.description),
    out: values.out,
  };
}

function parseTags(text: string): string[] {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length === 0) throw new Error('--tags: name at least one tag, e.g. --tags aws,python');
  const bad = tags.find((tag) => !TAG_PATTERN.test(tag));
  if (bad !== undefined) throw new Error(`--tags: ${JSON.stringify(bad)}: ${TAG_RULE}`);
  return tags;
}

function checkedDescription(text: string): string {
  const description = text.trim();
  const problem = description === DESCRIPTION_PLACEHOLDER ? 'write your own description' : descriptionProblem(description);
  if (problem) throw new Error(`--description: ${problem}`);
  return description;
}

/** The file name and URL of a post: lower case, accents dropped, words joined by single hyphens. */
export function slugFromTitle(title: string): string {
  const plain = title
    .trim()
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '');
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
 * Markdown for a new draft. Without a description it gets the placeholder, which the
 * schema accepts on a draft and refuses once `draft` is false.
 */
export function newPostText(
  title: string,
  date: string,
  { tags = [], description = DESCRIPTION_PLACEHOLDER }: { tags?: readonly string[]; description?: string } = {},
): string {
  const cleanTitle = title.trim();
  if (!cleanTitle) throw new Error('the title must not be empty');
  // JSON strings are valid double-quoted YAML scalars, so `#` and `:` in titles stay safe;
  // tags are plain words and hyphens (TAG_PATTERN), safe unquoted.
  return [
    '---',
    `title: ${JSON.stringify(cleanTitle)}`,
    `description: ${JSON.stringify(description)}`,
    `pubDate: ${date}`,
    `tags: [${tags.join(', ')}]`,
    'draft: true',
    'comments: true',
    '---',
    '',
    '',
  ].join('\n');
}
