import { expect, test } from '@playwright/test';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

// Fonts, icons and scripts are all served by the site itself.
test('no page loads anything from another host', async ({ page, baseURL }) => {
  const ownHost = new URL(baseURL!).host;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== ownHost) foreign.push(`${page.url()} → ${request.url()}`);
  });

  const paths = [
    '/',
    '/tags/',
    '/about',
    '/no-such-page',
    ...publishedPosts().map((post) => postPath(post.id)),
    ...[...tagCounts().keys()].map((tag) => `/tags/${tag}/`),
  ];
  for (const path of paths) {
    await page.goto(path);
    // Lazy images and anything else below the fold start loading too.
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }
  expect(foreign).toEqual([]);
});
