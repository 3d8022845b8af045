import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { MISSING_IMAGE_NOTE } from '../markdown/rehype-post-images.ts';

// A post's HTML is rendered for its page: copy buttons, heading anchors, scrolling
// table boxes, missing-image boxes and Shiki's theme variables only work with the site's
// CSS and scripts. Feed readers show the HTML without them, so feeds get a plain version.

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function isElement(node: RootContent | ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/**
 * Shiki's light-theme variables as plain CSS: `--shiki-light` is the colour,
 * `--shiki-light-bg` the background, `--shiki-light-font-style` and the like their
 * property. Every other `--shiki-*` variable (the dark theme) is dropped; declarations
 * that are not Shiki's stay as they are.
 */
export function plainShikiStyle(style: string): string {
  const declarations: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!name || !value) continue;
    if (!name.startsWith('--shiki')) {
      declarations.push(`${name}:${value}`);
    } else if (name === '--shiki-light') {
      declarations.push(`color:${value}`);
    } else if (name === '--shiki-light-bg') {
      declarations.push(`background-color:${value}`);
    } else if (name.startsWith('--shiki-light-')) {
      declarations.push(`${name.slice('--shiki-light-'.length)}:${value}`);
    }
  }
  return declarations.join(';');
}

/** What a feed shows for a missing image: its name as a short text, never its path. */
function missingImageText(box: Element): Element {
  const label = box.properties.ariaLabel;
  const name = typeof label === 'string' ? label.trim() : '';
  if (!name || name.startsWith(MISSING_IMAGE_NOTE)) return h('em', name || MISSING_IMAGE_NOTE);
  return h('em', `${MISSING_IMAGE_NOTE}: ${name}`);
}

/** Elements that only do something with the site's scripts, which feed readers never run. */
const PAGE_ONLY = new Set(['script', 'style', 'link', 'template', 'button', 'input', 'select', 'textarea']);

/**
 * What a feed shows for an interactive island: its server-rendered HTML, then a note
 * pointing to the post. The empty href becomes the post's URL when URLs are made absolute.
 */
function islandForFeed(island: Element): ElementContent[] {
  const note = h('p', h('em', ['This part of the post is interactive: ', h('a', { href: '' }, 'open the post'), ' to use it.']));
  return [...island.children, note];
}

/**
 * The HTML of a post's page made fit for feed readers, with the same text:
 * - interactive islands (`<astro-island>`) keep their static HTML and gain a note
 *   pointing to the post; scripts, styles, templates and form controls are left out;
 * - code blocks lose their header (language label, copy button, status) and keep the `<pre>`;
 * - headings lose their empty anchor link and its wrapper;
 * - tables leave their focusable scrolling box;
 * - a missing image's box becomes a short text with the image's name, without its path;
 * - Shiki's colour variables become the light theme's plain colours;
 * - nothing keeps a `tabindex`, since there is no page script or CSS behind it.
 */
export function cleanFeedHtml(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, (node, index, parent) => {
    // Comments are the renderer's markers (`<!--astro:end-->`), of no use to a reader.
    if (node.type === 'comment' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type !== 'element') return;
    const element = node as Element;
    const siblings = parent?.children as (RootContent | ElementContent)[] | undefined;

    if (siblings && index !== undefined) {
      if (PAGE_ONLY.has(element.tagName)) {
        siblings.splice(index, 1);
        return index;
      }
      if (element.tagName === 'astro-island' || element.tagName === 'astro-slot' || element.tagName === 'astro-static-slot') {
        siblings.splice(index, 1, ...(element.tagName === 'astro-island' ? islandForFeed(element) : element.children));
        return index;
      }
      // Wrappers made for the page give way to what they wrap.
      if (
        (element.tagName === 'div' && (hasClass(element, 'code-block') || hasClass(element, 'heading'))) ||
        (element.tagName === 'section' && hasClass(element, 'table-scroll'))
      ) {
        const kept = element.children.filter(
          (child) => !(isElement(child) && (hasClass(child, 'code-header') || hasClass(child, 'heading-anchor'))),
        );
        siblings.splice(index, 1, ...kept);
        // Visit what took the wrapper's place.
        return index;
      }
      if (hasClass(element, 'code-header') || (element.tagName === 'a' && hasClass(element, 'heading-anchor'))) {
        siblings.splice(index, 1);
        return index;
      }
      // A decorative image (empty alt) says nothing in a feed either.
      if (hasClass(element, 'missing-image') && element.properties.ariaHidden === 'true') {
        siblings.splice(index, 1);
        return index;
      }
      if (hasClass(element, 'missing-image')) {
        siblings[index] = missingImageText(element);
        return SKIP;
      }
    }

    delete element.properties.tabIndex;
    const style = element.properties.style;
    if (typeof style === 'string' && style.includes('--shiki')) {
      const plain = plainShikiStyle(style);
      if (plain) element.properties.style = plain;
      else delete element.properties.style;
    }
    return undefined;
  });
  return toHtml(tree);
}
