import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether a tree holds HTML written in the Markdown, which only rehype-raw turns into elements. */
export function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * rehype-raw, skipped for posts without raw HTML: it re-parses the whole tree with parse5,
 * a cost most posts (plain Markdown) do not need to pay.
 */
export default function rehypeRawWhenNeeded(options: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => (hasRawHtml(tree) ? raw(tree, file) : tree);
}
