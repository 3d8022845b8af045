// Weighs pages in headless Chromium: every request until the page settles, with the
// bytes it took on the wire, and the elements that hold up its first render.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import {
  isRenderBlocking,
  pageWeight,
  resourceKind,
  type BudgetPage,
  type BudgetResult,
  type LoadingElement,
  type MeasuredRequest,
} from './budget.ts';

export interface WeighOptions {
  executablePath: string;
  args?: string[];
}

// Inline code runs before any interaction as much as a file does; weigh it compressed.
const gzipped = (texts: string[]) => texts.reduce((sum, text) => sum + (text.trim() ? gzipSync(text).length : 0), 0);

export async function weighPages(origin: string, pages: readonly BudgetPage[], options: WeighOptions): Promise<BudgetResult[]> {
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath, args: options.args });
  try {
    const results: BudgetResult[] = [];
    for (const page of pages) results.push(await weighPage(browser, origin, page));
    return results;
  } finally {
    await browser.close();
  }
}

async function weighPage(browser: Browser, origin: string, budgetPage: BudgetPage): Promise<BudgetResult> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    // Nothing may leave this machine: other hosts are refused, but their requests still count.
    await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    const requests: MeasuredRequest[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const sizes = await request.sizes();
          requests.push({
            url: request.url(),
            kind: resourceKind(response?.headers()['content-type'] ?? ''),
            bytes: sizes.responseBodySize,
          });
        })(),
      );
    });
    page.on('requestfailed', (request) => {
      requests.push({ url: request.url(), kind: 'other', bytes: 0 });
    });

    const response = await page.goto(new URL(budgetPage.path, origin).href, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${budgetPage.path} answered ${response?.status() ?? 'nothing'}`);
    await Promise.all(pending);

    const found = await page.evaluate(() => {
      const elements = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel~="stylesheet"][href]')];
      return {
        loading: elements.map((element) =>
          element instanceof HTMLScriptElement
            ? {
                tag: 'script' as const,
                url: element.src,
                type: element.type,
                async: element.async,
                defer: element.defer,
                blockingRender: element.getAttribute('blocking') === 'render',
              }
            : {
                tag: 'link' as const,
                url: element.href,
                mediaMatches: !element.media || matchMedia(element.media).matches,
                blockingRender: element.getAttribute('blocking') === 'render',
              },
        ),
        inlineCss: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
        inlineJs: [...document.querySelectorAll('script:not([src])')]
          .filter((script) => ['', 'module', 'text/javascript'].includes((script.getAttribute('type') ?? '').toLowerCase()))
          .map((script) => script.textContent ?? ''),
      };
    });

    const blockingElsewhere = (found.loading as LoadingElement[])
      .filter((element) => new URL(element.url).origin !== origin && isRenderBlocking(element))
      .map((element) => element.url);
    return {
      page: budgetPage,
      weight: pageWeight(requests, { css: gzipped(found.inlineCss), js: gzipped(found.inlineJs) }),
      blockingElsewhere,
    };
  } finally {
    await context.close();
  }
}
