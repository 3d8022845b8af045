// Makes every image in an article a button that shows it enlarged. The dialog
// code is only fetched the first time a reader opens an image.
for (const image of document.querySelectorAll<HTMLImageElement>('.prose img')) {
  const target = image.closest('picture') ?? image;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'zoom-image';
  button.setAttribute('aria-label', image.alt ? `Enlarge image: ${image.alt}` : 'Enlarge image');
  target.replaceWith(button);
  button.append(target);
  button.addEventListener('click', async () => {
    const { openZoom } = await import('./zoom-dialog.ts');
    openZoom(target, button);
  });
}
