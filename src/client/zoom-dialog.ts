// A native modal <dialog>: it traps focus and closes on Esc by itself.
let dialog: HTMLDialogElement | undefined;

function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'zoom-dialog';
  element.setAttribute('aria-label', 'Enlarged image');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'zoom-close';
  close.textContent = 'Close';
  element.append(close);
  // A click anywhere (the image, the backdrop or the button) closes it again.
  element.addEventListener('click', () => element.close());
  document.body.append(element);
  return element;
}

export function openZoom(picture: Element, opener: HTMLElement): void {
  dialog ??= createDialog();
  const copy = picture.cloneNode(true) as Element;
  const image = copy instanceof HTMLImageElement ? copy : copy.querySelector('img')!;
  // The enlarged copy picks the largest fitting source from the same srcsets.
  for (const source of copy.querySelectorAll('source')) source.sizes = '100vw';
  image.sizes = '100vw';
  image.loading = 'eager';
  dialog.querySelector('.zoom-close')!.after(copy);
  dialog.addEventListener(
    'close',
    () => {
      copy.remove();
      opener.focus();
    },
    { once: true },
  );
  dialog.showModal();
}
