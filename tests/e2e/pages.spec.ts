import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

const posts = publishedPosts();

test.describe('tags', () => {
  test("a post's tags link to their tag pages", async ({ page }) => {
    const post = posts.find((p) => p.tags.length > 1)!;
    await page.goto(postPath(post.id));
    const tags = page.locator('article header').getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(tags).toHaveText(post.tags);
    await tags.first().click();
    await expect(page).toHaveURL(`/tags/${post.tags[0]}/`);
  });

  test('an old /tag/<tag> address leads to the new tag page', async ({ page }) => {
    const [tag] = [...tagCounts().keys()];
    await page.goto(`/tag/${tag}`);
    await expect(page).toHaveURL(`/tags/${tag}/`);
    await expect(page.locator('h1')).toContainText(tag!);
  });
});

test.describe('about', () => {
  test('says who writes the blog and links his socials', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.locator('h1')).toHaveText('About');
    const main = page.getByRole('main');
    await expect(main).toContainText(site.author.name);
    await expect(main).toContainText(/freelance/i);
    await expect(main).toContainText(/indie hack/i);
    await expect(main).toContainText(/open source/i);
    for (const social of site.socials) {
      await expect(main.getByRole('link', { name: social.name })).toHaveAttribute('href', social.url);
    }
  });
});

test.describe('404', () => {
  test('is friendly: a way home and the latest posts', async ({ page }) => {
    const response = await page.goto('/posts/no-such-post.html');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page
      .getByRole('main')
      .getByRole('link', { name: /home page/i })
      .click();
    await expect(page).toHaveURL('/');
    await page.goto('/posts/no-such-post.html');
    await page
      .getByRole('main')
      .getByRole('link', { name: /all posts/i })
      .click();
    await expect(page).toHaveURL('/archive/');
    await page.goto('/nothing/here');
    const latest = page.getByRole('region', { name: 'Latest posts' }).getByRole('heading', { level: 3 });
    await expect(latest).toHaveText(posts.slice(0, 5).map((post) => post.title));
  });
});
