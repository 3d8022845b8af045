import { existsSync } from 'node:fs';

// Playwright's own browser download is not available everywhere we run (offline CI,
// sandboxes), so the tests drive a system Chromium instead.
// The headless shell first: the build Playwright itself runs headless, without the full browser's
// window furniture, a third faster over the browser tests.
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const NO_CHROMIUM_MESSAGE =
  'no Chromium found; install it with `sudo apt-get install chromium-headless-shell` (Debian; or chromium, on Ubuntu too) or set CHROMIUM_PATH';

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
