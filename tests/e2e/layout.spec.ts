import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { longestPost, postPath } from '../support/content.ts';
import { A_TAG, POST_WITH_CODE, POST_WITH_TABLE, THEMES, VIEWPORTS, WIDEST_PAGES } from '../support/views.ts';

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const longest = longestPost();
// Each kind of page, and the pages with the widest content of their kind.
const pages = [...new Set(['/', postPath(longest.id), `/tags/${A_TAG}/`, '/about/', '/no-such-page', ...WIDEST_PAGES])];

for (const viewport of VIEWPORTS) {
  test(`on a ${viewport.width} px screen, no page scrolls sideways, in either theme`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of pages) {
      await page.goto(path);
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await pageOverflow(page), `${path} in the ${theme} theme`).toBe(0);
      }
    }
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: VIEWPORTS[0] });

  test('long code lines and wide tables scroll inside their own box', async ({ page }) => {
    await page.goto(postPath(longest.id));
    const scrollsInside = await page.locator('article pre').evaluateAll((pres) => pres.some((pre) => pre.scrollWidth > pre.clientWidth));
    expect(scrollsInside).toBe(true);

    await page.goto(postPath(POST_WITH_TABLE));
    const box = page.getByRole('region', { name: /^Table/ }).first();
    await expect(box.locator('table')).toBeVisible();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Keyboard users scroll it too.
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

test.describe('landmarks and keyboard', () => {
  test('every page has a banner, main navigation, main content and a footer', async ({ page }) => {
    for (const path of ['/', postPath(longest.id), '/tags/', `/tags/${A_TAG}/`, '/about/', '/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    }
    await page.goto(postPath(longest.id));
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto(postPath(longest.id));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the header links to posts, tags, about and the feed, marking where the reader is', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const link = (name: string) => nav.getByRole('link', { name, exact: true });
    /** The aria-current of each header link, in order. */
    const marks = () => nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('aria-current')));
    const label = (href: string) => site.nav.find((entry) => entry.href === href)!.label;
    /** The aria-current each header link should have: `current` maps hrefs to a mark, the others have none. */
    const expected = (current: Record<string, string> = {}) => site.nav.map(({ href }) => current[href] ?? null);
    const highlighted = (name: string) =>
      link(name).evaluate((a) => {
        const style = getComputedStyle(a);
        return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.color !== getComputedStyle(document.body).color;
      });

    await page.goto('/');
    await expect(nav.getByRole('link')).toHaveText(site.nav.map((entry) => entry.label));
    // "page" is this very page, "true" the section the page belongs to.
    expect(await marks()).toEqual(expected({ '/': 'page' }));

    await page.goto(postPath(longest.id));
    expect(await marks()).toEqual(expected({ '/': 'true' }));
    expect(await highlighted(label('/'))).toBe(true);

    await page.goto('/tags/');
    expect(await marks()).toEqual(expected({ '/tags/': 'page' }));

    await page.goto(`/tags/${A_TAG}/`);
    expect(await marks()).toEqual(expected({ '/tags/': 'true' }));
    expect(await highlighted(label('/tags/'))).toBe(true);
    expect(await highlighted(label('/about/'))).toBe(false);

    await link(label('/about/')).click();
    await expect(page).toHaveURL(/\/about\/$/);
    expect(await marks()).toEqual(expected({ '/about/': 'page' }));
    expect(await highlighted(label('/about/'))).toBe(true);

    await page.goto('/no-such-page');
    expect(await marks()).toEqual(expected());
  });

  test('the footer names the author, links the socials and shows the year', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(site.author.name);
    await expect(footer).toContainText(String(new Date().getFullYear()));
    for (const social of site.socials) {
      await expect(footer.getByRole('link', { name: social.name })).toHaveAttribute('href', social.url);
    }
  });
});

test.describe('print', () => {
  test('prints the article alone, even with the search dialog open', async ({ page }) => {
    await page.goto(postPath(longest.id));
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search posts' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('article .post-body')).toBeVisible();
    const hidden = [
      '.site-header',
      '.site-footer',
      '.search-open',
      '.search-dialog',
      '.theme-toggle',
      '.toc',
      '.post-nav',
      '.related',
      'section.comments',
      '.code-header',
    ];
    for (const selector of hidden) {
      // Each is on the page, so toBeHidden() cannot pass merely because it is missing.
      await expect(page.locator(selector).first(), selector).toBeAttached();
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
  });

  test('prints dark text and light code colours even with the dark theme stored', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(postPath(POST_WITH_CODE));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const token = page.locator('article .astro-code span[class*="light-"][class*="dark-"]').first();
    /** The token's colour on screen and its light and dark theme colours, all as rgb(). */
    const tokenColours = () =>
      token.evaluate((span) => {
        const rgb = (colour: string) => {
          const probe = document.createElement('i');
          probe.style.color = colour;
          document.body.append(probe);
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        return {
          shown: getComputedStyle(span).color,
          light: rgb(getComputedStyle(span).getPropertyValue('--token-light')),
          dark: rgb(getComputedStyle(span).getPropertyValue('--token-dark')),
        };
      });
    const bodyLuminance = () =>
      page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.querySelector('article .post-body p')!)
          .color.match(/[\d.]+/g)!
          .slice(0, 3)
          .map((channel) => {
            const c = Number(channel) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });

    // On screen the dark theme shows: light text, dark-theme code.
    expect(await bodyLuminance()).toBeGreaterThan(0.5);
    const screen = await tokenColours();
    expect(screen.light).not.toBe(screen.dark);
    expect(screen.shown).toBe(screen.dark);

    await page.emulateMedia({ media: 'print' });
    expect(await bodyLuminance()).toBeLessThan(0.1);
    const printed = await tokenColours();
    expect(printed.shown).toBe(printed.light);
  });
});

test.describe('on a 1440 px screen', () => {
  test.use({ viewport: VIEWPORTS[1] });

  test("a post's comments sit in the post's column", async ({ page }) => {
    await page.goto(postPath(longest.id));
    const body = await page.locator('article .post-body').boundingBox();
    const comments = await page.getByRole('region', { name: 'Comments' }).boundingBox();
    expect(comments!.x).toBeCloseTo(body!.x, 0);
    expect(comments!.width).toBeCloseTo(body!.width, 0);
  });

  test('the search button shows its `/` key hint to mouse and keyboard users', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.search-open kbd')).toBeVisible();
  });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: VIEWPORTS[0], hasTouch: true, isMobile: true });

  test('the search button shows no `/` key hint, a touch screen having no such key', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
    await expect(page.locator('.search-open kbd')).toBeHidden();
  });
});
