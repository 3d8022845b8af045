import { createHash } from 'node:crypto';
import type { TagCount } from './posts.ts';

// Astro's incremental build (experimental.incrementalBuild) copies a page from the last build
// when its route's code and its content entry are unchanged and its cache key is the same. The
// key must therefore cover every other post's data the page shows.

/** What a page shows of a post: its front matter, and its body through the reading time. */
interface KeyedPost {
  id: string;
  digest?: string | number;
  data: object;
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

const summary = (post: KeyedPost) => [post.id, post.digest, post.data];

/**
 * The key of a post's page: the post, its neighbours and related posts as the page lists them,
 * the tags with their counts that every page's search box offers, and the hash of the site's
 * code, whose scripts and styles on any page the page's Content-Security-Policy lists.
 */
export function postPageCacheKey(
  post: KeyedPost,
  shown: { previous?: KeyedPost; next?: KeyedPost; related: readonly KeyedPost[] },
  tags: readonly TagCount[],
  siteCode: string,
): string {
  return digestOf({
    siteCode,
    post: summary(post),
    previous: shown.previous && summary(shown.previous),
    next: shown.next && summary(shown.next),
    related: shown.related.map(summary),
    tags,
  });
}
