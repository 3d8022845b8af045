import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/find-chromium.ts';

// PREVIEW_PORT lets several checkouts run their tests side by side.
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // One worker a core, each test on its own: no test waits for a file's other tests.
  workers: 2,
  fullyParallel: true,
  // Generous limits, for a shared CI runner whose cores are busy with other work: every test takes
  // a few seconds on a quiet machine.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // A trace costs every test time; the retry of a failed test records one.
    trace: 'on-first-retry',
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
