import { expect, test } from '@playwright/test';
import { SEARCH_NEEDS_BUILD } from '../../src/lib/search.ts';
import { findPost, postPath, publishedPosts } from '../support/content.ts';
import { dialog, holdDialogFetch, openSearch, results, search, searchButton } from '../support/search-driver.ts';

// Pages carry only the search button; the dialog, its styles and the search code come when asked for.
const posts = publishedPosts();
const GISCUS_POST = findPost('from-utterances-to-giscus');

test.describe('opening the search dialog', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('Esc while the dialog loads cancels its opening', async ({ page }) => {
    const release = await holdDialogFetch(page);
    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    await expect(searchButton(page)).toBeFocused();
    release();
    // The dialog is put in the page once fetched; it must then stay closed.
    await expect(page.locator('dialog.search-dialog')).toBeAttached();
    await expect(dialog(page)).toBeHidden();
    await expect(searchButton(page)).not.toHaveAttribute('aria-busy');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });

  test('a tap gives a field the focus at once, and words typed while the dialog loads go on into it', async ({ page }) => {
    // A phone shows its keyboard only for a focus given during the tap, before the dialog is fetched.
    const release = await holdDialogFetch(page);
    await searchButton(page).click();
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeFocused();
    await page.keyboard.type('giscus');
    await expect(dialog(page)).toBeHidden();
    release();
    const field = dialog(page).getByLabel('Search for');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('giscus');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(results(dialog(page)).first().getByRole('link')).toHaveText(GISCUS_POST.title);
  });

  test('a fetch that failed while the pointer passed the button is tried again on the click', async ({ page }) => {
    let fetches = 0;
    await page.route('**/search/', (route) =>
      route.request().resourceType() === 'fetch' && ++fetches === 1 ? route.abort('internetdisconnected') : route.continue(),
    );
    const failed = page.waitForEvent('requestfailed');
    await searchButton(page).hover();
    await failed;
    await searchButton(page).click();
    await expect(dialog(page)).toBeVisible();
    expect(fetches).toBe(2);
  });

  test('when the dialog cannot be fetched, opening search goes to the search page', async ({ page }) => {
    // The dialog comes from the search page by fetch(); going there is a navigation, which still works.
    const fail = await holdDialogFetch(page, 'fail');
    await page.keyboard.press('/');
    fail();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('main').getByLabel('Search for')).toBeVisible();
  });

  test('words typed while the dialog failed to load reach the search page', async ({ page }) => {
    const fail = await holdDialogFetch(page, 'fail');
    await page.keyboard.press('/');
    await page.keyboard.type('irsa');
    fail();
    await expect(page).toHaveURL(/\/search\/\?q=irsa$/);
    await expect(page.getByRole('main').getByLabel('Search for')).toHaveValue('irsa');
  });
});

test.describe('search loads on demand', () => {
  for (const path of ['/', postPath(posts[0]!.id), '/search/']) {
    test(`${path} downloads neither the search code nor Pagefind until search is used`, async ({ page, request }) => {
      const pagefindRequests: string[] = [];
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(r.url());
        else if (r.resourceType() === 'script') scripts.push(r.url());
      });
      // The search code is the one script holding the notice for a site built without an index.
      const searchCode = async (urls: string[]) => {
        const holding = await Promise.all(urls.map(async (url) => (await (await request.get(url)).text()).includes(SEARCH_NEEDS_BUILD)));
        return urls.filter((_, index) => holding[index]);
      };
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Tab');
      await page.mouse.wheel(0, 600);
      await page.waitForLoadState('networkidle');
      expect(pagefindRequests).toEqual([]);
      expect(await searchCode(scripts)).toEqual([]);

      await page.locator('main h1').click();
      const box = await openSearch(page);
      await search(box, 'giscus');
      expect(await searchCode(scripts), 'the search code came with the search').toHaveLength(1);
      expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });
  }

  test('without an index (as in npm run dev) search says it needs the built site', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    const box = await openSearch(page);
    await box.getByLabel('Search for').fill('giscus');
    await expect(box.getByRole('status')).toHaveText('Search works on the built site: run npm start.');
  });

  test('when the search code cannot load, the words still reach the search page', async ({ page }) => {
    await page.goto('/');
    await page.route('**/_astro/**', (route) => route.abort('internetdisconnected'));
    const box = await openSearch(page);
    await box.getByLabel('Search for').fill('giscus');
    await box.getByLabel('Search for').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=giscus/);
  });
});
