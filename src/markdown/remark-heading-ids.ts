import type { Properties } from 'hast';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

// remark-rehype reads `data.hProperties`; its types ship with mdast-util-to-hast,
// which we do not depend on directly, so declare the field the same way here.
declare module 'mdast' {
  interface Data {
    hProperties?: Properties | undefined;
  }
}

// kramdown's explicit header id syntax: `## Why migrate {#why-migrate}`.
// Imported posts keep the old site's ids so existing deep links still land on
// the right heading. The old ids may start with a digit (`1-the-problem`),
// which kramdown allowed, so anything without whitespace or braces counts.
const TRAILING_ID = /[ \t]+\{#([^\s{}]+)\}[ \t]*$/;

/** Returns the id and the heading text without its `{#id}` suffix, or null. */
export function splitHeadingId(text: string): { text: string; id: string } | null {
  const match = TRAILING_ID.exec(text);
  if (!match) return null;
  return { text: text.slice(0, match.index), id: match[1] };
}

export function applyHeadingId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const split = splitHeadingId(last.value);
  if (!split) return undefined;

  if (split.text === '' && heading.children.length > 1) {
    // `## **Bold** {#id}` leaves an empty text node behind; drop it.
    heading.children.pop();
  } else {
    last.value = split.text;
  }
  heading.data ??= {};
  heading.data.hProperties = { ...heading.data.hProperties, id: split.id };
  return split.id;
}

/**
 * Remark plugin: turns a trailing ` {#some-id}` in a heading into the heading's id.
 * Astro's own heading-id step (rehypeHeadingIds) keeps an id that is already set,
 * so `render()`'s `headings` report these ids too.
 * Only for `.md`: in `.mdx` the braces are a JS expression and fail to compile first.
 */
export default function remarkHeadingIds() {
  return function transformer(tree: Root): void {
    visit(tree, 'heading', (node) => {
      applyHeadingId(node);
    });
  };
}
