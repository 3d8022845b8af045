import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { isImageFileName } from '../../src/markdown/post-images.ts';
import { postPath, publishedPosts } from '../support/content.ts';
import { POST_WITH_FIGURES } from '../support/views.ts';

// Every <img> written in a post's Markdown, with its alt text as plain text (the
// site drops the stray HTML tags a few imported alts contain).
function sourceImages(body: string): { src: string; alt: string }[] {
  return selectAll('img', fromHtml(body, { fragment: true })).map((img) => ({
    src: String(img.properties.src),
    alt: String(img.properties.alt ?? '')
      .replace(/<[^>]*>/g, '')
      .trim(),
  }));
}

// Every image of every page points at a built file, and none is announced by its file name
// (tests/site/images.test.ts); here, how a reader meets the boxes, on the posts with the most images.
const MOST_IMAGES = publishedPosts()
  .filter((post) => sourceImages(post.body).length > 0)
  .sort((a, b) => sourceImages(b.body).length - sourceImages(a.body).length)
  .slice(0, 3);

test('a post shows no broken image: missing files are labelled boxes that keep their path', async ({ page, request }) => {
  let boxes = 0;
  for (const post of MOST_IMAGES) {
    const images = sourceImages(post.body);
    await page.goto(postPath(post.id));
    for (const { src, alt } of images) {
      const exists = !/^https?:/.test(src) && (await request.get(src)).ok();
      if (exists) continue;
      const box = page.locator(`article [data-src="${src}"]`).first();
      await expect(box).toBeVisible();
      if (alt) {
        await expect(box, `${post.id}: ${src}`).toHaveAttribute('role', 'img');
        await expect(box).toHaveAccessibleName(isImageFileName(alt) ? /^Image not available/ : alt);
      } else {
        // A decorative image's stand-in is not announced at all.
        await expect(box, `${post.id}: ${src}`).toHaveAttribute('aria-hidden', 'true');
        await expect(box).not.toHaveAttribute('role');
      }
      boxes++;
    }
    for (const image of await page.locator('article img').all()) {
      const src = (await image.getAttribute('src'))!;
      expect((await request.get(src)).ok(), `${post.id}: ${src} loads`).toBe(true);
    }
  }
  // The old site's images are not in the feed, so the imported posts show boxes.
  expect(boxes).toBeGreaterThan(0);
});

test('a figure keeps its caption and its "image source" link', async ({ page }) => {
  await page.goto(postPath(POST_WITH_FIGURES));
  const figure = page.locator('article figure').filter({ hasText: 'image source' }).first();
  await expect(figure.locator('figcaption')).toContainText('image source');
  await expect(figure.getByRole('link', { name: 'image source' })).toHaveAttribute('href', /^https:\/\//);
  await expect(figure.getByRole('img')).toBeVisible();
});

test.describe('the about page image', () => {
  test('is a real, optimised image with its size set and loaded lazily', async ({ page }) => {
    await page.goto('/about/');
    const image = page.locator('main figure img');
    await expect(image).toHaveAttribute('width', /\d+/);
    await expect(image).toHaveAttribute('height', /\d+/);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(page.locator('main figure source[type="image/webp"]')).toHaveAttribute('srcset', /\d+w/);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('main figure figcaption')).toHaveText(/\S/);
  });

  test('zooms with Enter, closes with Esc and gives focus back', async ({ page }) => {
    await page.goto('/about/');
    const zoom = page.getByRole('button', { name: /^Enlarge image/ });
    await zoom.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toBeVisible();
    const enlarged = (await dialog.locator('img').boundingBox())!;
    const original = (await page.locator('main figure img').boundingBox())!;
    expect(enlarged.width).toBeGreaterThan(original.width);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(zoom).toBeFocused();
  });

  test('zooms with a click and closes with another', async ({ page }) => {
    await page.goto('/about/');
    await page.getByRole('button', { name: /^Enlarge image/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
