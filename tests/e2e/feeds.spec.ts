import { expect, test } from '@playwright/test';
import { postPath, publishedPosts } from '../support/content.ts';

// A feed opened in a browser turns into a readable page through public/feed.xsl.
for (const [path, format] of [['/rss.xml', 'RSS'], ['/atom.xml', 'Atom']] as const) {
  test(`${format} feed opened in a browser reads as a page listing every post`, async ({ page }) => {
    const posts = publishedPosts();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('shipit');
    await expect(page.getByText('This is a web feed')).toBeVisible();
    await expect(page.locator('code')).toHaveText(`https://shipit.dev${path}`);
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(posts.length);
    const first = items.first().getByRole('heading', { level: 2 }).getByRole('link');
    await expect(first).toHaveText(posts[0]!.title);
    await expect(first).toHaveAttribute('href', `https://shipit.dev${postPath(posts[0]!.id)}`);
    await expect(items.first()).toContainText(posts[0]!.pubDate.slice(0, 4));
  });
}

test('the header links the RSS feed and the footer both feeds', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/rss.xml');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/rss.xml');
  await footer.getByRole('link', { name: 'Atom feed' }).click();
  await expect(page).toHaveURL('/atom.xml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('shipit');
});

test('a tag feed opened in a browser lists the posts with that tag', async ({ page }) => {
  await page.goto('/tags/kubernetes/rss.xml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('shipit: posts tagged kubernetes');
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThan(1);
});
