import { expect, test } from '@playwright/test';
import { postPath, publishedPosts } from '../support/content.ts';

test.describe('home page', () => {
  test('lists every published post, newest first, with its date', async ({ page }) => {
    const expected = publishedPosts();
    expect(expected.length, 'content/posts/ should hold published posts').toBeGreaterThan(0);

    await page.goto('/');
    const items = page.locator('main ol > li');
    await expect(items).toHaveCount(expected.length);

    for (const [index, post] of expected.entries()) {
      const item = items.nth(index);
      const link = item.getByRole('heading', { level: 3 }).getByRole('link');
      await expect(link).toHaveText(post.title);
      await expect(link).toHaveAttribute('href', postPath(post.id));
      await expect(item.locator('time').first()).toHaveAttribute('datetime', post.pubDate);
      await expect(item).toContainText(/\d+ min read/);
    }
  });

  test('has the document basics', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('shipit');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('link', { name: 'shipit' })).toHaveAttribute('href', '/');
  });
});
