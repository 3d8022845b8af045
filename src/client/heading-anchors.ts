import { headingLinkLabel } from '../lib/post-furniture.ts';

// Follows every h2-h4 of a post that has an id with a link to it, so readers can copy a
// link to a section. The link sits beside the heading, not inside it: the heading's own
// text, read by screen readers, stays untouched.
for (const heading of document.querySelectorAll<HTMLHeadingElement>('.prose :is(h2, h3, h4)[id]')) {
  const wrapper = document.createElement('div');
  wrapper.className = `heading heading-${heading.localName}`;
  const anchor = document.createElement('a');
  anchor.className = 'heading-anchor';
  anchor.href = `#${heading.id}`;
  anchor.setAttribute('aria-label', headingLinkLabel(heading.textContent ?? ''));
  heading.replaceWith(wrapper);
  wrapper.append(heading, anchor);
}
