import type { SourcePost } from './content.ts';

// Search words picked from content/posts/ itself, so the search tests keep proving
// the same things as posts come and go.

const FENCED_BLOCK = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;
// snake_case or camelCase, letters only: an identifier no prose word spells by accident.
const IDENTIFIER = /\b(?:[A-Za-z]+(?:_[A-Za-z]+)+|[a-z]+[A-Z][A-Za-z]*)\b/g;

/**
 * An identifier from the post's fenced code blocks that appears nowhere else: not in
 * the post's own front matter or prose (inline code included), nor anywhere in any
 * other post. Searching it can only find the post through its indexed code.
 */
export function codeOnlyIdentifier(post: SourcePost, posts: readonly SourcePost[]): string | undefined {
  const code = [...post.source.matchAll(FENCED_BLOCK)].map((block) => block[0]).join('\n');
  const prose = post.source.replace(FENCED_BLOCK, ' ').toLowerCase();
  const others = posts.filter((other) => other.id !== post.id).map((other) => other.source.toLowerCase());
  return (code.match(IDENTIFIER) ?? []).find((word) => {
    const lower = word.toLowerCase();
    return word.length >= 6 && !prose.includes(lower) && others.every((text) => !text.includes(lower));
  });
}

/**
 * A word no post contains. Pagefind also matches words that start with the query, and
 * falls back to indexed words the query starts with ("xylophone" finds "x"), so the
 * word must share neither kind of prefix with any word of any post.
 */
export function nonsenseWord(posts: readonly SourcePost[]): string {
  const words = new Set(posts.flatMap((post) => post.source.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  const candidates = ['zqxjvbw', 'qzvvkx', 'jxqzwv'];
  const word = candidates.find((candidate) => [...words].every((word) => !word.startsWith(candidate) && !candidate.startsWith(word)));
  if (!word) throw new Error(`every nonsense candidate (${candidates.join(', ')}) shares a prefix with a post's word`);
  return word;
}
