import { expect, test } from '@playwright/test';
import { longestPost, postPath, publishedPosts, type SourcePost } from '../support/content.ts';
import { VIEWPORTS } from '../support/views.ts';

const headingCount = (post: SourcePost) => post.body.match(/^#{2,4} /gm)?.length ?? 0;

// The anchors come from one script for every heading alike: the post with the most headings shows it.
const mostHeadings = publishedPosts().reduce((most, post) => (headingCount(post) > headingCount(most) ? post : most));

test('every h2-h4 of a post has an anchor pointing at its own id', async ({ page }) => {
  await page.goto(postPath(mostHeadings.id));
  const headings = page.locator('.post-body :is(h2, h3, h4)');
  const anchors = page.locator('.post-body a.heading-anchor');
  await expect(anchors).toHaveCount(await headings.count());
  for (const anchor of await anchors.all()) {
    const href = (await anchor.getAttribute('href'))!;
    expect(href).toMatch(/^#./);
    const id = decodeURIComponent(href.slice(1));
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
    // The anchor sits right after the heading it links to.
    expect(await anchor.evaluate((a) => a.previousElementSibling?.id)).toBe(id);
  }
});

test.describe('on a desktop with a mouse', () => {
  test.use({ viewport: VIEWPORTS[1] });

  test('a heading anchor shows on hover and on keyboard focus only', async ({ page }) => {
    await page.goto(postPath(longestPost().id));
    const heading = page.locator('.post-body .heading').first();
    const anchor = heading.locator('.heading-anchor');
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    expect(await opacity()).toBe('0');
    await heading.hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    expect(await opacity()).toBe('1');
    await anchor.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${await anchor.getAttribute('href')}$`));
  });
});

test.describe('table of contents', () => {
  test.describe('on a phone', () => {
    test.use({ viewport: VIEWPORTS[0] });

    test('is folded and opens on demand', async ({ page }) => {
      await page.goto(postPath(longestPost().id));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const firstLink = toc.getByRole('link').first();
      await expect(firstLink).toBeHidden();
      await toc.locator('summary').click();
      await expect(firstLink).toBeVisible();
      await firstLink.click();
      await expect(page).toHaveURL(/#.+$/);
    });

    test('marks no section: the folded contents stay as they are', async ({ page }) => {
      await page.goto(postPath(longestPost().id));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const href = (await toc.locator('a').nth(1).getAttribute('href'))!;
      await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).evaluate((heading) => heading.scrollIntoView());
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await expect(toc.locator('a[aria-current]')).toHaveCount(0);
      await expect(toc.locator('details')).not.toHaveAttribute('open');
    });
  });

  test.describe('on a desktop', () => {
    test.use({ viewport: VIEWPORTS[1] });

    test('is open beside the article', async ({ page }) => {
      await page.goto(postPath(longestPost().id));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      await expect(toc.getByRole('link').first()).toBeVisible();
      const tocBox = (await toc.boundingBox())!;
      const bodyBox = (await page.locator('.post-body').boundingBox())!;
      expect(tocBox.x).toBeGreaterThan(bodyBox.x + bodyBox.width);
    });

    test('stays in view and marks the section being read, moving nothing, with reduced motion too', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // Layout shifts of the whole visit: marking a section must cause none.
      await page.addInitScript(() => {
        (window as Window & { shifts?: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as Window & { shifts?: number }).shifts! += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(postPath(longestPost().id));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const links = toc.getByRole('link');
      const marked = toc.locator('a[aria-current]');
      const sections = await links.count();
      for (const index of [Math.floor(sections / 2), sections - 1, 0]) {
        const href = (await links.nth(index).getAttribute('href'))!;
        await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).evaluate((heading) => heading.scrollIntoView());
        await expect(marked).toHaveCount(1);
        await expect(marked).toHaveAttribute('href', href);
        await expect(marked).toHaveAttribute('aria-current', 'location');
        await expect(marked).toBeInViewport();
      }
      expect(await marked.evaluate((link) => getComputedStyle(link).transitionDuration)).toBe('0s');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(marked).toHaveCount(0);
      expect(await page.evaluate(() => (window as Window & { shifts?: number }).shifts)).toBe(0);
    });
  });
});
