import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortNewestFirst } from './posts.ts';

export type Post = CollectionEntry<'posts'>;

/** Posts to show, newest first. `npm run dev` includes drafts so authors can preview them. */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (post) =>
    isPublished(post, { includeDrafts: import.meta.env.DEV }),
  );
  return sortNewestFirst(posts);
}
