import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfAnyHasProblems } from './front-matter/problems.ts';
import { collectSeries, type Series } from './series.ts';
import { collectTags, isPublished, previewLabel, sortNewestFirst, type PreviewLabel, type TagCount } from './posts.ts';

export type Post = CollectionEntry<'posts'>;

// One instant for the whole build, so a post that falls due while it runs is on every page or on none.
const buildTime = new Date();

/**
 * Posts to show, newest first: those published by the time of the build. `npm run dev`
 * also shows drafts and scheduled posts, labelled, so authors can preview them, and throws
 * the front matter problems of any post, so every page shows them in the browser instead
 * of an old version of the post or a 404.
 */
async function loadPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts');
  // Only `npm run dev` loads posts with problems (a build stops on them in the loader).
  if (import.meta.env.DEV) throwIfAnyHasProblems(posts);
  return sortNewestFirst(posts.filter((post) => isPublished(post, { preview: import.meta.env.DEV, now: buildTime })));
}

// Most pages ask (listings, neighbours, the search form's tags): a build's posts do not change while it
// runs, so they are read, filtered and sorted once; dev reads them afresh as the author edits.
// Callers share the list and must not change it.
let publishedOnce: Promise<Post[]> | undefined;

export function getPublishedPosts(): Promise<Post[]> {
  if (import.meta.env.DEV) return loadPublishedPosts();
  publishedOnce ??= loadPublishedPosts();
  return publishedOnce;
}

let tagsOnce: Promise<TagCount[]> | undefined;

/** The published posts' tags with their counts, most used first; counted once per build, like the posts. */
export function getPublishedTags(): Promise<TagCount[]> {
  if (import.meta.env.DEV) return getPublishedPosts().then(collectTags);
  tagsOnce ??= getPublishedPosts().then(collectTags);
  return tagsOnce;
}

let seriesOnce: Promise<Series<Post>[]> | undefined;

/** Every series of the published posts, their parts in reading order; drafts take no part. */
export function getPublishedSeries(): Promise<Series<Post>[]> {
  if (import.meta.env.DEV) return getPublishedPosts().then(collectSeries);
  seriesOnce ??= getPublishedPosts().then(collectSeries);
  return seriesOnce;
}

/** "Draft" or "Scheduled" on a post only a preview shows. */
export function unpublishedLabel(post: Post): PreviewLabel | undefined {
  return previewLabel(post, buildTime);
}
