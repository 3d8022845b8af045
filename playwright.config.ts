import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/find-chromium.ts';

// PREVIEW_PORT lets several checkouts run their tests side by side.
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  // Serves the existing dist/: `npm test` builds before it runs Playwright.
  webServer: {
    command: `astro preview --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
  },
});
