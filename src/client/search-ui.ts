// The search form's behaviour in the browser, loaded and mounted when a reader opens search
// or starts searching on the search page (see search-dialog.ts). Pagefind itself is
// fetched on the first search, from the index `astro build` writes to /pagefind/
// under the site's base path; Pagefind puts that same base path before the result URLs.

import {
  RESULTS_PAGE_SIZE,
  SEARCH_NEEDS_BUILD,
  arrowTarget,
  resultSummary,
  searchRequest,
  toSearchHit,
  type PagefindResultData,
  type SearchHit,
} from '../lib/search.ts';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

interface SearchOptions {
  filters: Record<string, string>;
}

/** The slice of Pagefind's browser API (pagefind.js) that this UI uses. */
interface Pagefind {
  options(options: { excerptLength: number }): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindSearch>;
  /** Resolves to null when a newer call replaced this one before it ran. */
  debouncedSearch(term: string | null, options: SearchOptions, timeout: number): Promise<PagefindSearch | null>;
}

// A variable, not a literal, so Vite leaves the import to the browser: the file
// only exists once Pagefind has indexed the built site.
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
const TYPING_PAUSE_MS = 150;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

export interface MountOptions {
  /** Keep the words and tag in the address (`?q=…&tag=…`) so a search can be shared. */
  syncUrl?: boolean;
}

export function mountSearch(root: HTMLElement, { syncUrl = false }: MountOptions = {}): void {
  const form = root.querySelector('form')!;
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const tag = form.querySelector<HTMLSelectElement>('select[name="tag"]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const template = root.querySelector('template')!;

  // Each search gets a number so answers arriving late for older words are dropped.
  let latest = 0;
  let waiting: PagefindResult[] = [];

  function render(hit: SearchHit): DocumentFragment {
    const item = template.content.cloneNode(true) as DocumentFragment;
    const link = item.querySelector('a')!;
    link.href = hit.url;
    link.textContent = hit.title;
    const time = item.querySelector('time')!;
    if (hit.date) {
      time.dateTime = hit.date.iso;
      time.textContent = hit.date.text;
    } else {
      time.parentElement!.remove();
    }
    const excerpt = item.querySelector('.search-excerpt')!;
    for (const part of hit.excerpt) {
      if (part.highlighted) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    return item;
  }

  async function showMore(search: number): Promise<HTMLAnchorElement | undefined> {
    const batch = waiting.slice(0, RESULTS_PAGE_SIZE);
    waiting = waiting.slice(RESULTS_PAGE_SIZE);
    const hits = await Promise.all(batch.map(async (result) => toSearchHit(await result.data())));
    if (search !== latest) return undefined;
    const first = list.children.length;
    for (const hit of hits) list.append(render(hit));
    more.hidden = waiting.length === 0;
    return list.children[first]?.querySelector('a') ?? undefined;
  }

  function rememberInUrl(): void {
    const params = new URLSearchParams();
    if (query.value.trim() !== '') params.set('q', query.value.trim());
    if (tag.value !== '') params.set('tag', tag.value);
    const search = params.size > 0 ? `?${params}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}`);
  }

  async function run(afterTypingPause: boolean): Promise<void> {
    if (syncUrl) rememberInUrl();
    const search = ++latest;
    const request = searchRequest(query.value, tag.value);
    if (!request) {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      status.textContent = SEARCH_NEEDS_BUILD;
      return;
    }
    const options = { filters: request.filters };
    const found = afterTypingPause
      ? await engine.debouncedSearch(request.term, options, TYPING_PAUSE_MS)
      : await engine.search(request.term, options);
    if (!found || search !== latest) return;
    waiting = found.results;
    list.replaceChildren();
    await showMore(search);
    if (search === latest) status.textContent = resultSummary(found.results.length, query.value, tag.value);
  }

  query.addEventListener('input', () => void run(true));
  tag.addEventListener('change', () => void run(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  more.addEventListener('click', async () => {
    // The button hides once every result is shown, so focus moves on to the first new one.
    (await showMore(latest))?.focus();
  });

  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const current = event.target === query ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (event.target !== query && current === -1) return;
    const target = arrowTarget(event.key, current, links.length);
    if (target === null) return;
    event.preventDefault();
    (target === -1 ? query : links[target]!).focus();
  });

  if (syncUrl) {
    const params = new URLSearchParams(location.search);
    query.value = params.get('q') ?? query.value;
    tag.value = params.get('tag') ?? tag.value;
  }
  // Words typed while this module was loading are searched right away.
  void run(false);
}
