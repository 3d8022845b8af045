// Lighthouse with its default (mobile, simulated slow 4G and CPU) settings, once per page.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BudgetPage, LighthouseCategory, LighthouseResult } from './budget.ts';

const CATEGORIES: LighthouseCategory[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(
  origin: string,
  pages: readonly BudgetPage[],
  options: {
    chromePath: string;
    chromeFlags?: string[];
  },
): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: options.chromePath,
    chromeFlags: ['--headless=new', ...(options.chromeFlags ?? [])],
    logLevel: 'error',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const url = new URL(page.path, origin).href;
      const run = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (category: LighthouseCategory) => {
        const value = categories[category]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      results.push({
        page,
        scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as LighthouseResult['scores'],
        metrics: {
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        },
        // Says why a category fell short: its scored audits that did not pass.
        failedAudits: CATEGORIES.flatMap((category) =>
          (categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category}: ${ref.id} (${audits[ref.id]!.title})`),
        ),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
