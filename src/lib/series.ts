// Series: posts that belong together and read in order ("Part 2 of 3"). A post joins one by
// naming it in its front matter (`series:`); `seriesOrder:` puts it in place when dates do not.

export interface SeriesPostLike {
  id: string;
  data: {
    pubDate: Date;
    series?: string;
    seriesOrder?: number;
  };
}

export interface Series<T> {
  /** The name as the first part writes it. */
  name: string;
  slug: string;
  /** In reading order. */
  parts: T[];
}

/** Where a post sits in its series. */
export interface SeriesPlace<T> {
  series: Series<T>;
  /** 1 for the first part. */
  position: number;
  next?: T;
}

/**
 * The URL segment of a series name: "Kubernetes operators with Python" → kubernetes-operators-with-python.
 * Accents fall away and anything else becomes a hyphen, so names that differ only in case or
 * punctuation are one series.
 */
export function seriesSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function seriesUrl(slug: string): string {
  return `/series/${slug}/`;
}

export function seriesFeedPath(slug: string): string {
  return `/series/${slug}/rss.xml`;
}

/** The series whose page is at `pathname` (/series/<slug>/), so the page can announce its feed. */
export function seriesOfSeriesPage(pathname: string): string | undefined {
  const match = /^\/series\/([^/]+)\/(?:index\.html)?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * Reading order: `seriesOrder` where both parts give one, else the older part first; then the
 * part that gives an order, then the id, so parts sharing a date keep one order on every build.
 */
export function byReadingOrder(a: SeriesPostLike, b: SeriesPostLike): number {
  const orderA = a.data.seriesOrder;
  const orderB = b.data.seriesOrder;
  if (orderA !== undefined && orderB !== undefined && orderA !== orderB) return orderA - orderB;
  return (
    a.data.pubDate.getTime() - b.data.pubDate.getTime() ||
    (orderA ?? Number.POSITIVE_INFINITY) - (orderB ?? Number.POSITIVE_INFINITY) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Every series among `posts` (pass the published ones: a draft part is in no list and takes no
 * number), the one with the newest part first.
 */
export function collectSeries<T extends SeriesPostLike>(posts: readonly T[]): Series<T>[] {
  const bySlug = new Map<string, T[]>();
  // Sorted by id first, so which part names the series does not depend on the collection's order.
  for (const post of [...posts].sort((a, b) => a.id.localeCompare(b.id))) {
    const name = post.data.series;
    if (name === undefined) continue;
    const slug = seriesSlug(name);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), post]);
  }
  const series = [...bySlug].map(([slug, parts]) => {
    const ordered = parts.sort(byReadingOrder);
    return { name: ordered[0]!.data.series!.trim(), slug, parts: ordered };
  });
  const newest = (one: Series<T>) => Math.max(...one.parts.map((part) => part.data.pubDate.getTime()));
  return series.sort((a, b) => newest(b) - newest(a) || a.name.localeCompare(b.name));
}

/** The series `post` is part of, its number in it and the part after it; undefined outside a series. */
export function seriesPlace<T extends SeriesPostLike>(post: SeriesPostLike, all: readonly Series<T>[]): SeriesPlace<T> | undefined {
  if (post.data.series === undefined) return undefined;
  const slug = seriesSlug(post.data.series);
  const series = all.find((one) => one.slug === slug);
  const index = series?.parts.findIndex((part) => part.id === post.id) ?? -1;
  if (!series || index === -1) return undefined;
  return { series, position: index + 1, next: series.parts[index + 1] };
}

/** "Part 2 of 3", counting only the parts readers can see. */
export function partLabel(position: number, total: number): string {
  return `Part ${position} of ${total}`;
}

/** What structured data says of a post's series (json-ld.ts), with the series page's URL made absolute. */
export function seriesFacts(
  place: SeriesPlace<unknown>,
  absolute: (path: string) => string,
): { name: string; url: string; position: number } {
  return { name: place.series.name, url: absolute(seriesUrl(place.series.slug)), position: place.position };
}
