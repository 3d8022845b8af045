// The old site's reading-time rule, kept so imported posts show the same labels.

const FENCE_LINE = /^[ \t]*(`{3,}|~{3,}).*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
const AUTOLINK = /<[A-Za-z][\w+.-]*:[^>\s]*>/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const INLINE_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const REFERENCE_LINK = /\[([^\]]*)\]\[[^\]]*\]/g;
const LINK_DEFINITION = /^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$/gm;
const HEADING_ID = /[ \t]+\{#[^\s{}]+\}[ \t]*$/gm;
const HTML_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi;
// A token counts as a word only if it has a letter or digit, so leftover markup
// like `##`, `*`, `|` or `---` does not.
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Words in a markdown/HTML post body, with markup and URLs stripped. */
export function countWords(body: string): number {
  const text = body
    .replace(HTML_COMMENT, ' ')
    .replace(FENCE_LINE, ' ')
    // Images disappear entirely: their alt text was never part of the old count.
    .replace(IMAGE, ' ')
    .replace(INLINE_LINK, ' $1 ')
    .replace(REFERENCE_LINK, ' $1 ')
    .replace(LINK_DEFINITION, ' ')
    .replace(AUTOLINK, ' ')
    .replace(HTML_TAG, ' ')
    .replace(HEADING_ID, ' ')
    .replace(HTML_ENTITY, ' ');
  return text.split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
}

export function readingTimeLabel(words: number): string {
  if (words < 360) return '1 min read';
  return `${Math.floor(words / 180)} min read`;
}

// A post is listed on many pages (home, archive, tags, related posts); its words are counted once.
const labels = new Map<string, string>();

export function readingTime(body: string): string {
  let label = labels.get(body);
  if (label === undefined) {
    label = readingTimeLabel(countWords(body));
    labels.set(body, label);
  }
  return label;
}
