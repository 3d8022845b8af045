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

// Every post page scans every post, so each post's tags become a set once per build, not once per page.
const tagSets = new WeakMap<PostLike, Set<string>>();

function tagSet(post: PostLike): Set<string> {
  let tags = tagSets.get(post);
  if (!tags) {
    tags = new Set(post.data.tags);
    tagSets.set(post, tags);
  }
  return tags;
}

/**
 * Up to `limit` other posts sharing tags with this one: most shared tags first,
 * then the newer post. Posts sharing no tag are not related, however few remain.
 */
export function relatedPosts<T extends PostLike>(post: PostLike, all: readonly T[], limit = 3): T[] {
  if (limit <= 0) return [];
  const tags = tagSet(post);
  const ranksBefore = (a: Ranked<T>, b: Ranked<T>) =>
    b.shared - a.shared || b.other.data.pubDate.getTime() - a.other.data.pubDate.getTime() || a.other.id.localeCompare(b.other.id);
  // Every post page asks, so the best few are kept while scanning rather than sorting them all.
  const best: Ranked<T>[] = [];
  for (const other of all) {
    if (other.id === post.id) continue;
    const otherTags = tagSet(other);
    let shared = 0;
    for (const tag of tags) if (otherTags.has(tag)) shared++;
    if (shared === 0) continue;
    const ranked = { other, shared };
    if (best.length === limit && ranksBefore(ranked, best.at(-1)!) >= 0) continue;
    const at = best.findIndex((kept) => ranksBefore(ranked, kept) < 0);
    best.splice(at === -1 ? best.length : at, 0, ranked);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

interface Ranked<T> {
  other: T;
  shared: number;
}
