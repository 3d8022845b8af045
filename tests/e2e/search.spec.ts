import { expect, test } from '@playwright/test';
import { SEARCH_NEEDS_BUILD } from '../../src/lib/search.ts';
import { findPost, postPath, publishedPosts, type SourcePost } from '../support/content.ts';
import { codeOnlyIdentifier, nonsenseWord } from '../support/search-words.ts';

const posts = publishedPosts();
const GISCUS_POST = findPost('from-utterances-to-giscus');
const EKS_POST = findPost('setting-up-eks-with-irsa-using-terraform');

import { dialog, openSearch, results, resultTitles, search, showAll } from '../support/search-driver.ts';

const mentions = (post: SourcePost, word: string) => post.source.toLowerCase().includes(word);

test.describe('search dialog', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('"giscus" lists the giscus post first, with its date and a highlighted excerpt', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'giscus');
    const first = results(box).first();
    await expect(first.getByRole('link')).toHaveText(GISCUS_POST.title);
    await expect(first.getByRole('link')).toHaveAttribute('href', postPath(GISCUS_POST.id));
    await expect(first.locator(`time[datetime="${GISCUS_POST.pubDate}"]`)).toHaveText('December 27, 2021');
    await expect(first.locator('mark').first()).toContainText(/giscus/i);
  });

  test('"irsa" finds the EKS post', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('"kopf" finds every post that mentions it, the Kubernetes operators posts among them', async ({ page }) => {
    const expected = posts.filter((post) => mentions(post, 'kopf')).map((post) => post.title);
    expect(expected.some((title) => title.startsWith('Kubernetes operators with Python'))).toBe(true);

    const box = await openSearch(page);
    await search(box, 'kopf');
    await showAll(box);
    expect((await resultTitles(box)).sort()).toEqual(expected.sort());
  });

  test("a word found only in one post's code finds that post, for every post with such a word", async ({ page }) => {
    const cases = posts.flatMap((post) => {
      const word = codeOnlyIdentifier(post, posts);
      return word ? [{ post, word }] : [];
    });
    expect(cases.length, 'some post should have an identifier only in its code').toBeGreaterThan(0);

    const box = await openSearch(page);
    for (const { post, word } of cases) {
      await search(box, word);
      await expect(results(box).first().getByRole('link'), `"${word}" from ${post.id}`).toHaveText(post.title);
    }
  });

  test('a nonsense word gets a friendly empty state', async ({ page }) => {
    const word = nonsenseWord(posts);
    const box = await openSearch(page);
    await search(box, word);
    await expect(box.getByRole('status')).toHaveText(`No posts match “${word}”. Try another word.`);
    await expect(results(box)).toHaveCount(0);
  });

  test('every tag lists exactly its posts', async ({ page }) => {
    const tags = [...new Set(posts.flatMap((post) => post.tags))];
    expect(tags.length).toBeGreaterThan(0);

    const box = await openSearch(page);
    for (const tag of tags) {
      const expected = posts.filter((post) => post.tags.includes(tag)).map((post) => post.title);
      await box.getByLabel('Tag').selectOption(tag);
      const count = expected.length === 1 ? '1 post' : `${expected.length} posts`;
      await expect(box.getByRole('status')).toHaveText(`${count} tagged “${tag}”.`);
      await showAll(box);
      expect((await resultTitles(box)).sort(), `posts tagged ${tag}`).toEqual(expected.sort());
    }
  });

  test("a tag narrows the words' results", async ({ page }) => {
    const otherTag = posts.flatMap((post) => post.tags).find((tag) => !EKS_POST.tags.includes(tag))!;
    const box = await openSearch(page);

    await box.getByLabel('Tag').selectOption(EKS_POST.tags[0]!);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);

    await box.getByLabel('Tag').selectOption(otherTag);
    await expect(box.getByRole('status')).toHaveText(`No posts tagged “${otherTag}” match “irsa”. Try another word or all tags.`);
    await expect(results(box)).toHaveCount(0);
  });

  test('Esc while the dialog loads cancels its opening', async ({ page }) => {
    await page.route('**/search/', async (route) => {
      if (route.request().resourceType() === 'fetch') await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    // The dialog is put in the page once fetched; it must then stay closed.
    await expect(page.locator('dialog.search-dialog')).toBeAttached();
    await expect(dialog(page)).toBeHidden();
    await expect(page.locator('.search-open')).not.toHaveAttribute('aria-busy');
  });

  test('a fetch that failed while the pointer passed the button is tried again on the click', async ({ page }) => {
    let fetches = 0;
    await page.route('**/search/', (route) =>
      route.request().resourceType() === 'fetch' && ++fetches === 1 ? route.abort('internetdisconnected') : route.continue(),
    );
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    const failed = page.waitForEvent('requestfailed');
    await button.hover();
    await failed;
    await button.click();
    await expect(dialog(page)).toBeVisible();
    expect(fetches).toBe(2);
  });

  test('a result leads to its post', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'irsa');
    await results(box).first().getByRole('link').click();
    await expect(page).toHaveURL(postPath(EKS_POST.id));
    await expect(page.locator('h1')).toHaveText(EKS_POST.title);
  });
});

test.describe('search page', () => {
  test('the search dialog opens and searches on the search page too', async ({ page }) => {
    await page.goto('/search/');
    // The page's own field has the focus, so `/` would type there: the header's button opens the dialog.
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const box = dialog(page);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('when the dialog cannot be fetched, opening search goes to the search page', async ({ page }) => {
    await page.goto('/');
    // The dialog comes from the search page by fetch(); going there is a navigation, which still works.
    await page.route('**/search/', (route) =>
      route.request().resourceType() === 'fetch' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('main').getByLabel('Search for')).toBeVisible();
  });

  test('a shared ?q= address shows its results', async ({ page }) => {
    await page.goto('/search/?q=irsa');
    const main = page.getByRole('main');
    await expect(main.getByLabel('Search for')).toHaveValue('irsa');
    await expect(results(main).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('the address follows the words and tag', async ({ page }) => {
    await page.goto('/search/');
    const main = page.getByRole('main');
    await search(main, 'giscus');
    await expect(page).toHaveURL('/search/?q=giscus');
    await main.getByLabel('Tag').selectOption('github');
    await expect(page).toHaveURL('/search/?q=giscus&tag=github');
    await expect(results(main).first().getByRole('link')).toHaveText(GISCUS_POST.title);
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
