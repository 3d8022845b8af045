import { tableLabel } from '../lib/post-furniture.ts';

// Puts each table of a post in a box that scrolls sideways on small screens, focusable so
// keyboard users can scroll it too, and named after its columns. A named <section> is a
// region landmark, so screen readers announce the box.
for (const table of document.querySelectorAll<HTMLTableElement>('.prose table')) {
  const box = document.createElement('section');
  box.className = 'table-scroll';
  box.tabIndex = 0;
  box.setAttribute('aria-label', tableLabel([...table.querySelectorAll('th')].map((th) => th.textContent ?? '')));
  table.replaceWith(box);
  box.append(table);
}
