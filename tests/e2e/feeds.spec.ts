import { expect, test } from '@playwright/test';
import { FEED_PATHS } from '../../src/feeds/entries.ts';
import { absoluteUrlOn } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts } from '../support/content.ts';

// A feed opened in a browser turns into a readable page through public/feed.xsl.
for (const [path, format] of [
  [FEED_PATHS.rss, 'RSS'],
  [FEED_PATHS.atom, 'Atom'],
] as const) {
  test(`${format} feed opened in a browser reads as a page listing the newest posts`, async ({ page }) => {
    const posts = publishedPosts().slice(0, site.feedItems);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.title);
    await expect(page.getByText('This is a web feed')).toBeVisible();
    await expect(page.locator('code')).toHaveText(absoluteUrlOn(site.url, path));
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(posts.length);
    const first = items.first().getByRole('heading', { level: 2 }).getByRole('link');
    await expect(first).toHaveText(posts[0]!.title);
    await expect(first).toHaveAttribute('href', absoluteUrlOn(site.url, postPath(posts[0]!.id)));
    await expect(items.first()).toContainText(posts[0]!.pubDate.slice(0, 4));
  });
}

test('the header links the RSS feed and the footer both feeds', async ({ page }) => {
  await page.goto('/');
  const rssInNav = site.nav.find((entry) => entry.href === FEED_PATHS.rss)!;
  await expect(page.getByRole('banner').getByRole('link', { name: rssInNav.label })).toHaveAttribute('href', FEED_PATHS.rss);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', FEED_PATHS.rss);
  await footer.getByRole('link', { name: 'Atom feed' }).click();
  await expect(page).toHaveURL(FEED_PATHS.atom);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.title);
});

test('a tag feed opened in a browser lists the posts with that tag', async ({ page }) => {
  await page.goto('/tags/kubernetes/rss.xml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${site.title}: posts tagged kubernetes`);
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThan(1);
});
