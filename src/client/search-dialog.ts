import { opensSearch } from './search-shortcut.ts';

// The header's search dialog (SearchDialog.astro), on every page, and the search page
// (src/pages/search/). The search code loads when search opens, so a reader who only reads
// never downloads it; the index itself (Pagefind) loads on the first search.
const loadSearch = () => import('./search-ui.ts');
const button = document.querySelector<HTMLButtonElement>('.search-open')!;
const dialog = document.querySelector<HTMLDialogElement>('.search-dialog')!;
let mounted = false;

function open(): void {
  if (dialog.open) return;
  dialog.showModal();
  if (mounted) return;
  mounted = true;
  loadSearch().then(
    ({ mountSearch }) => mountSearch(dialog.querySelector('.search')!),
    // Offline: submitting the form still takes the words to the search page; a later opening asks again.
    () => (mounted = false),
  );
}

button.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  const { key, ctrlKey, metaKey, altKey } = event;
  if (!opensSearch({ key, ctrlKey, metaKey, altKey, typing })) return;
  event.preventDefault();
  open();
});
// Chrome spends Esc on clearing a filled search field; one press should close search.
dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') dialog.close();
});
// Opened with `/`, focus was nowhere in particular; the button is where search lives.
dialog.addEventListener('close', () => button.focus());

// The search page starts when the reader starts searching, or at once for a shared ?q= link;
// when its code cannot load, the next words typed ask again.
const searchPage = document.querySelector<HTMLElement>('#search-page');
if (searchPage) {
  const waitForWords = () => searchPage.addEventListener('input', start, { once: true });
  const start = () => loadSearch().then(({ mountSearch }) => mountSearch(searchPage, { syncUrl: true }), waitForWords);
  if (location.search) start();
  else waitForWords();
}
