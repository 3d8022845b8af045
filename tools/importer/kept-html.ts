import type { Element, ElementContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import type { Handle, State } from 'hast-util-to-mdast';
import { toHtml } from 'hast-util-to-html';
import type { BlockContent, Html, Nodes, Paragraph } from 'mdast';

// What Markdown cannot say but HTML in a post can, kept as (sanitised) HTML so nothing changes
// meaning: E=mc<sup>2</sup> is not E=mc2, and a definition list is not a bullet list.

const html = (value: string): Html => ({ type: 'html', value });

/** The element's opening and closing tags, with the attributes the sanitiser left. */
function tags(element: Element): [string, string] {
  const empty = toHtml({ ...element, children: [] });
  const close = `</${element.tagName}>`;
  return [empty.slice(0, -close.length), close];
}

/** `sup`, `sub`, `kbd`, `mark` and `abbr` (with its title) stay inline HTML around their converted text. */
export const inlineKept: Handle = (state, element) => {
  const [open, close] = tags(element);
  return [html(open), ...(state.all(element) as Nodes[]), html(close)] as Nodes[];
};

/** `details` stays a disclosure: its summary as HTML, its body as Markdown between the tags. */
export const details: Handle = (state, element) => {
  const summary = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
  const rest = element.children.filter((child) => child !== summary);
  const body = state.toFlow(state.all({ ...element, children: rest }) as Parameters<State['toFlow']>[0]) as BlockContent[];
  const opening = summary ? [html(`<details>\n<summary>${toHtml(summary.children)}</summary>`)] : [html('<details>')];
  return [...opening, ...body, html('</details>')];
};

/** A definition list, or a table Markdown cannot express, stays as it is written. */
export const htmlBlock: Handle = (_state, element) => html(toHtml(element));

const BLOCKS_IN_CELLS = 'td > :is(p + p, ul, ol, pre, table, blockquote, h1, h2, h3, h4, h5, h6), th > :is(ul, ol, pre, table)';

/** A table with merged cells, a caption or block content in its cells: GFM tables have none of these. */
export function isComplexTable(table: Element): boolean {
  const spans = selectAll('td, th', table).some((cell) => ['colSpan', 'rowSpan'].some((name) => Number(cell.properties[name] ?? 1) > 1));
  return spans || select('caption', table) !== undefined || select(BLOCKS_IN_CELLS, table) !== undefined;
}

/**
 * `video` and `audio` keep their player (controls on, nothing loaded until asked), followed by a
 * link to the file: a player for another host's file is refused by the site's policy, a link is not.
 */
export const media: Handle = (_state: State, element: Element) => {
  const source = element.properties.src ?? select('source[src]', element)?.properties.src;
  const player: Element = {
    ...element,
    properties: { ...element.properties, controls: true, preload: 'none' },
    children: element.children.filter((child): child is ElementContent => child.type === 'element'),
  };
  const what = element.tagName === 'video' ? 'the video' : 'the recording';
  const link: Paragraph | undefined =
    typeof source === 'string'
      ? { type: 'paragraph', children: [{ type: 'link', url: source, children: [{ type: 'text', value: `Download ${what}` }] }] }
      : undefined;
  return link ? [html(toHtml(player)), link] : html(toHtml(player));
};
