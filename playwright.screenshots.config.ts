import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// `npm run screenshots`: pictures of the site for reviewing its look, not tests.
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  reporter: 'list',
  retries: 0,
});
