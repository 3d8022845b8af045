import { expect, test } from '@playwright/test';
import { DIST_FIXTURES, fixturePosts, hrefIn } from '../support/built-site.ts';
import { postPath } from '../support/content.ts';
import { FIXTURE_SITE, serveFixtureBuild } from '../support/fixture-site.ts';
import { GISCUS, stubGiscus, themesSent } from '../support/giscus-stub.ts';
import { LONG_POST_WITH_COMMENTS } from '../support/views.ts';

const POST = LONG_POST_WITH_COMMENTS;

test.describe('the page around the comments', () => {
  test('the Content-Security-Policy lets giscus in and keeps other third parties out', async ({ page }) => {
    await stubGiscus(page);
    await page.route('https://example.org/**', (route) => route.fulfill({ body: '' }));
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { violations });
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

    await page.goto(`${postPath(POST)}#comments`);
    await expect.poll(() => themesSent(page)).not.toEqual([]);
    expect(await violations()).toEqual([]);

    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'https://example.org/frame';
      frame.title = 'third party';
      const script = document.createElement('script');
      script.src = 'https://example.org/script.js';
      document.body.append(frame, script);
    });
    await expect.poll(violations).toEqual(
      expect.arrayContaining([
        // Browsers report a blocked cross-origin frame by its origin only.
        expect.stringMatching(/^frame-src https:\/\/example\.org/),
        expect.stringMatching(/^script-src(-elem)? https:\/\/example\.org\/script\.js$/),
      ]),
    );
  });
});

// `comments: false` is only used by a fixture post, which lives in the fixture build
// (dist-fixtures, see src/build-variants.ts), served under the path of its site URL. The browser
// gets that build through routing.
test.describe('comments turned off in the front matter', () => {
  const published = fixturePosts()
    .filter((post) => post.published)
    .map((post) => ({ id: post.slug, title: post.title, comments: post.comments }));

  test.beforeEach(async ({ page }) => {
    await serveFixtureBuild(page);
  });

  test('a post with `comments: false` has no comments section and loads no giscus', async ({ page }) => {
    const off = published.filter((post) => post.comments === false);
    expect(off.length).toBeGreaterThan(0);
    const giscusRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(GISCUS)) giscusRequests.push(r.url());
    });
    for (const post of off) {
      await page.goto(`${FIXTURE_SITE}${hrefIn(DIST_FIXTURES, postPath(post.id))}`);
      await expect(page.locator('h1')).toHaveText(post.title);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await expect(page.locator('#comments')).toHaveCount(0);
      await expect(page.locator('.giscus-comments')).toHaveCount(0);
    }
    expect(giscusRequests).toEqual([]);
  });

  test('the other fixture posts keep their comments', async ({ page }) => {
    const on = published.filter((post) => post.comments !== false);
    expect(on.length).toBeGreaterThan(0);
    for (const post of on) {
      await page.goto(`${FIXTURE_SITE}${hrefIn(DIST_FIXTURES, postPath(post.id))}`);
      await expect(page.locator('#comments h2')).toHaveText('Comments');
    }
  });
});
