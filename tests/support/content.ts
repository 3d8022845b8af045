import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { isDatedAfterNow } from './built-site.ts';

// The e2e tests derive what the site should show from content/posts/ itself, so they
// keep working as posts come and go.

export const POSTS_DIR = join(import.meta.dirname, '..', '..', 'content', 'posts');

export interface SourcePost {
  id: string;
  file: string;
  title: string;
  /** `YYYY-MM-DD`, as the `<time datetime>` attribute should read. */
  pubDate: string;
  /** `YYYY-MM-DD`, when the post says it was updated. */
  updatedDate?: string;
  tags: string[];
  draft: boolean;
  /** `comments: false` turns the post's comments off. */
  comments: boolean;
  /** The series the post names, as written. */
  series?: string;
  body: string;
  /** The whole file, front matter included. */
  source: string;
}

function dayOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

export function readPosts(): SourcePost[] {
  return readdirSync(POSTS_DIR)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const source = readFileSync(join(POSTS_DIR, file), 'utf-8');
      const parsed = parseFrontMatter(source);
      if (!parsed) throw new Error(`${file} has no readable front matter`);
      const { data, body } = parsed;
      return {
        id: file.replace(/\.mdx?$/, ''),
        file,
        title: String(data.title),
        pubDate: dayOf(data.pubDate),
        updatedDate: data.updatedDate === undefined ? undefined : dayOf(data.updatedDate),
        tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
        draft: data.draft === true,
        comments: data.comments !== false,
        series: typeof data.series === 'string' ? data.series.trim() : undefined,
        body,
        source,
      };
    });
}

/** What a production build lists: no drafts, no posts dated after now, newest first, same-day posts by id. */
export function publishedPosts(): SourcePost[] {
  return readPosts()
    .filter((post) => !post.draft && !isDatedAfterNow(post.pubDate))
    .sort((a, b) => b.pubDate.localeCompare(a.pubDate) || a.id.localeCompare(b.id));
}

export function postPath(id: string): string {
  return `/posts/${id}.html`;
}

export function findPost(id: string): SourcePost {
  const post = readPosts().find((p) => p.id === id);
  if (!post) throw new Error(`expected content/posts/${id}.md to exist`);
  return post;
}

/** Heading ids set with kramdown's `{#id}` syntax in the markdown source. */
export function explicitHeadingIds(body: string): string[] {
  return [...body.matchAll(/^#{1,6}[ \t].*[ \t]\{#([^\s{}]+)\}[ \t]*$/gm)].map((m) => m[1]);
}

/** The post with the longest source, code included: the hardest test of the layout. */
export function longestPost(): SourcePost {
  return publishedPosts().reduce((longest, post) => (post.body.length > longest.body.length ? post : longest));
}

export interface CodeFence {
  /** The words after the opening fence's language, e.g. `showLineNumbers`. */
  meta: string;
  code: string;
}

/** The fenced code blocks of a Markdown body, as written (fences inside list items lose their indent). */
export function codeFences(body: string): CodeFence[] {
  const fence = /^([ \t]*)(`{3,}|~{3,})[^\S\n]*(\S*)[^\S\n]*(.*)\n([\s\S]*?)\n\1\2[^\S\n]*$/gm;
  return [...body.matchAll(fence)].map(([, indent, , , meta, code]) => ({
    meta: meta!.trim(),
    code: code!
      .split('\n')
      .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
      .join('\n'),
  }));
}

/** Every tag of the published posts with the number of posts carrying it. */
export function tagCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of publishedPosts()) for (const tag of new Set(post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}
