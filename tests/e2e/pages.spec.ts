import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';

const posts = publishedPosts();

interface ListingPage {
  path: string;
  links: string[];
}

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/**
 * Reads a paginated listing from its first page on, following "Older posts", and checks
 * its navigation on the way: each page knows its number, links back to the one before
 * it and has a title of its own. Returns each page's address and links to posts.
 */
async function readListing(page: Page, firstPath: string, title: string, postLinks: string): Promise<ListingPage[]> {
  const pages: ListingPage[] = [];
  let path: string | null = firstPath;
  let previousPath: string | undefined;
  while (path) {
    await page.goto(path);
    const number = pages.length + 1;
    await expect(page, path).toHaveTitle(number === 1 ? `${title} | ${site.title}` : `${title}, page ${number} | ${site.title}`);
    const nav = page.locator('nav.pagination');
    const next = nav.locator('a[rel="next"]');
    if (previousPath === undefined && (await nav.count()) === 0) {
      // A listing that fits on one page needs no navigation.
      return [{ path, links: await hrefs(page, postLinks) }];
    }
    await expect(nav, path).toHaveAttribute('aria-label', /.+/);
    await expect(nav, path).toContainText(new RegExp(`Page ${number} of \\d+`));
    if (previousPath) await expect(nav.locator('a[rel="prev"]'), path).toHaveAttribute('href', previousPath);
    else await expect(nav.locator('a[rel="prev"]'), path).toHaveCount(0);
    pages.push({ path, links: await hrefs(page, postLinks) });
    previousPath = path;
    path = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  await expect(page.locator('nav.pagination'), 'the last page counts the pages').toContainText(`Page ${pages.length} of ${pages.length}`);
  return pages;
}

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

  test('the pages of each tag list exactly the posts with that tag, newest first', async ({ page }) => {
    for (const tag of tagCounts().keys()) {
      const listed = await readListing(page, `/tags/${tag}/`, `Posts tagged ${tag}`, 'main ol > li h2 a');
      await expect(page.locator('h1')).toContainText(tag);
      const expected = posts.filter((post) => post.tags.includes(tag));
      expect(
        listed.flatMap(({ links }) => links),
        tag,
      ).toEqual(expected.map((post) => postPath(post.id)));
      for (const { links } of listed) expect(links.length, tag).toBeLessThanOrEqual(site.postsPerPage);
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

test.describe('archive', () => {
  test('its pages together list every post once, newest first', async ({ page }) => {
    const listed = await readListing(page, '/archive/', 'Archive', 'main section h3 a');
    expect(listed.flatMap(({ links }) => links)).toEqual(posts.map((post) => postPath(post.id)));
    for (const { links } of listed) expect(links.length).toBeLessThanOrEqual(site.postsPerPage);
  });

  test('groups the posts of each page by year', async ({ page }) => {
    const listed = await readListing(page, '/archive/', 'Archive', 'main section h3 a');
    for (const { path, links } of listed) {
      await page.goto(path);
      for (const href of links) {
        const post = posts.find((candidate) => postPath(candidate.id) === href)!;
        const section = page
          .locator('main section')
          .filter({ has: page.getByRole('heading', { level: 2, name: post.pubDate.slice(0, 4) }) });
        await expect(section.getByRole('link', { name: post.title, exact: true }), post.id).toHaveAttribute('href', href);
      }
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
        expect(
          candidates.map((other) => postPath(other.id)),
          `${post.id} suggests ${href}`,
        ).toContain(href);
      }
    }
  });
});

test.describe('about', () => {
  test('says who writes the blog and links his socials', async ({ page }) => {
    await page.goto('/about/');
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
    await page
      .getByRole('main')
      .getByRole('link', { name: /home page/i })
      .click();
    await expect(page).toHaveURL('/');
    await page.goto('/posts/no-such-post.html');
    await page
      .getByRole('main')
      .getByRole('link', { name: /all posts/i })
      .click();
    await expect(page).toHaveURL('/archive/');
    await page.goto('/nothing/here');
    const latest = page.getByRole('region', { name: 'Latest posts' }).getByRole('heading', { level: 3 });
    await expect(latest).toHaveText(posts.slice(0, 5).map((post) => post.title));
  });
});
