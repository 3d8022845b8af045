import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GISCUS_LOAD_TIMEOUT_MS } from '../../src/lib/giscus.ts';
import { site } from '../../src/site.config.ts';
import { explicitHeadingIds, findPost, postPath } from '../support/content.ts';
import { LONG_POST_WITH_COMMENTS } from '../support/views.ts';
import {
  expectedDiscussionUrl,
  GISCUS,
  giscusFrame,
  giscusFrameUrl,
  scriptsHolding,
  STUB_WIDGET,
  stubGiscus,
  themesSent,
} from '../support/giscus-stub.ts';

// A long post, so its comments start well below the first screen.
const LONG_POST = LONG_POST_WITH_COMMENTS;
const POST = LONG_POST_WITH_COMMENTS;
const giscus = site.giscus!;

test.describe('comments', () => {
  test('nothing of giscus or React loads before the reader nears the comments, then they load', async ({ page, request }) => {
    findPost(LONG_POST);
    const widgetLoads = await stubGiscus(page);
    const scripts: string[] = [];
    const giscusRequests: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (r.url().startsWith(GISCUS)) giscusRequests.push(r.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // Failed loads (the posts' images, say) are not the comments' business.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(postPath(LONG_POST));
    await page.waitForLoadState('networkidle');
    const comments = page.locator('#comments');
    const top = (await comments.boundingBox())!.y;
    expect(top, 'the comments start well below the first screen').toBeGreaterThan(page.viewportSize()!.height + 600);

    expect(giscusRequests).toEqual([]);
    expect(await scriptsHolding(request, scripts)).toEqual({ react: [], giscus: [] });
    await expect(comments.getByRole('status')).toHaveCount(0);

    await comments.scrollIntoViewIfNeeded();
    await expect(comments.getByRole('status')).toBeAttached();
    await expect(giscusFrame(page)).toBeAttached();
    await expect.poll(() => widgetLoads.length, 'the giscus frame loads').toBe(1);
    const loaded = await scriptsHolding(request, scripts);
    expect(loaded.react.length, 'React loaded with the comments').toBeGreaterThan(0);
    expect(loaded.giscus.length, 'giscus loaded with the comments').toBeGreaterThan(0);
    await expect(page.locator('#comments [role="status"]')).toBeEmpty();
    expect(consoleErrors, 'the comments loaded without errors').toEqual([]);
  });

  test('the giscus frame carries the configured repo, category, thread, reactions and theme', async ({ page }) => {
    await stubGiscus(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${postPath(POST)}#comments`);

    const src = await giscusFrameUrl(page);
    expect(src.origin).toBe(GISCUS);
    expect(src.pathname).toBe(`/${giscus.lang}/widget`);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      repo: giscus.repo,
      repoId: giscus.repoId,
      category: giscus.category,
      categoryId: giscus.categoryId,
      term: `posts/${POST}`,
      strict: '0',
      reactionsEnabled: giscus.reactions ? '1' : '0',
      inputPosition: giscus.inputPosition,
      theme: giscus.themes.light,
    });
    await expect(page.locator('#comments giscus-widget')).toHaveAttribute('mapping', 'specific');
    await expect(giscusFrame(page)).toHaveAttribute('loading', giscus.lazy ? 'lazy' : 'eager');
  });

  test('the giscus theme follows the site theme, also when it changes, without a reload', async ({ page }) => {
    const widgetLoads = await stubGiscus(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${postPath(POST)}#comments`);
    expect((await giscusFrameUrl(page)).searchParams.get('theme')).toBe(giscus.themes.dark);
    // giscus configures its frame by message once the frame has loaded.
    await expect.poll(() => themesSent(page)).toContain(giscus.themes.dark);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expect.poll(async () => (await themesSent(page)).at(-1)).toBe(giscus.themes.light);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(async () => (await themesSent(page)).at(-1)).toBe(giscus.themes.dark);

    expect(widgetLoads, 'the giscus frame was loaded once').toHaveLength(1);
    expect(await page.evaluate(() => 'sameDocument' in window), 'the page was not reloaded').toBe(true);
  });

  test('every URL form of a post opens the thread posts/<slug>', async ({ page }) => {
    await stubGiscus(page);
    const fragment = explicitHeadingIds(findPost(POST).body)[0] ?? 'comments';
    const forms = [
      `/posts/${POST}.html`,
      `/posts/${POST}`,
      `/posts/${POST}/`,
      `/posts/${POST}.html?utm_source=x`,
      `/posts/${POST}?utm_source=x&utm_medium=y`,
      `/posts/${POST}.html#${fragment}`,
      `/posts/${POST}/?utm_source=x#comments`,
    ];
    for (const form of forms) {
      const response = await page.goto(form);
      expect(response?.status(), form).toBe(200);
      await page.locator('#comments').scrollIntoViewIfNeeded();
      expect((await giscusFrameUrl(page)).searchParams.get('term'), form).toBe(`posts/${POST}`);
    }
  });

  test('when giscus cannot load, the page stays whole and links to the discussion on GitHub', async ({ page }) => {
    await page.clock.install();
    await page.route(`${GISCUS}/**`, (route) => route.abort('blockedbyclient'));
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${postPath(POST)}#comments`);
    await expect(giscusFrame(page)).toBeAttached();

    await page.clock.fastForward(GISCUS_LOAD_TIMEOUT_MS + 1000);
    const status = page.locator('#comments [role="status"]');
    await expect(status).toContainText('could not be loaded');
    await expect(status.getByRole('link', { name: 'Read and join the discussion on GitHub' })).toHaveAttribute(
      'href',
      expectedDiscussionUrl(POST),
    );
    await expect(page.locator('#comments giscus-widget')).toBeHidden();
    await expect(page.locator('h1')).toHaveText(findPost(POST).title);
    await expect(page.locator('article .post-body')).toBeVisible();
    expect(errors).toEqual([]);
    expect((await new AxeBuilder({ page }).include('#comments').analyze()).violations).toEqual([]);
  });

  test('a giscus that answers keeps the comments and shows no failure', async ({ page }) => {
    await page.clock.install();
    await stubGiscus(page);
    await page.goto(`${postPath(POST)}#comments`);
    await expect.poll(() => themesSent(page)).not.toEqual([]);

    await page.clock.fastForward(GISCUS_LOAD_TIMEOUT_MS + 1000);
    await expect(page.locator('#comments [role="status"]')).toBeEmpty();
    await expect(page.locator('#comments giscus-widget')).toBeVisible();
    expect((await new AxeBuilder({ page }).include('#comments').analyze()).violations).toEqual([]);
  });

  test('a giscus that answers late replaces the failure notice with the comments', async ({ page }) => {
    await page.clock.install();
    const silent = STUB_WIDGET.replace(/parent\.postMessage\([^;]*;/, '');
    await page.route(`${GISCUS}/**`, (route) => route.fulfill({ contentType: 'text/html', body: silent }));
    await page.goto(`${postPath(POST)}#comments`);
    await expect(giscusFrame(page)).toBeAttached();
    await page.clock.fastForward(GISCUS_LOAD_TIMEOUT_MS + 1000);
    await expect(page.locator('#comments [role="status"]')).toContainText('could not be loaded');

    const frame = page.frames().find((f) => f.url().startsWith(GISCUS))!;
    await frame.evaluate(() => parent.postMessage({ giscus: { resizeHeight: 200 } }, '*'));
    await expect(page.locator('#comments [role="status"]')).toBeEmpty();
    await expect(page.locator('#comments giscus-widget')).toBeVisible();
  });

  test('a reader who went offline keeps the section and its link to GitHub', async ({ page, context }) => {
    await stubGiscus(page);
    await page.goto(postPath(LONG_POST));
    await page.waitForLoadState('networkidle');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const loadFailed = page.waitForEvent('requestfailed', (request) => request.url().includes('/_astro/'));

    await context.setOffline(true);
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await loadFailed;
    const comments = page.locator('#comments');
    await expect(comments.getByRole('heading', { name: 'Comments' })).toBeVisible();
    await expect(comments.getByRole('link', { name: "Find this post's discussion on GitHub" })).toHaveAttribute(
      'href',
      expectedDiscussionUrl(LONG_POST),
    );
    await expect(comments.locator('iframe')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test("the section's note links to the discussion on GitHub", async ({ page }) => {
      await page.goto(postPath(POST));
      const link = page.locator('#comments').getByRole('link', { name: "Find this post's discussion on GitHub" });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', expectedDiscussionUrl(POST));
    });
  });
});
