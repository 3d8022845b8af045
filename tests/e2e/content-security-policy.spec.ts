import { expect, type Page, test } from '@playwright/test';
import { FEED_PATHS } from '../../src/feeds/entries.ts';
import { DIST, DIST_FIXTURES, hrefIn } from '../support/built-site.ts';
import { longestPost, postPath, publishedPosts } from '../support/content.ts';
import { type CspRecord, recordCsp, sendHeadersFile } from '../support/csp-violations.ts';
import { FIXTURE_SITE, serveFixtureBuild } from '../support/fixture-site.ts';
import { giscusFrame, stubGiscus } from '../support/giscus-stub.ts';
import { openSearch, results, search } from '../support/search-driver.ts';
import { A_TAG, LONG_POST_WITH_COMMENTS, POST_WITH_CODE, SERIES_PAGES, VIEWPORTS } from '../support/views.ts';

// Each kind of page, used as a reader would, under the policy of its meta tag and the one
// _headers adds (as Netlify or Cloudflare Pages send it): the browser must refuse nothing.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let csp: CspRecord;

async function expectNothingRefused(page: Page): Promise<void> {
  expect(await csp.violations(), 'securitypolicyviolation events').toEqual([]);
  expect(csp.consoleErrors, 'CSP errors in the console').toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
}

/** Switches the theme with the header's toggle, which runs the toggle's script. */
async function toggleTheme(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const pressed = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('aria-pressed', pressed!);
}

/** Searches the title's longest word in the dialog: Pagefind's WebAssembly has to run to answer. */
async function searchFor(page: Page, title: string): Promise<void> {
  const word = title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
  const box = await openSearch(page);
  await search(box, word);
  await expect(results(box).first()).toBeVisible();
  await page.keyboard.press('Escape');
}

test.describe('the pages of dist/, served with their _headers', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await stubGiscus(page);
    await sendHeadersFile(page, baseURL!, DIST);
    csp = await recordCsp(page);
  });

  test('the home page, its theme toggle and the search dialog', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy'], 'the header policy is sent').toContain("frame-ancestors 'none'");
    await toggleTheme(page);
    await searchFor(page, publishedPosts()[0]!.title);
    await expectNothingRefused(page);
  });

  test('the search page answering the query in its address', async ({ page }) => {
    const { title } = publishedPosts()[0]!;
    await page.goto(`/search/?q=${encodeURIComponent(title)}`);
    await expect(results(page.locator('main')).first()).toBeVisible();
    await expectNothingRefused(page);
  });

  test('a post with code blocks and their copy buttons', async ({ page }) => {
    await page.goto(postPath(POST_WITH_CODE));
    const block = page.locator('article .code-block').first();
    await block.getByRole('button', { name: /^Copy/ }).click();
    await expect(block.getByRole('status')).toHaveText('Copied');
    await toggleTheme(page);
    await expectNothingRefused(page);
  });

  test('a post with comments: giscus loads in its frame and follows the theme', async ({ page }) => {
    await page.goto(postPath(LONG_POST_WITH_COMMENTS));
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect(page.locator('#comments').getByRole('status')).toBeAttached();
    await expect(giscusFrame(page)).toBeVisible();
    await expect(page.frameLocator('#comments giscus-widget iframe').getByRole('heading', { name: 'Comments stub' })).toBeVisible();
    await toggleTheme(page);
    await expectNothingRefused(page);
  });

  test('a long post read on a desktop, its contents marking the section being read', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS[1]);
    await page.goto(postPath(longestPost().id));
    await page.locator('.post-body h2').last().scrollIntoViewIfNeeded();
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
    await expectNothingRefused(page);
  });

  test('the about page and its image zoom', async ({ page }) => {
    await page.goto('/about/');
    await page.getByRole('button', { name: /^Enlarge image/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog.locator('img')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expectNothingRefused(page);
  });

  for (const path of ['/tags/', `/tags/${A_TAG}/`, '/archive/', '/series/', ...SERIES_PAGES.slice(1), '/404.html']) {
    test(`the listing ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await toggleTheme(page);
      await expectNothingRefused(page);
    });
  }
});

test.describe('a feed opened in a browser, under the header policy only', () => {
  // Chromium announces XSLT's deprecation with a banner of its own, styled by attributes,
  // which the policy refuses like any other: its events are left out, and the console,
  // which cannot tell its errors from the page's, is not read.
  test.beforeEach(async ({ page, baseURL }) => {
    await sendHeadersFile(page, baseURL!, DIST);
    csp = await recordCsp(page, { ignoreInside: 'xslt-warning-banner' });
  });

  for (const path of [FEED_PATHS.rss, FEED_PATHS.atom]) {
    test(`${path} keeps its stylesheet`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('body')).toHaveCSS('margin', '0px');
      expect(await csp.violations()).toEqual([]);
    });
  }
});

test.describe('the fixture build, under a base path', () => {
  const at = (path: string) => `${FIXTURE_SITE}${hrefIn(DIST_FIXTURES, path)}`;

  test.beforeEach(async ({ page }) => {
    await serveFixtureBuild(page, { headersFile: true });
    csp = await recordCsp(page);
  });

  test('a post zooming an image beside it', async ({ page }) => {
    const response = await page.goto(at(postPath('figure-fixture')));
    expect(response?.headers()['content-security-policy'], 'the header policy is sent').toContain("frame-ancestors 'none'");
    await page
      .getByRole('button', { name: /^Enlarge image/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog.locator('img')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectNothingRefused(page);
  });

  test('an MDX post with a React island', async ({ page }) => {
    await page.goto(at(postPath('mdx-island-fixture')));
    const counter = page.locator('.post-body .counter');
    await expect(counter.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
    await counter.getByRole('button', { name: 'Add one' }).click();
    await expect(counter.locator('output')).toHaveText('4');
    await expectNothingRefused(page);
  });

  test('a post with every kind of callout, read on a desktop', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS[1]);
    await page.goto(at(postPath('callouts-fixture')));
    await expect(page.locator('.callout-title svg').first()).toBeVisible();
    await toggleTheme(page);
    await expectNothingRefused(page);
  });

  test('search under the base path', async ({ page }) => {
    await page.goto(at('/'));
    await searchFor(page, 'Figures fixture');
    await expectNothingRefused(page);
  });
});
