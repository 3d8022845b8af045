import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { htmlToMarkdown, summarize } from './html-to-markdown.ts';
import { parseFeed, type FeedEntry } from './parse-feed.ts';
import { parsePostFile, renderPostFile, withAuthorFields, type PostFrontMatter } from './post-file.ts';

export interface ImportOptions {
  outDir: string;
  /** Overwrite posts that were edited by hand since the last import. */
  force?: boolean;
}

export type Outcome = 'written' | 'unchanged' | 'kept' | 'skipped';

export interface PlannedPost {
  outcome: Outcome;
  /** Which entry this is, as a person would recognise it in the feed. */
  label: string;
  path?: string;
  text?: string;
  reason?: string;
}

export interface ImportPlan {
  posts: PlannedPost[];
  /** Local image paths the imported posts reference, each once. */
  imagePaths: string[];
}

/** Reads an existing post file; undefined when there is none. */
export type ReadExisting = (path: string) => string | undefined;

/**
 * Decides what importing `xml` into `outDir` does to every entry, without touching the disk.
 * Throws FeedParseError for malformed XML, so a broken feed writes nothing at all.
 */
export function planImport(xml: string, options: ImportOptions, readExisting: ReadExisting): ImportPlan {
  const feed = parseFeed(xml);
  const posts: PlannedPost[] = [];
  const imagePaths = new Set<string>();
  const slugsSeen = new Set<string>();
  for (const entry of feed.entries) {
    const label = entryLabel(entry);
    if (!entry.title || !entry.link) {
      posts.push({ outcome: 'skipped', label, reason: `it has no ${entry.title ? 'link' : 'title'}` });
      continue;
    }
    const slug = slugOf(entry.link);
    if (slugsSeen.has(slug)) {
      posts.push({ outcome: 'skipped', label, reason: `another entry already imports to the slug "${slug}"` });
      continue;
    }
    slugsSeen.add(slug);
    const path = join(options.outDir, `${slug}.md`);
    if (readExisting(join(options.outDir, `${slug}.mdx`)) !== undefined) {
      posts.push({ outcome: 'kept', label, path: `${path}x`, reason: 'it was turned into MDX by hand; left alone' });
      continue;
    }
    const body = htmlToMarkdown(entry.html, entry.link);
    body.imagePaths.forEach((image) => imagePaths.add(image));
    const existing = readExisting(path);
    const previous = existing === undefined ? undefined : parsePostFile(existing);
    const fresh = renderPostFile(withAuthorFields(frontMatterOf(entry), previous?.frontMatter), body.markdown);
    if (existing === fresh) {
      posts.push({ outcome: 'unchanged', label, path });
    } else if (existing !== undefined && !options.force) {
      posts.push({ outcome: 'kept', label, path, reason: 'it differs from the feed (edited by hand?); left alone, use --force to overwrite' });
    } else {
      posts.push({ outcome: 'written', label, path, text: fresh });
    }
  }
  return { posts, imagePaths: [...imagePaths] };
}

/** Carries out a plan: every file is written to a temporary name first, then renamed into place. */
export function writePlan(plan: ImportPlan, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const post of plan.posts) {
    if (post.outcome !== 'written' || !post.path || post.text === undefined) continue;
    const temporary = `${post.path}.tmp-${process.pid}`;
    writeFileSync(temporary, post.text);
    renameSync(temporary, post.path);
  }
}

export function readExistingFile(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function frontMatterOf(entry: FeedEntry): PostFrontMatter {
  const published = entry.published ?? entry.updated;
  const pubDate = published ? formatDate(published) : formatDate(new Date(0));
  const updated = entry.published && entry.updated ? formatDate(entry.updated) : undefined;
  return {
    title: entry.title!,
    description: summarize(entry.html) || entry.title!,
    pubDate,
    updatedDate: updated !== pubDate ? updated : undefined,
    tags: [...new Set(entry.categories.map((category) => new GithubSlugger().slug(category)))],
    draft: false,
    legacyId: entry.id,
    legacyUrl: entry.link,
  };
}

/** Midnight UTC dates, as static-site feeds write them, read best as a plain day. */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The last path segment of the entry's link, without `.html`: the old URL's own name. */
export function slugOf(link: string): string {
  const path = new URL(link, 'https://example.invalid').pathname;
  const segment = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '').replace(/\.html?$/, '');
  return /^[A-Za-z0-9][\w.-]*$/.test(segment) ? segment : new GithubSlugger().slug(segment) || 'post';
}

function entryLabel(entry: FeedEntry): string {
  const name = entry.title ? `"${entry.title}"` : entry.id ?? entry.link ?? 'without title, id or link';
  return `entry ${entry.position} (${name})`;
}
