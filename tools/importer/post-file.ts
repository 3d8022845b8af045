import { Document, isSeq } from 'yaml';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';

/** Front matter of a post, in the order it is written. */
export interface PostFrontMatter {
  title: string;
  description: string;
  pubDate: string;
  updatedDate?: string;
  tags: string[];
  draft: boolean;
  comments?: boolean;
  legacyId?: string;
  legacyUrl?: string;
  [field: string]: unknown;
}

/**
 * Fields the feed cannot know: the author sets them by hand after an import, and a later
 * import must not take them away.
 */
const AUTHOR_FIELDS = ['tags', 'draft', 'comments'] as const;

export function renderPostFile(frontMatter: PostFrontMatter, body: string): string {
  const fields = Object.fromEntries(Object.entries(frontMatter).filter(([, value]) => value !== undefined));
  const document = new Document(fields);
  const tags = document.get('tags', true);
  // Tags read best on one line: `tags: [kubernetes, python]`.
  if (isSeq(tags)) tags.flow = true;
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body}`;
}

export interface ParsedPostFile {
  frontMatter: Record<string, unknown>;
  body: string;
}

export function parsePostFile(text: string): ParsedPostFile | undefined {
  const parsed = parseFrontMatter(text);
  // renderPostFile puts a blank line between the front matter and the body.
  return parsed && { frontMatter: parsed.data, body: parsed.body.replace(/^\r?\n/, '') };
}

/** Keeps what the author added to an earlier import (tags, drafts, comments) in the new one. */
export function withAuthorFields(imported: PostFrontMatter, existing: Record<string, unknown> | undefined): PostFrontMatter {
  if (!existing) return imported;
  const merged: PostFrontMatter = { ...imported };
  for (const field of AUTHOR_FIELDS) {
    const value = existing[field];
    if (value === undefined) continue;
    if (field === 'tags' && imported.tags.length > 0) continue;
    (merged as Record<string, unknown>)[field] = value;
  }
  return orderFields(merged);
}

const FIELD_ORDER = ['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft', 'comments', 'legacyId', 'legacyUrl'];

function orderFields(frontMatter: PostFrontMatter): PostFrontMatter {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (field in frontMatter) ordered[field] = frontMatter[field];
  for (const [field, value] of Object.entries(frontMatter)) if (!(field in ordered)) ordered[field] = value;
  return ordered as PostFrontMatter;
}
