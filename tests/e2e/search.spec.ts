import { expect, test } from '@playwright/test';
import { findPost, postPath, publishedPosts, type SourcePost, tagCounts } from '../support/content.ts';
import { dialog, openSearch, results, resultTitles, search, searchButton, showAll } from '../support/search-driver.ts';
import { codeOnlyIdentifier, nonsenseWord } from '../support/search-words.ts';

const posts = publishedPosts();
const GISCUS_POST = findPost('from-utterances-to-giscus');
const EKS_POST = findPost('setting-up-eks-with-irsa-using-terraform');

const mentions = (post: SourcePost, word: string) => post.source.toLowerCase().includes(word);

test.describe('search dialog', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('"giscus" lists the giscus post first, with its date and a highlighted excerpt', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'giscus');
    const first = results(box).first();
    await expect(first.getByRole('link')).toHaveText(GISCUS_POST.title);
    await expect(first.getByRole('link')).toHaveAttribute('href', postPath(GISCUS_POST.id));
    await expect(first.locator(`time[datetime="${GISCUS_POST.pubDate}"]`)).toHaveText('December 27, 2021');
    await expect(first.locator('mark').first()).toContainText(/giscus/i);
  });

  test('"irsa" finds the EKS post', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('"kopf" finds every post that mentions it, the Kubernetes operators posts among them', async ({ page }) => {
    const expected = posts.filter((post) => mentions(post, 'kopf')).map((post) => post.title);
    expect(expected.some((title) => title.startsWith('Kubernetes operators with Python'))).toBe(true);

    const box = await openSearch(page);
    await search(box, 'kopf');
    await showAll(box);
    expect((await resultTitles(box)).sort()).toEqual(expected.sort());
  });

  // What each post's index entry holds is checked for every post in tests/site/search-index.test.ts.
  test("a word found only in a post's code finds that post", async ({ page }) => {
    const cases = posts
      .flatMap((post) => {
        const word = codeOnlyIdentifier(post, posts);
        return word ? [{ post, word }] : [];
      })
      .slice(0, 3);
    expect(cases.length, 'some post should have an identifier only in its code').toBeGreaterThan(0);

    const box = await openSearch(page);
    for (const { post, word } of cases) {
      await search(box, word);
      await expect(results(box).first().getByRole('link'), `"${word}" from ${post.id}`).toHaveText(post.title);
    }
  });

  test('a nonsense word gets a friendly empty state', async ({ page }) => {
    const word = nonsenseWord(posts);
    const box = await openSearch(page);
    await search(box, word);
    await expect(box.getByRole('status')).toHaveText(`No posts match “${word}”. Try another word.`);
    await expect(results(box)).toHaveCount(0);
  });

  test('a tag lists exactly its posts, for the biggest and the smallest tag', async ({ page }) => {
    const counts = [...tagCounts()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(counts.length).toBeGreaterThan(0);
    const tags = [...new Set([counts[0]![0], counts.at(-1)![0]])];

    const box = await openSearch(page);
    for (const tag of tags) {
      const expected = posts.filter((post) => post.tags.includes(tag)).map((post) => post.title);
      await box.getByLabel('Tag').selectOption(tag);
      const count = expected.length === 1 ? '1 post' : `${expected.length} posts`;
      await expect(box.getByRole('status')).toHaveText(`${count} tagged “${tag}”.`);
      await showAll(box);
      expect((await resultTitles(box)).sort(), `posts tagged ${tag}`).toEqual(expected.sort());
    }
  });

  test("a tag narrows the words' results", async ({ page }) => {
    const otherTag = posts.flatMap((post) => post.tags).find((tag) => !EKS_POST.tags.includes(tag))!;
    const box = await openSearch(page);

    await box.getByLabel('Tag').selectOption(EKS_POST.tags[0]!);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);

    await box.getByLabel('Tag').selectOption(otherTag);
    await expect(box.getByRole('status')).toHaveText(`No posts tagged “${otherTag}” match “irsa”. Try another word or all tags.`);
    await expect(results(box)).toHaveCount(0);
  });

  test('a result leads to its post', async ({ page }) => {
    const box = await openSearch(page);
    await search(box, 'irsa');
    await results(box).first().getByRole('link').click();
    await expect(page).toHaveURL(postPath(EKS_POST.id));
    await expect(page.locator('h1')).toHaveText(EKS_POST.title);
  });
});

test.describe('search page', () => {
  test('the search dialog opens and searches on the search page too', async ({ page }) => {
    await page.goto('/search/');
    // The page's own field has the focus, so `/` would type there: the header's button opens the dialog.
    await searchButton(page).click();
    const box = dialog(page);
    await search(box, 'irsa');
    await expect(results(box).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('a shared ?q= address shows its results', async ({ page }) => {
    await page.goto('/search/?q=irsa');
    const main = page.getByRole('main');
    await expect(main.getByLabel('Search for')).toHaveValue('irsa');
    await expect(results(main).first().getByRole('link')).toHaveText(EKS_POST.title);
  });

  test('the address follows the words and tag', async ({ page }) => {
    await page.goto('/search/');
    const main = page.getByRole('main');
    await search(main, 'giscus');
    await expect(page).toHaveURL('/search/?q=giscus');
    await main.getByLabel('Tag').selectOption('github');
    await expect(page).toHaveURL('/search/?q=giscus&tag=github');
    await expect(results(main).first().getByRole('link')).toHaveText(GISCUS_POST.title);
  });
});
