import { Document, isMap, isScalar, isSeq, parse, Scalar } from 'yaml';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { DATE_FIELDS } from '../../src/lib/front-matter/post-schema.ts';

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
const AUTHOR_FIELDS = ['tags', 'draft', 'comments', 'series', 'seriesOrder'] as const;

export function renderPostFile(frontMatter: PostFrontMatter, body: string): string {
  const fields = Object.fromEntries(Object.entries(frontMatter).filter(([, value]) => value !== undefined));
  const document = new Document(fields);
  const tags = document.get('tags', true);
  // Tags read best on one line: `tags: [kubernetes, python]`.
  if (isSeq(tags)) tags.flow = true;
  quoteWhatTheBuildWouldMisread(document);
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body}`;
}

/**
 * The build reads front matter as YAML 1.1, where a plain `2024-01-01`, `yes` or `1:30` is not
 * text: such strings are quoted. Dates are meant to be read as dates and stay plain.
 */
function quoteWhatTheBuildWouldMisread(document: Document): void {
  if (!isMap(document.contents)) return;
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && (DATE_FIELDS as readonly unknown[]).includes(pair.key.value)) continue;
    const scalars = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const scalar of scalars) {
      if (isScalar(scalar) && typeof scalar.value === 'string' && readAsYaml11(scalar.value) !== scalar.value)
        scalar.type = Scalar.QUOTE_DOUBLE;
    }
  }
}

function readAsYaml11(text: string): unknown {
  return parse(new Document(text).toString({ lineWidth: 0 }), { schema: 'yaml-1.1' });
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

/** Keeps what the author set on an earlier import (tags, drafts, comments, series), even over the feed's categories. */
export function withAuthorFields(imported: PostFrontMatter, existing: Record<string, unknown> | undefined): PostFrontMatter {
  if (!existing) return imported;
  const merged: PostFrontMatter = { ...imported };
  for (const field of AUTHOR_FIELDS) {
    const value = existing[field];
    if (value === undefined) continue;
    (merged as Record<string, unknown>)[field] = value;
  }
  return orderFields(merged);
}

const FIELD_ORDER = [
  'title',
  'description',
  'pubDate',
  'updatedDate',
  'tags',
  'series',
  'seriesOrder',
  'draft',
  'comments',
  'legacyId',
  'legacyUrl',
];

function orderFields(frontMatter: PostFrontMatter): PostFrontMatter {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (field in frontMatter) ordered[field] = frontMatter[field];
  for (const [field, value] of Object.entries(frontMatter)) if (!(field in ordered)) ordered[field] = value;
  return ordered as PostFrontMatter;
}
