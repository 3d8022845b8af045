import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { explicitHeadingIds, findPost, postPath, publishedPosts, readPosts } from '../support/content.ts';
import { LINKED_POST_ID, LINKING_POST, POST_WITH_CODE, POST_WITH_TABLE } from '../support/views.ts';

test.describe('post pages', () => {
  for (const post of publishedPosts()) {
    test(`${post.id} renders its title, date and heading ids`, async ({ page }) => {
      const response = await page.goto(postPath(post.id));
      expect(response?.status()).toBe(200);

      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(post.title);
      await expect(page).toHaveTitle(`${post.title} | ${site.title}`);
      const article = page.locator('article');
      await expect(article.locator(`time[datetime="${post.pubDate}"]`).first()).toBeVisible();
      await expect(article).toContainText(/\d+ min read/);

      for (const id of explicitHeadingIds(post.body)) {
        await expect(article.locator(`[id="${id}"]`), `heading #${id}`).toHaveCount(1);
      }
      await expect(article).not.toContainText(/\{#[^\s{}]+\}/);
    });
  }

  test('drafts are not published', async ({ request }) => {
    for (const draft of readPosts().filter((p) => p.draft)) {
      const response = await request.get(postPath(draft.id));
      expect(response.status(), `${draft.id} is a draft`).toBe(404);
    }
  });

  test('a post with code renders a code block', async ({ page }) => {
    findPost(POST_WITH_CODE);
    await page.goto(postPath(POST_WITH_CODE));
    const code = page.locator('article pre code').first();
    await expect(code).toBeVisible();
    await expect(code).not.toBeEmpty();
  });

  test('a post with a table renders the table', async ({ page }) => {
    findPost(POST_WITH_TABLE);
    await page.goto(postPath(POST_WITH_TABLE));
    const table = page.locator('article table').first();
    await expect(table).toBeVisible();
    expect(await table.locator('th').count()).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  });

  test('a link between posts leads to the other post', async ({ page }) => {
    const target = findPost(LINKED_POST_ID);
    await page.goto(postPath(LINKING_POST.id));
    await page
      .locator(`article a[href="${postPath(LINKED_POST_ID)}"]`)
      .first()
      .click();
    await expect(page).toHaveURL(postPath(LINKED_POST_ID));
    await expect(page.locator('h1')).toHaveText(target.title);
  });
});

test('every internal link and fragment on the site resolves', async ({ page, request }) => {
  const pages = ['/', '/tags/', '/about/', ...publishedPosts().map((post) => postPath(post.id))];
  const links = new Map<string, string>();
  for (const path of pages) {
    await page.goto(path);
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const url = new URL(href, `http://localhost${path}`);
      if (url.host === 'localhost') links.set(url.pathname + url.hash, path);
    }
  }

  // Each linked page is fetched once and opened once for all its fragments.
  const fragments = new Map<string, Map<string, string>>();
  for (const [link, from] of links) {
    const [pathname, fragment] = link.split('#');
    if (!fragments.has(pathname!)) {
      const response = await request.get(pathname!);
      expect(response.status(), `${pathname} (linked from ${from})`).toBe(200);
      fragments.set(pathname!, new Map());
    }
    if (fragment) fragments.get(pathname!)!.set(fragment, from);
  }
  for (const [pathname, wanted] of fragments) {
    if (wanted.size === 0) continue;
    await page.goto(pathname);
    const ids = new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)));
    for (const [fragment, from] of wanted) {
      expect(ids.has(decodeURIComponent(fragment)), `#${fragment} on ${pathname} (linked from ${from})`).toBe(true);
    }
  }
});
