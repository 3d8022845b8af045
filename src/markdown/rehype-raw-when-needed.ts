import type { ElementContent, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlVoidElements } from 'html-void-elements';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
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

const VOID = new Set(htmlVoidElements);
// Elements that mean the same wherever a fragment stands. Tables, lists and the like are left
// out: the HTML parser places their parts by context, which only a whole-tree parse knows.
const CONTEXT_FREE = new Set(
  ('a abbr b br cite code del em i img ins kbd mark q s samp small span strong sub sup time u var wbr ' +
    'figure figcaption picture source div p blockquote hr').split(' '),
);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * Whether an HTML fragment closes every element it opens, in order, using only `allowed`
 * elements: then parsing it on its own gives what parsing it in place would.
 */
export function isSelfContained(html: string, allowed: ReadonlySet<string>): boolean {
  const open: string[] = [];
  for (const [match, closing, rawName] of html.matchAll(TAG)) {
    if (match.startsWith('<!--')) continue;
    const name = rawName!.toLowerCase();
    if (!allowed.has(name)) return false;
    if (VOID.has(name)) continue;
    if (closing) {
      if (open.pop() !== name) return false;
    } else {
      open.push(name);
    }
  }
  return open.length === 0;
}

function fragmentNodes(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

/**
 * rehype-raw, for posts that need it. It re-parses the whole tree with parse5, highlighted
 * code included, so a post whose raw HTML pieces are each whole (the imported figures) has
 * just those pieces parsed; anything else gets rehype-raw as before.
 */
export default function rehypeRawWhenNeeded(options: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => {
    if (!hasRawHtml(tree)) return tree;
    const pieces: { parent: Parents; index: number; nodes: ElementContent[] }[] = [];
    let allWhole = true;
    visitParents(tree, 'raw', (node, ancestors) => {
      // A whole piece is an HTML block, which Markdown places only where any element may stand;
      // an inline tag is a piece of its own (`<a id="x">`, then `</a>`), never whole.
      if (!isSelfContained(node.value, CONTEXT_FREE)) {
        allWhole = false;
        return EXIT;
      }
      const parent = ancestors.at(-1)!;
      pieces.push({ parent, index: parent.children.indexOf(node as ElementContent), nodes: fragmentNodes(node.value) });
    });
    if (!allWhole) return raw(tree, file);
    // Last piece first, so the indexes of the earlier ones still hold.
    for (const { parent, index, nodes } of pieces.reverse()) parent.children.splice(index, 1, ...nodes);
    return tree;
  };
}
