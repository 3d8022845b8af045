import GithubSlugger from 'github-slugger';

/** Long enough for any real title, short enough for every file system and a readable URL. */
export const SLUG_MAX = 80;

/** The last path segment of the entry's link, without `.html`: the old URL's own name. */
export function slugOf(link: string): string {
  const path = new URL(link, 'https://example.invalid').pathname;
  const segment = decodeSafely(path.split('/').filter(Boolean).pop() ?? '').replace(/\.html?$/, '');
  const slug = /^[A-Za-z0-9][\w.-]*$/.test(segment) ? segment : new GithubSlugger().slug(segment) || 'post';
  return shorten(slug);
}

/**
 * A slug for every link (undefined for entries that are not imported), each used once: a
 * later entry with the same slug gets `-2`, `-3`… and a warning saying so.
 */
export function assignSlugs(links: readonly (string | undefined)[]): ({ slug: string; warning?: string } | undefined)[] {
  const taken = new Set<string>();
  return links.map((link) => {
    if (link === undefined) return undefined;
    const wanted = slugOf(link);
    let slug = wanted;
    for (let number = 2; taken.has(slug); number++) slug = `${shorten(wanted, SLUG_MAX - `-${number}`.length)}-${number}`;
    taken.add(slug);
    return slug === wanted ? { slug } : { slug, warning: `another entry already imports to "${wanted}": imported as "${slug}"` };
  });
}

/** Cuts at the last hyphen that fits, so the slug still ends in whole words. */
function shorten(slug: string, max = SLUG_MAX): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > max / 2 ? cut.slice(0, hyphen) : cut;
}

/** Malformed percent-encoding (`%E0%A4%A`) stays as written rather than failing the entry. */
function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
