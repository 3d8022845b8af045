import { expect, test } from '@playwright/test';
import { FIXTURE_SITE, serveFixtureBuild } from '../support/fixture-site.ts';
import { DIST_FIXTURES, hrefIn } from '../support/built-site.ts';
import { postPath } from '../support/content.ts';

// An MDX post with a React island (tests/fixtures/posts/mdx-island-fixture.mdx) lives in the fixture build.
test('a React island in an MDX post works on its page', async ({ page }) => {
  await serveFixtureBuild(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${FIXTURE_SITE}${hrefIn(DIST_FIXTURES, postPath('mdx-island-fixture'))}`);
  const counter = page.locator('.post-body .counter');
  await expect(counter.locator('output')).toHaveText('3');
  // Only a hydrated island reacts: the server-rendered button alone does nothing.
  await expect(counter.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  await counter.getByRole('button', { name: 'Add one' }).click();
  await expect(counter.locator('output')).toHaveText('4');
  expect(errors).toEqual([]);
});
