import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

// Markdown posts reach the feeds as the content layer stored them: the very HTML their
// pages show. Only an MDX post's interactive islands need Astro's renderer, whose output
// carries the island's scripts and markers; feed readers run no scripts, so an island
// there is its server-rendered HTML and a pointer to the post.

/** What an island's hydration needs, and form controls that do nothing without it. */
const SCRIPT_ONLY = new Set(['script', 'style', 'link', 'template', 'button', 'input', 'select', 'textarea']);

/** The island's server-rendered HTML, then a note; the empty href becomes the post's URL once URLs are made absolute. */
function islandForFeed(island: Element): ElementContent[] {
  const note = h('p', h('em', ['This part of the post is interactive: ', h('a', { href: '' }, 'open the post'), ' to use it.']));
  return [...island.children, note];
}

function isIslandPart(element: Element): boolean {
  return ['astro-island', 'astro-slot', 'astro-static-slot'].includes(element.tagName);
}

/**
 * An MDX post's HTML as Astro renders it, fit for feed readers: each `<astro-island>` keeps
 * its static HTML and gains a note pointing to the post; what only works with the island's
 * scripts (scripts, styles, templates, form controls) and the renderer's comments go.
 * HTML without islands passes through untouched.
 */
export function staticIslands(html: string): string {
  if (!html.includes('<astro-island')) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const siblings = parent.children as (RootContent | ElementContent)[];
    if (node.type === 'comment') {
      siblings.splice(index, 1);
      return index;
    }
    if (node.type !== 'element') return;
    if (SCRIPT_ONLY.has(node.tagName)) {
      siblings.splice(index, 1);
      return index;
    }
    if (isIslandPart(node)) {
      siblings.splice(index, 1, ...(node.tagName === 'astro-island' ? islandForFeed(node) : node.children));
      return index;
    }
    return undefined;
  });
  return toHtml(tree);
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);

/** A callout as feed readers show one without the site's styles: a quote opening with its label in bold. */
function calloutForFeed(callout: Element): Element {
  const [title, ...body] = callout.children.filter((child): child is Element => child.type === 'element');
  const label = title ? toText(title).trim() : '';
  return h('blockquote', [h('p', h('strong', label)), ...body]);
}

/**
 * Post HTML with its callouts (src/markdown/callouts.ts) as quotes: a feed reader drops the
 * site's icon styles and would show an aside's icon unstroked. HTML without callouts passes through.
 */
export function calloutsAsQuotes(html: string): string {
  if (!html.includes('class="callout ')) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || node.tagName !== 'aside' || !hasClass(node, 'callout')) return undefined;
    (parent.children as ElementContent[]).splice(index, 1, calloutForFeed(node));
    return undefined;
  });
  return toHtml(tree);
}
