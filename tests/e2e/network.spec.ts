import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { longestPost, postPath } from '../support/content.ts';
import { A_TAG, POST_WITH_CODE, POST_WITH_FIGURES } from '../support/views.ts';

// Fonts, icons and scripts are all served by the site itself. The one exception is the
// comments (giscus), and only on a page the reader has scrolled down to them. Every page's policy
// allows no other host (tests/site/comments.test.ts); here, a page of each kind shows it in use.
const COMMENTS_HOST = new URL(site.giscus!.host).host;

test('no page loads anything from another host, but comments once scrolled to', async ({ page, baseURL }) => {
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
    '/search/',
    `/tags/${A_TAG}/`,
    postPath(POST_WITH_CODE),
    postPath(POST_WITH_FIGURES),
    postPath(longestPost().id),
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
