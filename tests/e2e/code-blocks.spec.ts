import { expect, test } from '@playwright/test';
import { codeFences, findPost, postPath, publishedPosts } from '../support/content.ts';
import { POST_WITH_CODE } from '../support/views.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every code block has a language label and a copy button', async ({ page }) => {
  await page.goto(postPath(POST_WITH_CODE));
  const blocks = page.locator('article .code-block');
  await expect(blocks).toHaveCount(codeFences(findPost(POST_WITH_CODE).body).length);
  for (const block of await blocks.all()) {
    await expect(block.locator('.code-language')).toHaveText(/\S/);
    await expect(block.getByRole('button', { name: /^Copy/ })).toBeVisible();
  }
});

test('the copy button copies exactly the code of its block and announces it', async ({ page }) => {
  // A post whose blocks show line numbers: the numbers must not be copied.
  const post = publishedPosts().find((p) => codeFences(p.body).some((fence) => fence.meta.includes('showLineNumbers')))!;
  const fences = codeFences(post.body);
  await page.goto(postPath(post.id));
  const blocks = page.locator('article .code-block');
  await expect(blocks).toHaveCount(fences.length);

  for (const [index, fence] of fences.entries()) {
    const block = blocks.nth(index);
    const button = block.getByRole('button', { name: /^Copy/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText()), `block ${index + 1} of ${post.id}`).toBe(fence.code);
  }
});

test('the copy button is reachable with Tab', async ({ page }) => {
  await page.goto(postPath(POST_WITH_CODE));
  let reached = false;
  for (let presses = 0; presses < 100 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('copy-code') ?? false);
  }
  expect(reached).toBe(true);
  await expect(page.locator('.copy-code:focus')).toBeVisible();
});

test('blocks numbered on the old site show line numbers, others do not', async ({ page }) => {
  for (const post of publishedPosts()) {
    const fences = codeFences(post.body);
    if (fences.length === 0) continue;
    await page.goto(postPath(post.id));
    const pres = page.locator('article pre');
    await expect(pres).toHaveCount(fences.length);
    for (const [index, fence] of fences.entries()) {
      const firstLine = pres.nth(index).locator('.line').first();
      const number = await firstLine.evaluate((line) => getComputedStyle(line, '::before').content);
      const wanted = fence.meta.includes('showLineNumbers');
      expect(number !== 'none' && number !== 'normal', `${post.id} block ${index + 1}`).toBe(wanted);
    }
  }
});
