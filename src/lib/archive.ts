import type { PostLike } from './posts.ts';

/** The first page of the archive, which lists every post by year. */
export function archiveUrl(): string {
  return '/archive/';
}

export interface YearGroup<T> {
  year: number;
  posts: T[];
}

/** Posts grouped by the year they were published, keeping the order they come in. */
export function groupByYear<T extends PostLike>(posts: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const post of posts) {
    // Front matter dates are UTC midnights (see dates.ts).
    const year = post.data.pubDate.getUTCFullYear();
    const group = groups.find((candidate) => candidate.year === year);
    if (group) group.posts.push(post);
    else groups.push({ year, posts: [post] });
  }
  return groups;
}
