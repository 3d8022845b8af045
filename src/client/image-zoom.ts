// Makes every image in an article a button that shows it enlarged. The dialog code comes with
// it rather than on first use: it is small, and a script that imports nothing can be written
// into the page (src/components/ProseFurniture.astro).
import { openZoom } from './zoom-dialog.ts';

for (const image of document.querySelectorAll<HTMLImageElement>('.prose img')) {
  const target = image.closest('picture') ?? image;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'zoom-image';
  button.setAttribute('aria-label', image.alt ? `Enlarge image: ${image.alt}` : 'Enlarge image');
  target.replaceWith(button);
  button.append(target);
  button.addEventListener('click', () => openZoom(target, button));
}
