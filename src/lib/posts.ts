// Pure post logic, kept free of `astro:content` so it runs under `node --test`.

/** The part of a collection entry these helpers need; real entries have more. */
export interface PostLike {
  id: string;
  data: {
    pubDate: Date;
    draft: boolean;
    tags: string[];
  };
}

export interface PublishOptions {
  /** `npm run dev`: authors see their drafts and scheduled posts too. */
  preview: boolean;
  /** When the site is built: a post dated later waits for a build on or after its day. */
  now: Date;
}

export interface TagCount {
  tag: string;
  count: number;
}

export function isScheduled(post: PostLike, now: Date): boolean {
  return post.data.pubDate.getTime() > now.getTime();
}

export function isPublished(post: PostLike, { preview, now }: PublishOptions): boolean {
  return preview || (!post.data.draft && !isScheduled(post, now));
}

export type PreviewLabel = 'Draft' | 'Scheduled';

/** Why readers cannot see a post yet, for the label a preview shows on it; undefined when they can. */
export function previewLabel(post: PostLike, now: Date): PreviewLabel | undefined {
  if (post.data.draft) return 'Draft';
  if (isScheduled(post, now)) return 'Scheduled';
  return undefined;
}

/** Newest first; posts from the same day fall back to id so the order is stable across builds. */
export function sortNewestFirst<T extends PostLike>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
}

/** A post's id: its file name without the extension, which is also its old URL's last segment. */
export function postIdOfFile(file: string): string {
  // No node:path: the comments' browser code (src/client/mount-comments.tsx) bundles this module.
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}

export function postUrl(id: string): string {
  return `/posts/${id}.html`;
}

/** The post as plain Markdown, beside its page (src/pages/posts/[slug].md.ts). */
export function postMarkdownUrl(id: string): string {
  return `/posts/${id}.md`;
}

/** Every tag with the number of posts using it: most used first, then alphabetical. */
export function collectTags(posts: readonly PostLike[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    // A post listing a tag twice still counts once.
    for (const tag of new Set(post.data.tags)) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function postsWithTag<T extends PostLike>(posts: readonly T[], tag: string): T[] {
  return posts.filter((post) => post.data.tags.includes(tag));
}
