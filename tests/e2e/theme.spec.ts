import { expect, test, type Page } from '@playwright/test';
import { postPath } from '../support/content.ts';
import { POST_WITH_CODE } from '../support/views.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(17, 19, 24)';

test.describe('with the OS in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the site is dark until the reader picks otherwise', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(DARK_BACKGROUND);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('with the OS in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches the theme, by mouse or keyboard', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_BACKGROUND);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
  });

  test('the choice survives a reload and other pages, and is painted from the start', async ({ page }) => {
    // Records the theme at the moment <body> appears, before anything in it can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });

    await page.goto('/');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    for (const path of ['/', postPath(POST_WITH_CODE)]) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody), path).toBe('dark');
      expect(await background(page), path).toBe(DARK_BACKGROUND);
    }
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('code blocks follow the site theme', async ({ page }) => {
    await page.goto(postPath(POST_WITH_CODE));
    const pre = page.locator('article pre').first();
    // A token with a colour of its own in both themes: its classes name them, as light-0e1116.
    const token = page.locator('article pre span[class*="light-"][class*="dark-"]').first();
    const classes = (await token.getAttribute('class')) ?? '';
    const classColour = (theme: string) => {
      const hex = classes.match(new RegExp(`\\b${theme}-([0-9a-f]{6})\\b`))![1]!;
      return `rgb(${[0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;
    };
    const shown = async () => ({
      background: await pre.evaluate((el) => getComputedStyle(el).backgroundColor),
      token: await token.evaluate((el) => getComputedStyle(el).color),
    });

    expect(await shown()).toEqual({ background: 'rgb(255, 255, 255)', token: classColour('light') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await shown()).toEqual({ background: 'rgb(10, 12, 16)', token: classColour('dark') });
  });
});
