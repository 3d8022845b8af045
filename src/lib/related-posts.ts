import type { PostLike } from './posts.ts';

export interface Neighbours<T> {
  /** The post published just before this one. */
  previous?: T;
  /** The post published just after this one. */
  next?: T;
}

/** Previous and next post, given every post newest first (as getPublishedPosts returns them). */
export function neighbours<T extends PostLike>(newestFirst: readonly T[], id: string): Neighbours<T> {
  const index = newestFirst.findIndex((post) => post.id === id);
  if (index === -1) return {};
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}

/**
 * Up to `limit` other posts sharing tags with this one: most shared tags first,
 * then the newer post. Posts sharing no tag are not related, however few remain.
 */
export function relatedPosts<T extends PostLike>(post: PostLike, all: readonly T[], limit = 3): T[] {
  const tags = new Set(post.data.tags);
  return all
    .filter((other) => other.id !== post.id)
    .map((other) => ({ other, shared: new Set(other.data.tags.filter((tag) => tags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared || b.other.data.pubDate.getTime() - a.other.data.pubDate.getTime() || a.other.id.localeCompare(b.other.id),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
