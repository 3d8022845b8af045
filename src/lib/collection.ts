import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfAnyHasProblems } from './front-matter-problems.ts';
import { isPublished, sortNewestFirst } from './posts.ts';

export type Post = CollectionEntry<'posts'>;

/**
 * Posts to show, newest first. `npm run dev` includes drafts so authors can preview them,
 * and throws the front matter problems of any post, so every page shows them in the
 * browser instead of an old version of the post or a 404.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts');
  throwIfAnyHasProblems(posts);
  return sortNewestFirst(posts.filter((post) => isPublished(post, { includeDrafts: import.meta.env.DEV })));
}
