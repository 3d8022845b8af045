import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findPost, postPath } from '../support/content.ts';
import { dialog, holdDialogFetch, openSearch, results, search, searchButton } from '../support/search-driver.ts';

const GISCUS_POST = findPost('from-utterances-to-giscus');

test.describe('search by keyboard alone', () => {
  test('/ opens search in the field; arrows walk the results; Enter opens one', async ({ page }) => {
    await page.goto('/');
    const box = await openSearch(page);
    const field = box.getByLabel('Search for');
    await expect(field).toBeFocused();

    await page.keyboard.type('kubernetes');
    await expect(box.getByRole('status')).toContainText('“kubernetes”');
    const links = results(box).getByRole('link');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();

    await page.keyboard.press('ArrowDown');
    const title = await links.nth(0).textContent();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(title!);
  });

  test('the button opens search; Esc closes it and focus returns to the button', async ({ page }) => {
    await page.goto('/');
    const button = searchButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type('giscus');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Opened with `/`, focus lands on the button too.
    await page.locator('main h1').click();
    await openSearch(page);
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });

  test('Tab never leaves the open dialog for the page behind it', async ({ page }) => {
    await page.goto('/');
    const box = await openSearch(page);
    await search(box, 'kubernetes');
    const stops = (await box.locator('a, button:visible, input, select').count()) + 2;
    for (let i = 0; i < stops * 2; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      // Focus may pass through the browser's own controls (the body here), never the page.
      const outside = await page.evaluate(() => {
        const active = document.activeElement;
        return active !== null && active !== document.body && !active.closest('dialog');
      });
      expect(outside, `focus after ${i + 1} presses`).toBe(false);
    }
  });

  test('the search page starts in its field, where a / is just a character', async ({ page }) => {
    await page.goto('/search/');
    const field = page.getByRole('main').getByLabel('Search for');
    await expect(field).toBeFocused();
    await page.keyboard.type('ci/cd');
    await expect(field).toHaveValue('ci/cd');
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('search accessibility', () => {
  test('axe finds no violations with the dialog open on results', async ({ page }) => {
    await page.goto(postPath(GISCUS_POST.id));
    const box = await openSearch(page);
    await search(box, 'kubernetes');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations).toEqual([]);
  });

  test('axe finds no violations while the dialog loads, the focus held by its stand-in field', async ({ page }) => {
    await page.goto('/');
    const release = await holdDialogFetch(page);
    await searchButton(page).click();
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeFocused();
    const { violations } = await new AxeBuilder({ page }).analyze();
    release();
    expect(violations).toEqual([]);
  });

  test('axe finds no violations on the search page with results', async ({ page }) => {
    await page.goto('/search/?q=giscus');
    await expect(results(page.getByRole('main'))).not.toHaveCount(0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations).toEqual([]);
  });
});
