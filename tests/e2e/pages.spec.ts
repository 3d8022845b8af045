import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

const posts = publishedPosts();

test.describe('tags', () => {
  test('/tags/ lists every tag with its number of posts', async ({ page }) => {
    await page.goto('/tags/');
    const counts = tagCounts();
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(counts.size);
    for (const [tag, count] of counts) {
      const link = links.filter({ has: page.locator('.tag-name', { hasText: new RegExp(`^${tag}$`) }) });
      await expect(link, tag).toHaveAttribute('href', `/tags/${tag}/`);
      await expect(link).toContainText(count === 1 ? '1 post' : `${count} posts`);
    }
  });

  test('each tag page lists exactly the posts with that tag, newest first', async ({ page }) => {
    for (const tag of tagCounts().keys()) {
      await page.goto(`/tags/${tag}/`);
      await expect(page.locator('h1')).toContainText(tag);
      const expected = posts.filter((post) => post.tags.includes(tag));
      await expect(page.locator('main ol > li h2 a'), tag).toHaveText(expected.map((post) => post.title));
    }
  });

  test("a post's tags link to their tag pages", async ({ page }) => {
    const post = posts.find((p) => p.tags.length > 1)!;
    await page.goto(postPath(post.id));
    const tags = page.locator('article header').getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(tags).toHaveText(post.tags);
    await tags.first().click();
    await expect(page).toHaveURL(`/tags/${post.tags[0]}/`);
  });

  // The old site's tag pages, as the issue lists them.
  const oldTagPages = ['ansible', 'argocd', 'aws', 'capnproto', 'cdk8s', 'flux', 'gitops', 'kubernetes', 'openwrt', 'python', 'terraform'];

  test('the old /tag/<tag> addresses lead to the new tag pages', async ({ page }) => {
    for (const tag of oldTagPages) {
      expect(tagCounts().has(tag), `${tag} is a tag of some post`).toBe(true);
      await page.goto(`/tag/${tag}`);
      await expect(page, tag).toHaveURL(`/tags/${tag}/`);
      await expect(page.locator('h1')).toContainText(tag);
    }
  });
});

test.describe('home', () => {
  test('reaches every post in one click, grouped by year', async ({ page }) => {
    await page.goto('/');
    for (const post of posts) {
      const section = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: post.pubDate.slice(0, 4) }) });
      await expect(section.getByRole('link', { name: post.title, exact: true }), post.id).toHaveAttribute('href', postPath(post.id));
    }
  });
});

test.describe('post page', () => {
  test('shows its dates, reading time and tags', async ({ page }) => {
    for (const post of posts) {
      await page.goto(postPath(post.id));
      const meta = page.locator('article header .post-meta');
      await expect(meta.locator(`time[datetime="${post.pubDate}"]`)).toHaveCount(1);
      if (post.updatedDate) await expect(meta.locator(`time[datetime="${post.updatedDate}"]`)).toHaveCount(1);
      await expect(meta).toContainText(/\d+ min read/);
    }
  });

  test('links the previous and next post in publication order', async ({ page }) => {
    for (const [index, post] of posts.entries()) {
      await page.goto(postPath(post.id));
      const nav = page.getByRole('navigation', { name: 'Previous and next post' });
      const older = posts[index + 1];
      const newer = posts[index - 1];
      const previous = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      if (older) await expect(previous, post.id).toHaveAttribute('href', postPath(older.id));
      else await expect(previous, post.id).toHaveCount(0);
      if (newer) await expect(next, post.id).toHaveAttribute('href', postPath(newer.id));
      else await expect(next, post.id).toHaveCount(0);
    }
  });

  test('suggests up to three other posts sharing a tag', async ({ page }) => {
    for (const post of posts) {
      await page.goto(postPath(post.id));
      const links = page.getByRole('region', { name: 'Related posts' }).getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const candidates = posts.filter((other) => other.id !== post.id && other.tags.some((tag) => post.tags.includes(tag)));
      expect(hrefs.length, post.id).toBe(Math.min(3, candidates.length));
      for (const href of hrefs) {
        expect(candidates.map((other) => postPath(other.id)), `${post.id} suggests ${href}`).toContain(href);
      }
    }
  });
});

test.describe('about', () => {
  test('says who writes the blog and links his socials', async ({ page }) => {
    await page.goto('/about');
    await expect(page.locator('h1')).toHaveText('About');
    const main = page.getByRole('main');
    await expect(main).toContainText(site.author.name);
    await expect(main).toContainText(/freelance/i);
    await expect(main).toContainText(/indie hack/i);
    await expect(main).toContainText(/open source/i);
    for (const social of site.socials) {
      await expect(main.getByRole('link', { name: social.name })).toHaveAttribute('href', social.url);
    }
  });
});

test.describe('404', () => {
  test('is friendly: a way home and the latest posts', async ({ page }) => {
    const response = await page.goto('/posts/no-such-post.html');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.getByRole('main').getByRole('link', { name: /all posts/i }).click();
    await expect(page).toHaveURL('/');
    await page.goto('/nothing/here');
    const latest = page.getByRole('region', { name: 'Latest posts' }).getByRole('heading', { level: 3 });
    await expect(latest).toHaveText(posts.slice(0, 5).map((post) => post.title));
  });
});
