import { expect, test } from '@playwright/test';
import { type CodeFence, codeFences, findPost, postPath, publishedPosts } from '../support/content.ts';
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

// Which blocks ask for numbers is checked on every post's built page (tests/site/post-pages.test.ts);
// here, that the class shows numbers and its absence none.
for (const numbered of [true, false]) {
  test(`a block that ${numbered ? 'asks' : 'does not ask'} for line numbers shows ${numbered ? 'them' : 'none'}`, async ({ page }) => {
    const isWanted = (fence: CodeFence) => fence.meta.includes('showLineNumbers') === numbered;
    const post = publishedPosts().find((candidate) => codeFences(candidate.body).some(isWanted));
    if (!post) throw new Error(`no published post has a code block ${numbered ? 'with' : 'without'} showLineNumbers; the test needs one`);
    await page.goto(postPath(post.id));
    const index = codeFences(post.body).findIndex(isWanted);
    const firstLine = page.locator('article pre').nth(index).locator('.line').first();
    const number = await firstLine.evaluate((line) => getComputedStyle(line, '::before').content);
    expect(number !== 'none' && number !== 'normal', `${post.id} block ${index + 1}`).toBe(numbered);
  });
}
