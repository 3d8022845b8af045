import { sectionBeingRead, WIDE_SCREEN } from '../lib/toc.ts';

// Marks the section being read in the table of contents with aria-current, on wide screens where
// the contents stay beside the text. Phones keep the folded contents as they are. Nothing moves
// or animates: only the marked link's colours change, so reduced motion needs nothing else.
const toc = document.querySelector<HTMLElement>('.toc');
const links = [...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
const wide = matchMedia(WIDE_SCREEN);
let marked: HTMLAnchorElement | undefined;
let pending = false;

/** Keeps the marked link inside the contents' own scroll box, without scrolling the page. */
function keepInView(link: HTMLElement): void {
  if (!toc) return;
  const box = toc.getBoundingClientRect();
  const item = link.getBoundingClientRect();
  if (item.top < box.top) toc.scrollTop -= box.top - item.top;
  else if (item.bottom > box.bottom) toc.scrollTop += item.bottom - box.bottom;
}

function mark(link: HTMLAnchorElement | undefined): void {
  if (link === marked) return;
  marked?.removeAttribute('aria-current');
  marked = link;
  if (!link) return;
  link.setAttribute('aria-current', 'location');
  keepInView(link);
}

function update(): void {
  pending = false;
  // A heading counts as read once it passes the upper fifth of the window.
  const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
  mark(wide.matches ? links[sectionBeingRead(tops, window.innerHeight / 5)] : undefined);
}

function scheduleUpdate(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(update);
}

if (links.length > 0) {
  addEventListener('scroll', scheduleUpdate, { passive: true });
  addEventListener('resize', scheduleUpdate, { passive: true });
  wide.addEventListener('change', scheduleUpdate);
  update();
}
