import { existsSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DIST_FIXTURES, fileForUrl } from './built-site.ts';
import { headersFileFor } from './csp-violations.ts';

// Playwright's web server serves dist/; the fixture build (dist-fixtures/, with the
// edge-case posts, built for a site under a base path) reaches the browser through
// routing under this made-up origin. Pages there are at hrefIn(DIST_FIXTURES, path).
export const FIXTURE_SITE = 'http://fixtures.test';

/** `headersFile`: send the headers of dist-fixtures/_headers too, as Netlify would. */
export async function serveFixtureBuild(page: Page, { headersFile = false } = {}): Promise<void> {
  const headersOf = headersFile ? headersFileFor(DIST_FIXTURES) : () => ({});
  await page.route(`${FIXTURE_SITE}/**`, (route) => {
    let file: string | undefined;
    try {
      file = fileForUrl(DIST_FIXTURES, new URL(route.request().url()).pathname);
    } catch {
      // An address outside the base path is not part of the site.
    }
    if (file && existsSync(file) && statSync(file).isFile()) {
      return route.fulfill({ path: file, headers: headersOf(new URL(route.request().url()).pathname) });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
