import { expect, test } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIXTURES, fileForUrl, fixturePosts, hrefIn } from '../support/built-site.ts';
import { postPath } from '../support/content.ts';
import { site } from '../../src/site.config.ts';

// The fixture build (dist-fixtures, see src/build-variants.ts) is made for a site served under a
// path, as a GitHub project page is. The browser gets it through routing, at that path: files,
// and folders by their index.html. A folder's address without its slash (the old /tag/<tag>)
// gets the index too, where a host would redirect first: Playwright does not route a request
// that a fulfilled redirect leads to. (tests/site/static-host.test.ts proves the redirect.)

const fixtureSite = 'http://fixtures.test';
const at = (path: string) => `${fixtureSite}${hrefIn(DIST_FIXTURES, path)}`;
const figures = fixturePosts().find((post) => post.slug === 'figure-fixture')!;

test.beforeEach(async ({ page }) => {
  await page.route(`${fixtureSite}/**`, (route) => {
    const file = fileForUrl(DIST_FIXTURES, route.request().url());
    const served = [file, join(file, 'index.html')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return served ? route.fulfill({ path: served }) : route.fulfill({ status: 404, body: 'not found' });
  });
});

test('search finds a post under the base path and leads to it', async ({ page }) => {
  await page.goto(`${at('/search/')}?q=${encodeURIComponent(figures.title)}`);
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: figures.title });
  await expect(result).toHaveAttribute('href', hrefIn(DIST_FIXTURES, postPath(figures.slug)));
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(figures.title);
});

test("the header's links and a post's tags lead to pages under the base path", async ({ page }) => {
  await page.goto(at(postPath(figures.slug)));
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: site.nav.find((entry) => entry.href === '/tags/')!.label })
    .click();
  await expect(page).toHaveURL(at('/tags/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: site.title }).click();
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByRole('link', { name: figures.title })).toBeVisible();
});

test("an old /tag/<tag> address redirects to the tag's page under the base path", async ({ page }) => {
  const [tag] = figures.tags;
  expect(tag, 'the figure fixture has a tag').toBeTruthy();
  await page.goto(at(`/tag/${tag}`));
  await expect(page).toHaveURL(at(`/tags/${tag}/`));
});
