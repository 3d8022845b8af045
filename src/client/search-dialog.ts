import { SEARCH_DIALOG_TEMPLATE_ID } from '../lib/search-dialog-template.ts';
import searchStyles from '../styles/search.css?url';
import { opensSearch } from './search-shortcut.ts';

// The header's search button (SearchButton.astro), on every page, and the search page
// (src/pages/search/). Neither the dialog nor the search code is in a page: when the reader
// first opens search, the dialog comes from the search page's template, its styles as a file
// of their own and the search code by import(); the index itself (Pagefind) loads on the first
// search. A reader who only reads downloads none of it.
const loadSearch = () => import('./search-ui.ts');
const button = document.querySelector<HTMLButtonElement>('.search-open')!;
const searchPage = button.dataset.searchPage!;
let dialog: Promise<HTMLDialogElement> | undefined;

async function dialogTemplate(): Promise<HTMLTemplateElement> {
  const here = document.getElementById(SEARCH_DIALOG_TEMPLATE_ID);
  if (here instanceof HTMLTemplateElement) return here;
  const response = await fetch(searchPage);
  if (!response.ok) throw new Error(`${searchPage}: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const template = page.getElementById(SEARCH_DIALOG_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`${searchPage} holds no search dialog`);
  return template;
}

function stylesLoaded(): Promise<void> {
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
  const [template] = await Promise.all([dialogTemplate(), stylesLoaded()]);
  const created = document.importNode(template.content, true).querySelector('dialog')!;
  button.after(created);
  // Chrome spends Esc on clearing a filled search field; one press should close search.
  created.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') created.close();
  });
  // Opened with `/`, focus was nowhere in particular; the button is where search lives.
  created.addEventListener('close', () => button.focus());
  return created;
}

/** Starts making the dialog and loading the search code; a failure is left for open() to handle. */
function prepare(): Promise<HTMLDialogElement> {
  dialog ??= createDialog();
  dialog.catch(() => {});
  loadSearch().catch(() => {});
  return dialog;
}

let mounted = false;

function open(): void {
  prepare().then(
    (ready) => {
      if (!ready.open) ready.showModal();
      if (mounted) return;
      mounted = true;
      loadSearch().then(
        ({ mountSearch }) => mountSearch(ready.querySelector('.search')!),
        // Offline: submitting the form still takes the words to the search page; a later opening asks again.
        () => (mounted = false),
      );
    },
    // Offline, or the search page is gone: the search page is where search lives without the dialog.
    () => {
      dialog = undefined;
      location.assign(searchPage);
    },
  );
}

// A pointer coming onto the button (a mouse, or a finger touching it) comes before its click.
button.addEventListener('pointerenter', prepare, { once: true });
button.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  const { key, ctrlKey, metaKey, altKey } = event;
  if (!opensSearch({ key, ctrlKey, metaKey, altKey, typing })) return;
  event.preventDefault();
  open();
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
