import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { headersFor, parseHeadersFile } from './headers-file.ts';

// What the browser refuses under the site's Content-Security-Policy, and pages served with the
// `_headers` policy on top of their meta tag's, as Netlify or Cloudflare Pages serve them.

declare global {
  interface Window {
    cspViolations?: { directive: string; blocked: string; element: string }[];
  }
}

export interface CspRecord {
  /** Each securitypolicyviolation event, as `<directive> blocked <what> (<element>)`, with a count. */
  violations(): Promise<string[]>;
  /** The console's CSP errors, which also cover documents no page script sees. */
  consoleErrors: string[];
}

/** Starts recording: call before the first page.goto. */
export async function recordCsp(page: Page, { ignoreInside }: { ignoreInside?: string } = {}): Promise<CspRecord> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    }
  });
  await page.addInitScript((ignored) => {
    window.cspViolations = [];
    // The element an inline style or script sits on, by tag and class, and the block it is in.
    const describe = (node: EventTarget | null): string => {
      if (!(node instanceof Element)) return 'document';
      const own = `${node.localName}${node.classList.length > 0 ? `.${[...node.classList].join('.')}` : ''}`;
      const block = node.parentElement?.closest('[class]');
      return block ? `${own} in ${block.localName}.${[...block.classList].join('.')}` : own;
    };
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        if (ignored && event.target instanceof Element && event.target.closest(ignored)) return;
        window.cspViolations!.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI || 'inline',
          element: describe(event.target),
        });
      },
      true,
    );
  }, ignoreInside);
  return {
    consoleErrors,
    async violations() {
      const events = await page.evaluate(() => window.cspViolations ?? []);
      const counts = new Map<string, number>();
      for (const { directive, blocked, element } of events) {
        const key = `${new URL(page.url()).pathname}: ${directive} blocked ${blocked} (${element})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].map(([violation, count]) => `${violation} ×${count}`);
    },
  };
}

/** The headers a build's `_headers` file gives the path of a request. */
export function headersFileFor(dir: string): (pathname: string) => Record<string, string> {
  const file = join(dir, '_headers');
  const rules = parseHeadersFile(readFileSync(file, 'utf8'), file);
  return (pathname) => headersFor(rules, pathname);
}

/** Serves the pages of `origin` (the preview server) with the headers of `dir`'s `_headers` added. */
export async function sendHeadersFile(page: Page, origin: string, dir: string): Promise<void> {
  const headersOf = headersFileFor(dir);
  await page.route(`${origin}/**`, async (route: Route) => {
    const response = await route.fetch();
    const { pathname } = new URL(route.request().url());
    await route.fulfill({ response, headers: { ...response.headers(), ...headersOf(pathname) } });
  });
}
