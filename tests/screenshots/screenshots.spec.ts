// Writes screenshots/<page>-<theme>-<width>.png for every combination below.
import { join } from 'node:path';
import { test } from '@playwright/test';
import { longestPost, postPath } from '../support/content.ts';

const dir = join(import.meta.dirname, '..', '..', 'screenshots');

const pages = [
  { name: 'home', path: '/' },
  { name: 'post', path: postPath(longestPost().id) },
];
const viewports = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
];

for (const { name, path } of pages) {
  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of viewports) {
      test(`${name} in ${theme} at ${viewport.width}px`, async ({ browser }) => {
        const context = await browser.newContext({ viewport, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(path);
        await page.screenshot({ path: join(dir, `${name}-${theme}-${viewport.width}.png`), fullPage: true });
        await context.close();
      });
    }
  }
}
