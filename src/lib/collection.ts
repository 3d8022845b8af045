import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfAnyHasProblems } from './front-matter/problems.ts';
import { isPublished, previewLabel, sortNewestFirst, type PreviewLabel } from './posts.ts';

export type Post = CollectionEntry<'posts'>;

// One instant for the whole build, so a post that falls due while it runs is on every page or on none.
const buildTime = new Date();

/**
 * Posts to show, newest first: those published by the time of the build. `npm run dev`
 * also shows drafts and scheduled posts, labelled, so authors can preview them, and throws
 * the front matter problems of any post, so every page shows them in the browser instead
 * of an old version of the post or a 404.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts');
  throwIfAnyHasProblems(posts);
  return sortNewestFirst(posts.filter((post) => isPublished(post, { preview: import.meta.env.DEV, now: buildTime })));
}

/** "Draft" or "Scheduled" on a post only a preview shows. */
export function unpublishedLabel(post: Post): PreviewLabel | undefined {
  return previewLabel(post, buildTime);
}
