// The table of contents of a post, built from the headings Astro collects while rendering.

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** The wide screens where the contents stay in view beside the text (post.css), open, marking the section being read. */
export const WIDE_SCREEN = '(min-width: 80rem)';

/**
 * The script after the contents' <details> (TableOfContents.astro): inline, so it runs before the
 * first paint; the pages' policy holds its hash (content-security-policy.ts).
 */
export const TOC_OPEN_SCRIPT = `document.currentScript.previousElementSibling.open=matchMedia('${WIDE_SCREEN}').matches`;

/** Short posts read fine without one; from three sections on, a map helps. */
export const MIN_SECTIONS = 3;

/** h2 sections with their h3 subsections; deeper headings stay out to keep it short. */
export function tableOfContents(headings: readonly HeadingLike[]): TocEntry[] {
  const sections: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) sections.push({ slug, text, children: [] });
    // An h3 before the first h2 has no section to sit in, so it is left out.
    else if (depth === 3) sections.at(-1)?.children.push({ slug, text, children: [] });
  }
  return sections.length >= MIN_SECTIONS ? sections : [];
}

/**
 * The section being read: the last one whose heading has scrolled above `line` (pixels from the
 * top of the window), given each heading's top in document order; -1 above the first.
 */
export function sectionBeingRead(headingTops: readonly number[], line: number): number {
  let current = -1;
  for (const [index, top] of headingTops.entries()) {
    if (top > line) break;
    current = index;
  }
  return current;
}
