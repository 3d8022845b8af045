import { SEARCH_DIALOG_TEMPLATE_ID } from '../lib/search-dialog-template.ts';
import searchStyles from '../styles/search.css?url';
import { opensSearch } from './search-shortcut.ts';

// The header's search button (SearchButton.astro), on every page, and the search page
// (src/pages/search/). Pages other than the search page carry no dialog: when the reader first
// opens search, the dialog comes from the search page's template, its styles as a file of their
// own and the search code by import(); the index itself (Pagefind) loads on the first search.
// A reader who only reads downloads none of it.
const loadSearch = () => import('./search-ui.ts');
const button = document.querySelector<HTMLButtonElement>('.search-open')!;
const searchPage = button.dataset.searchPage!;
let dialogReady: Promise<HTMLDialogElement> | undefined;
let dialogSearchMounted = false;
/** The dialog once made: later openings show it within the click or key press itself. */
let madeDialog: HTMLDialogElement | undefined;
/** The field holding the keyboard while the dialog loads to open; Esc or a click elsewhere cancels. */
let opening: HTMLInputElement | undefined;

async function dialogTemplate(): Promise<HTMLTemplateElement> {
  const response = await fetch(searchPage);
  if (!response.ok) throw new Error(`${searchPage}: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const template = page.getElementById(SEARCH_DIALOG_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`${searchPage} holds no search dialog`);
  return template;
}

function loadStyles(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = searchStyles;
  document.head.append(link);
  // A dialog without its styles is still usable, so a failed file does not stop it opening.
  return new Promise((settle) => {
    link.addEventListener('load', () => settle());
    link.addEventListener('error', () => settle());
  });
}

async function createDialog(): Promise<HTMLDialogElement> {
  // The search page holds the template and links the styles itself.
  const here = document.getElementById(SEARCH_DIALOG_TEMPLATE_ID);
  const [template] = here instanceof HTMLTemplateElement ? [here] : await Promise.all([dialogTemplate(), loadStyles()]);
  const dialog = document.importNode(template.content, true).querySelector('dialog')!;
  button.after(dialog);
  // Chrome spends Esc on clearing a filled search field; one press should close search.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  // Opened with `/`, focus was nowhere in particular; the button is where search lives.
  dialog.addEventListener('close', () => button.focus());
  madeDialog = dialog;
  return dialog;
}

/** Starts making the dialog and loading the search code; a failed attempt is tried again next time. */
function prepareDialog(): Promise<HTMLDialogElement> {
  if (!dialogReady) {
    const attempt = createDialog();
    dialogReady = attempt;
    attempt.catch(() => {
      if (dialogReady === attempt) dialogReady = undefined;
    });
  }
  loadSearch().catch(() => {});
  return dialogReady;
}

/**
 * A field that holds the focus, and with it a phone's on-screen keyboard, while the dialog loads:
 * iOS brings the keyboard up only for a focus given during the tap itself. Words typed into it
 * go on into the dialog's field.
 */
function holdKeyboard(): HTMLInputElement {
  const field = document.createElement('input');
  field.type = 'search';
  field.className = 'visually-hidden search-keyboard';
  field.setAttribute('aria-label', 'Search for');
  button.after(field);
  field.focus({ preventScroll: true });
  return field;
}

function showDialog(dialog: HTMLDialogElement, words: string): void {
  if (dialog.open) return;
  const query = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  if (words) query.value = words;
  dialog.showModal();
  if (dialogSearchMounted) return;
  dialogSearchMounted = true;
  loadSearch().then(
    ({ mountSearch }) => mountSearch(dialog.querySelector('.search')!),
    // Offline: submitting the form still takes the words to the search page; a later opening asks again.
    () => (dialogSearchMounted = false),
  );
}

/** Stops an opening under way; Esc gives the focus back to the button, a click elsewhere keeps its own. */
function cancelOpening(refocus: boolean): void {
  const field = opening;
  if (!field) return;
  opening = undefined;
  if (refocus && field === document.activeElement) button.focus();
  field.remove();
  button.removeAttribute('aria-busy');
}

function open(): void {
  if (madeDialog) {
    showDialog(madeDialog, '');
    return;
  }
  if (opening) return;
  const field = holdKeyboard();
  opening = field;
  button.setAttribute('aria-busy', 'true');
  prepareDialog()
    .then(
      (dialog) => {
        if (opening === field) showDialog(dialog, field.value);
      },
      // Offline, or the search page is gone: the search page is where search lives without the dialog.
      () => {
        if (opening !== field) return;
        const words = field.value.trim();
        location.assign(words ? `${searchPage}?${new URLSearchParams({ q: words })}` : searchPage);
      },
    )
    .finally(() => {
      if (opening === field) cancelOpening(false);
    });
}

// A pointer coming onto the button (a mouse, or a finger touching it) comes before its click.
button.addEventListener('pointerenter', prepareDialog, { once: true });
button.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') cancelOpening(true);
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  const { key, ctrlKey, metaKey, altKey } = event;
  if (!opensSearch({ key, ctrlKey, metaKey, altKey, typing })) return;
  event.preventDefault();
  open();
});
// A reader who clicked elsewhere while the dialog loaded has moved on.
document.addEventListener('pointerdown', (event) => {
  const target = event.target as Node;
  if (target !== button && !button.contains(target) && target !== opening) cancelOpening(false);
});

// The search page starts when the reader starts searching, or at once for a shared ?q= link;
// when its code cannot load, the next words typed ask again.
const pageSearch = document.querySelector<HTMLElement>('#search-page');
if (pageSearch) {
  const waitForWords = () => pageSearch.addEventListener('input', start, { once: true });
  const start = () => loadSearch().then(({ mountSearch }) => mountSearch(pageSearch, { syncUrl: true }), waitForWords);
  if (location.search) start();
  else waitForWords();
}
