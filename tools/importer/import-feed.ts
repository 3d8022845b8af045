import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { z } from 'astro/zod';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { postSchema } from '../../src/lib/front-matter/post-schema.ts';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, DESCRIPTION_PLACEHOLDER } from '../../src/lib/seo.ts';
import { TAG_PATTERN } from '../../src/lib/tags.ts';
import { truncateAtWord } from '../../src/lib/text.ts';
import { entryAddresses, fragmentsIn, type EntryAddresses } from './entry-links.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { parseFeed, type FeedEntry } from './parse-feed.ts';
import { parsePostFile, renderPostFile, withAuthorFields, type PostFrontMatter } from './post-file.ts';
import { assignSlugs } from './slugs.ts';
import { htmlToPlainText, summarize } from './summary.ts';

/** How much of an untitled entry's opening words its made-up title takes. */
const UNTITLED_OPENING_MAX = 60;

export interface ImportOptions {
  outDir: string;
  /** Overwrite posts that were edited by hand since the last import. */
  force?: boolean;
  /** The day an entry without a date is filed under; today unless a test says otherwise. */
  today?: Date;
  /** Images brought beside the posts (`--images`): their path on the old site → how posts link them. */
  keptImages?: ReadonlyMap<string, string>;
}

export type Outcome = 'written' | 'unchanged' | 'kept' | 'skipped';

export interface PlannedPost {
  outcome: Outcome;
  /** Which entry this is, as a person would recognise it in the feed: position, title and link. */
  label: string;
  path?: string;
  text?: string;
  reason?: string;
  /** What the author should know about a post that was imported anyway. */
  warnings: string[];
  /** The old site's images the post references, by their path there. */
  imagePaths?: string[];
}

export interface ImportPlan {
  posts: PlannedPost[];
  /** The old site's image paths the imported posts reference, each once. */
  imagePaths: string[];
  /** Images to write beside the posts (`--images`), where they are missing or differ. */
  imageFiles?: { path: string; bytes: Uint8Array }[];
}

/** Reads an existing post file; undefined when there is none. */
export type ReadExisting = (path: string) => string | undefined;

/**
 * Decides what importing `xml` into `outDir` does to every entry, without touching the disk.
 * Throws FeedParseError for malformed XML, so a broken feed writes nothing at all; a broken
 * entry is skipped with the reason, and the others are imported.
 */
export function planImport(xml: string, options: ImportOptions, readExisting: ReadExisting): ImportPlan {
  const feed = parseFeed(xml);
  const posts: PlannedPost[] = [];
  const imagePaths = new Set<string>();
  const slugs = assignSlugs(feed.entries.map((entry) => entry.link));
  // A link to an entry that comes in as a draft would lead nowhere until it is published: it keeps its old address.
  const addresses = entryAddresses(
    feed.entries.flatMap((entry, index) =>
      slugs[index] && entry.link && !comesInAsDraft(entry)
        ? [{ link: entry.link, slug: slugs[index].slug, ids: fragmentsIn(entry.html) }]
        : [],
    ),
  );
  feed.entries.forEach((entry, index) => {
    const label = entryLabel(entry);
    const slug = slugs[index];
    if (!entry.link || !slug) {
      posts.push({ outcome: 'skipped', label, reason: 'it has no link, so no address to keep', warnings: [] });
      return;
    }
    try {
      posts.push(
        planEntry(entry, slug.slug, { label, warnings: slug.warning ? [slug.warning] : [] }, addresses, options, readExisting, imagePaths),
      );
    } catch (error) {
      posts.push({ outcome: 'skipped', label, reason: `it could not be converted (${describeError(error)})`, warnings: [] });
    }
  });
  return { posts, imagePaths: [...imagePaths] };
}

function planEntry(
  entry: FeedEntry,
  slug: string,
  { label, warnings }: { label: string; warnings: string[] },
  addresses: EntryAddresses,
  options: ImportOptions,
  readExisting: ReadExisting,
  imagePaths: Set<string>,
): PlannedPost {
  const path = join(options.outDir, `${slug}.md`);
  if (readExisting(join(options.outDir, `${slug}.mdx`)) !== undefined) {
    return { outcome: 'kept', label, path: `${path}x`, reason: 'it was turned into MDX by hand; left alone', warnings };
  }
  const pageUrl = isWebAddress(entry.link) ? entry.link : undefined;
  if (!pageUrl)
    warnings.push(`its link "${entry.link}" is not a full address and the feed names no site to resolve it: imported without legacyUrl`);
  const kept = options.keptImages ?? new Map<string, string>();
  const body = htmlToMarkdown(entry.html, pageUrl, addresses, kept);
  if (body.removed.length > 0) warnings.push(`left out what a post cannot hold: ${body.removed.join(', ')}`);
  const existing = readExisting(path);
  const previous = existing === undefined ? undefined : parsePostFile(existing);
  const frontMatter = withAuthorFields(frontMatterOf(entry, pageUrl, options.today ?? new Date(), warnings), previous?.frontMatter);
  const fresh = renderPostFile(frontMatter, body.markdown);
  const problems = schemaProblems(fresh);
  if (problems) return { outcome: 'skipped', label, reason: `the post would not pass the build (${problems})`, warnings };
  for (const image of body.imagePaths) imagePaths.add(image);
  const images = { imagePaths: body.imagePaths };
  if (existing === fresh) return { outcome: 'unchanged', label, path, warnings: [], ...images };
  // Bringing images changes only their references: the post as an import without them wrote it was not edited by hand.
  const brought = body.imagePaths.some((image) => kept.has(image));
  const withoutImages = brought ? renderPostFile(frontMatter, htmlToMarkdown(entry.html, pageUrl, addresses).markdown) : fresh;
  if (existing !== undefined && existing !== withoutImages && !options.force) {
    return {
      outcome: 'kept',
      label,
      path,
      reason: 'it differs from the feed (edited by hand?); left alone, use --force to overwrite',
      warnings: [],
      ...images,
    };
  }
  return { outcome: 'written', label, path, text: fresh, warnings, ...images };
}

function frontMatterOf(entry: FeedEntry, pageUrl: string | undefined, today: Date, warnings: string[]): PostFrontMatter {
  const published = entry.published ?? entry.updated;
  let draft = false;
  const title = entry.title ?? untitledTitle(entry);
  if (!entry.title) {
    draft = true;
    warnings.push(`it has no title: imported as a draft titled "${title}"; give it a title, then set draft: false`);
  }
  if (!published) {
    draft = true;
    warnings.push('it has no date: imported as a draft dated today; set pubDate, then draft: false');
  }
  const pubDate = formatDate(published ?? today, !published);
  const updated = entry.published && entry.updated ? formatDate(entry.updated) : undefined;
  let description = authorSummary(entry) ?? summarize(entry.html);
  if (description.length < DESCRIPTION_MIN) {
    draft = true;
    description = DESCRIPTION_PLACEHOLDER;
    warnings.push(
      `its text is too short for a description of ${DESCRIPTION_MIN}+ characters: imported as a draft; write a description, then set draft: false`,
    );
  }
  const tags = [...new Set(entry.categories.map((category) => new GithubSlugger().slug(category)))];
  const unusable = tags.filter((tag) => !TAG_PATTERN.test(tag));
  if (unusable.length > 0) warnings.push(`categories that make no tag were left out: ${unusable.join(', ')}`);
  const legacyId = entry.id && z.url().safeParse(entry.id).success ? entry.id : undefined;
  if (entry.id && !legacyId) {
    warnings.push(
      `feed readers knew it by the id "${entry.id}", which is not a URL and cannot be kept: they may show it again as a new item`,
    );
  }
  return {
    title,
    description,
    pubDate,
    updatedDate: updated !== pubDate ? updated : undefined,
    tags: tags.filter((tag) => TAG_PATTERN.test(tag)),
    draft,
    legacyId,
    legacyUrl: pageUrl,
  };
}

/** Whether frontMatterOf makes the entry a draft: no title, no date, or no text long enough to describe it. */
function comesInAsDraft(entry: FeedEntry): boolean {
  if (!entry.title || !(entry.published ?? entry.updated)) return true;
  try {
    return (authorSummary(entry) ?? summarize(entry.html)).length < DESCRIPTION_MIN;
  } catch {
    // HTML too deeply nested to read: the entry is skipped, and a link to it keeps its old address.
    return true;
  }
}

/** A title for an entry the feed gives none: its opening words, as a feed reader shows such an entry. */
function untitledTitle(entry: FeedEntry): string {
  const opening = truncateAtWord(htmlToPlainText(entry.html), UNTITLED_OPENING_MAX);
  return opening ? `Untitled: ${opening}` : `Untitled entry ${entry.position}`;
}

/** The entry's own summary, when the feed has one beside the full text and it fits the description rule. */
function authorSummary(entry: FeedEntry): string | undefined {
  const summary = entry.summary === undefined ? '' : htmlToPlainText(entry.summary);
  return summary.length >= DESCRIPTION_MIN && summary.length <= DESCRIPTION_MAX ? summary : undefined;
}

/** Why the rendered post would fail the build's schema, or undefined when it passes. */
function schemaProblems(file: string): string | undefined {
  const data = parseFrontMatter(file)?.data;
  if (!data) return 'its front matter cannot be read back';
  const result = postSchema.safeParse(data);
  return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

function isWebAddress(link: string | undefined): link is string {
  return link !== undefined && URL.canParse(link) && /^https?:$/.test(new URL(link).protocol);
}

/** Midnight UTC dates, as static-site feeds write them, read best as a plain day. */
function formatDate(date: Date, dayOnly = false): string {
  const iso = date.toISOString();
  return dayOnly || iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function entryLabel(entry: FeedEntry): string {
  const name = [entry.title && `"${entry.title}"`, entry.link ?? entry.id].filter(Boolean).join(', ');
  return `entry ${entry.position} (${name || 'without title, id or link'})`;
}

/** One line for the warning: a stack overflow from absurdly nested HTML says little by its own message. */
function describeError(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'its HTML is nested too deeply';
  return error instanceof Error ? error.message : String(error);
}
