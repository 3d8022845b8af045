import { expect, test } from '@playwright/test';
import { longestPost, postPath, publishedPosts } from '../support/content.ts';
import { VIEWPORTS } from '../support/views.ts';

test('every h2-h4 of every post has an anchor pointing at its own id', async ({ page }) => {
  for (const post of publishedPosts()) {
    await page.goto(postPath(post.id));
    const headings = page.locator('.post-body :is(h2, h3, h4)');
    const anchors = page.locator('.post-body a.heading-anchor');
    await expect(anchors, post.id).toHaveCount(await headings.count());
    for (const anchor of await anchors.all()) {
      const href = (await anchor.getAttribute('href'))!;
      expect(href, post.id).toMatch(/^#./);
      const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
      await expect(target, `${post.id} ${href}`).toHaveCount(1);
      // The anchor sits right after the heading it links to.
      expect(await anchor.evaluate((a) => a.previousElementSibling?.id)).toBe(decodeURIComponent(href.slice(1)));
    }
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
  test('posts with three or more sections list them, linked to their headings', async ({ page }) => {
    for (const post of publishedPosts()) {
      await page.goto(postPath(post.id));
      const sections = await page.locator('.post-body h2').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      if (sections.length < 3) {
        await expect(toc, post.id).toHaveCount(0);
        continue;
      }
      const topLinks = toc.locator(':scope > details > ol > li > a');
      await expect(topLinks, post.id).toHaveText(sections.map((s) => s.text));
      for (const [index, section] of sections.entries()) {
        await expect(topLinks.nth(index)).toHaveAttribute('href', `#${section.id}`);
      }
    }
  });

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
  });
});
