import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, previewLabel, sortNewestFirst, type PreviewLabel } from './posts.ts';

export type Post = CollectionEntry<'posts'>;

// One instant for the whole build, so a post that falls due while it runs is on every page or on none.
const buildTime = new Date();

/**
 * Posts to show, newest first: those published by the time of the build. `npm run dev`
 * also shows drafts and scheduled posts, labelled, so authors can preview them.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (post) =>
    isPublished(post, { preview: import.meta.env.DEV, now: buildTime }),
  );
  return sortNewestFirst(posts);
}

/** "Draft" or "Scheduled" on a post only a preview shows. */
export function unpublishedLabel(post: Post): PreviewLabel | undefined {
  return previewLabel(post, buildTime);
}
