import { expect, type Locator, type Page } from '@playwright/test';

// Driving the search dialog and page as a reader does.

/** The header's search button, on every page. */
export function searchButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Search' });
}

export function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Search posts' });
}

export function results(scope: Locator): Locator {
  return scope.getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

export function resultTitles(scope: Locator): Promise<string[]> {
  return results(scope).getByRole('link').allTextContents();
}

export async function openSearch(page: Page): Promise<Locator> {
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

/** Types the words and waits for the answer to them, not to an earlier search. */
export async function search(scope: Locator, words: string): Promise<void> {
  await scope.getByLabel('Search for').fill(words);
  await expect(scope.getByRole('status')).toContainText(`“${words}”`);
}

/** Clicks "More results" until every result is listed. */
export async function showAll(scope: Locator): Promise<void> {
  const more = scope.getByRole('button', { name: 'More results' });
  while (await more.isVisible()) {
    const count = await results(scope).count();
    await more.click();
    await expect(results(scope)).not.toHaveCount(count);
  }
}

/**
 * Holds the fetch that brings the dialog from the search page until the returned function is
 * called; the fetch then goes on, or fails as it would offline.
 */
export async function holdDialogFetch(page: Page, outcome: 'load' | 'fail' = 'load'): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/search/', async (route) => {
    if (route.request().resourceType() !== 'fetch') return route.continue();
    await released;
    await (outcome === 'load' ? route.continue() : route.abort('internetdisconnected'));
  });
  return release;
}
