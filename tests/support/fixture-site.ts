import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST_FIXTURES } from './built-site.ts';

// Playwright's web server serves dist/; the fixture build (dist-fixtures/, with the
// edge-case posts) reaches the browser through routing under this made-up origin.
export const FIXTURE_SITE = 'http://fixtures.test';

export async function serveFixtureBuild(page: Page): Promise<void> {
  await page.route(`${FIXTURE_SITE}/**`, (route) => {
    const file = join(DIST_FIXTURES, decodeURIComponent(new URL(route.request().url()).pathname));
    if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
