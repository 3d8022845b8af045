import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

// Fonts, icons and scripts are all served by the site itself. The one exception is the
// comments (giscus), and only on a page the reader has scrolled down to them.
const COMMENTS_HOST = new URL(site.giscus!.host).host;

test('no page loads anything from another host, but comments once scrolled to', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const ownHost = new URL(baseURL!).host;
  const scrolledPages = new Set<string>();
  const foreign: string[] = [];
  await page.route(`https://${COMMENTS_HOST}/**`, (route) => route.abort());
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http') || url.host === ownHost) return;
    // The widget names the page that opened it; its request may come after the reader moved on.
    const opener = url.searchParams.get('origin');
    if (url.host === COMMENTS_HOST && opener && scrolledPages.has(new URL(opener).pathname)) return;
    foreign.push(`${page.url()} → ${request.url()}`);
  });

  const paths = [
    '/',
    '/archive/',
    '/tags/',
    '/about/',
    '/no-such-page',
    ...publishedPosts().map((post) => postPath(post.id)),
    ...[...tagCounts().keys()].map((tag) => `/tags/${tag}/`),
  ];
  for (const path of paths) {
    await page.goto(path);
    scrolledPages.add(new URL(page.url()).pathname);
    // Lazy images and anything else below the fold start loading too.
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }
  expect(foreign).toEqual([]);
});
