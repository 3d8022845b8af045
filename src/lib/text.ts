// Small text rules used across pages, feeds, the importer and the checks: each lives here once.

/** Text for HTML or XML built by hand, in element content or a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Inclusive length limits, in characters. */
export interface LengthLimits {
  min: number;
  max: number;
}

/** What is wrong with the length of `text`, or undefined when it is within the limits. */
export function lengthProblem(text: string, { min, max }: LengthLimits): string | undefined {
  return text.length < min || text.length > max ? `must be ${min}–${max} characters, not ${text.length}` : undefined;
}

/**
 * Cuts text to at most `maxLength` characters at a word boundary, ending it with "…" and
 * without trailing punctuation. A text without a space in its second half is cut mid-word
 * rather than shortened to a stub.
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > maxLength / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** "1 post", "9 posts": the one way listings, search and reports count posts. */
export function postCountLabel(count: number): string {
  return count === 1 ? '1 post' : `${count} posts`;
}
