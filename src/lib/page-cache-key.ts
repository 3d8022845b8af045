import { createHash } from 'node:crypto';

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
 * The key of a post's page: the post, its neighbours, related posts and series parts as the page lists them,
 * and the hash of the site's code, whose scripts and styles on any page the page's
 * Content-Security-Policy lists. The site's tag list is not on a post's page (the search dialog
 * that offers it comes from the search page), so a new post's tags leave other posts' pages as they are.
 */
export function postPageCacheKey(
  post: KeyedPost,
  shown: { previous?: KeyedPost; next?: KeyedPost; related: readonly KeyedPost[]; seriesParts?: readonly KeyedPost[] },
  siteCode: string,
): string {
  return digestOf({
    siteCode,
    post: summary(post),
    previous: shown.previous && summary(shown.previous),
    next: shown.next && summary(shown.next),
    related: shown.related.map(summary),
    seriesParts: shown.seriesParts?.map(summary),
  });
}

/** The key of a post's Markdown copy (/posts/<slug>.md), which shows the post alone. */
export function postCopyCacheKey(post: KeyedPost, siteCode: string): string {
  return digestOf({ siteCode, post: summary(post) });
}
