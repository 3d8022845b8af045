import { expect, test, type Page } from '@playwright/test';
import { longestPost, postPath, publishedPosts, tagCounts } from '../support/content.ts';
import { A_TAG, POST_WITH_TABLE, THEMES, VIEWPORTS } from '../support/views.ts';

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const longest = longestPost();
const pages = ['/', postPath(longest.id), `/tags/${A_TAG}/`, '/about', '/no-such-page'];

test('the longest post is the one the issue names', () => {
  expect(longest.title).toBe('Optimizing applications on Kubernetes using Machine Learning');
});

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test.describe(`${viewport.name} in ${theme}`, () => {
      test.use({ viewport, colorScheme: theme });

      for (const path of pages) {
        test(`${path} does not scroll sideways`, async ({ page }) => {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await pageOverflow(page)).toBe(0);
        });
      }
    });
  }
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: VIEWPORTS[0] });

  test('no page scrolls sideways', async ({ page }) => {
    const paths = [
      '/tags/',
      ...publishedPosts().map((post) => postPath(post.id)),
      ...[...tagCounts().keys()].map((tag) => `/tags/${tag}/`),
    ];
    for (const path of paths) {
      await page.goto(path);
      expect(await pageOverflow(page), path).toBe(0);
    }
  });

  test('long code lines and wide tables scroll inside their own box', async ({ page }) => {
    await page.goto(postPath(longest.id));
    const scrollsInside = await page.locator('article pre').evaluateAll((pres) => pres.some((pre) => pre.scrollWidth > pre.clientWidth));
    expect(scrollsInside).toBe(true);

    await page.goto(postPath(POST_WITH_TABLE));
    const box = page.getByRole('region', { name: /^Table/ }).first();
    await expect(box.locator('table')).toBeVisible();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Keyboard users scroll it too.
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

test.describe('landmarks and keyboard', () => {
  test('every page has a banner, main navigation, main content and a footer', async ({ page }) => {
    for (const path of ['/', postPath(longest.id), '/tags/', `/tags/${A_TAG}/`, '/about', '/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    }
    await page.goto(postPath(longest.id));
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto(postPath(longest.id));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the header links to posts, tags, about and the feed, marking where the reader is', async ({ page }) => {
    await page.goto(`/tags/${A_TAG}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(['Posts', 'Tags', 'About', 'RSS']);
    await expect(nav.getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  });

  test('the footer names the author, links the socials and shows the year', async ({ page }) => {
    const { site } = await import('../../src/site.config.ts');
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(site.author.name);
    await expect(footer).toContainText(String(new Date().getFullYear()));
    for (const social of site.socials) {
      await expect(footer.getByRole('link', { name: social.name })).toHaveAttribute('href', social.url);
    }
  });
});

test.describe('print', () => {
  test('prints the article alone', async ({ page }) => {
    await page.goto(postPath(longest.id));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('article .post-body')).toBeVisible();
    for (const hidden of ['.site-header', '.site-footer', '.toc', '.post-nav', '.related', '.code-header']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
  });
});
