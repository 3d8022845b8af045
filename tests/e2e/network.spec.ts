import { expect, test } from '@playwright/test';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

// Fonts, icons and scripts are all served by the site itself. The one exception is the
// comments (giscus), and only once the reader scrolls down to them.
const COMMENTS_HOST = 'giscus.app';

test('no page loads anything from another host, but comments once scrolled to', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const ownHost = new URL(baseURL!).host;
  let scrolled = false;
  const foreign: string[] = [];
  await page.route(`https://${COMMENTS_HOST}/**`, (route) => route.abort());
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http') || url.host === ownHost) return;
    if (scrolled && url.host === COMMENTS_HOST) return;
    foreign.push(`${page.url()}${scrolled ? ' (scrolled)' : ''} → ${request.url()}`);
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
    scrolled = false;
    await page.goto(path);
    scrolled = true;
    // Lazy images and anything else below the fold start loading too.
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }
  expect(foreign).toEqual([]);
});
