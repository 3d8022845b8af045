import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts } from '../support/content.ts';

test.describe('home page', () => {
  test('lists the latest posts, newest first, with their dates', async ({ page }) => {
    const published = publishedPosts();
    expect(published.length, 'content/posts/ should hold published posts').toBeGreaterThan(0);
    const expected = published.slice(0, site.postsOnHome);

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

  test('links the archive, where every post is', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: 'All posts, by year' }).click();
    await expect(page).toHaveURL('/archive/');
    await expect(page.locator('h1')).toHaveText('Archive');
  });

  test('has the document basics', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', site.locale);
    await expect(page).toHaveTitle(site.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('link', { name: site.title })).toHaveAttribute('href', '/');
  });
});
