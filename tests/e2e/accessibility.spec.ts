import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DIST_FIXTURES, hrefIn } from '../support/built-site.ts';
import { longestPost, postPath } from '../support/content.ts';
import { FIXTURE_SITE, serveFixtureBuild } from '../support/fixture-site.ts';
import { A_TAG, POST_WITH_CODE, POST_WITH_FIGURES, POST_WITH_TABLE, SERIES_PAGES, THEMES, VIEWPORTS } from '../support/views.ts';

const pages = [
  '/',
  postPath(POST_WITH_CODE),
  postPath(POST_WITH_TABLE),
  postPath(POST_WITH_FIGURES),
  postPath(longestPost().id),
  '/archive/',
  '/tags/',
  `/tags/${A_TAG}/`,
  '/series/',
  ...SERIES_PAGES,
  '/about/',
  '/no-such-page',
];

// Every rule runs in each theme and on each screen (light on a phone, dark on a desktop), and
// contrast, what a theme changes, in both themes on both screens.
const RUNS = [
  { theme: 'light', viewport: VIEWPORTS[0], rules: 'all' },
  { theme: 'dark', viewport: VIEWPORTS[1], rules: 'all' },
  { theme: 'dark', viewport: VIEWPORTS[0], rules: 'contrast' },
  { theme: 'light', viewport: VIEWPORTS[1], rules: 'contrast' },
] as const;

async function expectNoViolations(page: Page): Promise<void> {
  for (const { theme, viewport, rules } of RUNS) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(viewport);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Folded parts (the table of contents on phones) are checked open too.
    await page.locator('details').evaluateAll((all) =>
      all.forEach((d) => {
        (d as HTMLDetailsElement).open = true;
      }),
    );
    const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    const { violations } = await (rules === 'all' ? axe : axe.withRules(['color-contrast'])).analyze();
    expect(
      violations.map(({ id, impact, nodes }) => `${impact} ${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${theme} theme, ${viewport.name}, ${rules === 'all' ? 'every rule' : 'contrast'}`,
    ).toEqual([]);
  }
}

for (const path of new Set(pages)) {
  test(`${path} has no axe violations in either theme on a phone or a desktop`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test('the five kinds of callout have no axe violations in either theme on a phone or a desktop', async ({ page }) => {
  await serveFixtureBuild(page);
  await page.goto(`${FIXTURE_SITE}${hrefIn(DIST_FIXTURES, postPath('callouts-fixture'))}`);
  await expect(page.locator('.callout')).toHaveCount(5);
  await expectNoViolations(page);
});

test.describe('the zoomed image dialog', () => {
  for (const theme of THEMES) {
    test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/about/');
      await page.getByRole('button', { name: /^Enlarge image/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
