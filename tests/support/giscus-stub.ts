import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';

// giscus.app is never reached in the tests: a stub answers for it, like the real widget would.

const giscus = site.giscus;
if (!giscus) throw new Error('the comments tests need the giscus block of src/site.config.ts');
export const GISCUS = new URL(giscus.host).origin;

export function expectedDiscussionUrl(slug: string): string {
  return `https://github.com/${giscus!.repo}/discussions?discussions_q=%22posts%2F${slug}%22`;
}

// Stands in for the giscus widget: says hello like giscus does (resizeHeight) and
// records every message the page sends it.
export const STUB_WIDGET = `<!doctype html>
<html lang="en"><head><title>giscus stub</title></head>
<body><main><h1>Comments stub</h1></main><script>
  window.received = [];
  addEventListener('message', (event) => window.received.push(event.data));
  parent.postMessage({ giscus: { resizeHeight: 200 } }, '*');
</script></body></html>`;

/** Stubs giscus; returns the widget URLs the page loaded, in order. */
export async function stubGiscus(page: Page): Promise<URL[]> {
  const widgetLoads: URL[] = [];
  await page.route(`${GISCUS}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/widget')) widgetLoads.push(url);
    return route.fulfill({ contentType: 'text/html', body: STUB_WIDGET });
  });
  return widgetLoads;
}

export const giscusFrame = (page: Page) => page.locator('#comments giscus-widget iframe');

export async function giscusFrameUrl(page: Page): Promise<URL> {
  await expect(giscusFrame(page)).toHaveAttribute('src', /\/widget\?/);
  return new URL((await giscusFrame(page).getAttribute('src'))!);
}

/** The themes the page has sent the giscus frame through setConfig messages. */
export async function themesSent(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().startsWith(GISCUS));
  if (!frame) return [];
  return frame.evaluate(() =>
    ((window as unknown as { received: { giscus?: { setConfig?: { theme?: string } } }[] }).received ?? [])
      .map((message) => message.giscus?.setConfig?.theme)
      .filter((theme): theme is string => typeof theme === 'string'),
  );
}

/** Which of the given script URLs hold React or giscus code. */
export async function scriptsHolding(request: APIRequestContext, urls: string[]) {
  const found = { react: [] as string[], giscus: [] as string[] };
  for (const url of urls) {
    const code = await (await request.get(url)).text();
    if (code.includes('react.transitional.element')) found.react.push(url);
    if (code.includes('giscus-widget')) found.giscus.push(url);
  }
  return found;
}
