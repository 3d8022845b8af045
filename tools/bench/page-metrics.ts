// What `npm run bench -- --lighthouse` reads from Lighthouse's reports of a post page and of its
// minimal page (tools/bench/minimal-page.ts), and the limits the post page is held to.
import { median } from './median.ts';

/** The parts of a Lighthouse report (LHR) the comparison reads. */
export interface PageReport {
  requestedUrl: string;
  audits: {
    'largest-contentful-paint': { numericValue: number };
    'total-byte-weight': { numericValue: number };
    'resource-summary': { details: { items: { resourceType: string; transferSize: number }[] } };
  };
}

/** Largest contentful paint, and bytes as transferred (gzipped where the server gzips). */
export interface PageMetrics {
  lcpMs: number;
  totalBytes: number;
  scriptBytes: number;
}

export const PAGE_LIMITS = {
  /** The post page paints its largest element no later than the minimal page. */
  lcpRatio: 1,
  totalBytesRatio: 2,
  scriptBytes: 5 * 1024,
};

export function pageMetrics(report: PageReport): PageMetrics {
  const script = report.audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  return {
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    totalBytes: report.audits['total-byte-weight'].numericValue,
    scriptBytes: script?.transferSize ?? 0,
  };
}

/** Each metric's median over several runs of one page, since a single Lighthouse run varies. */
export function medianMetrics(runs: readonly PageMetrics[]): PageMetrics {
  if (runs.length === 0) throw new Error('no Lighthouse runs to take the median of');
  return {
    lcpMs: median(runs.map((run) => run.lcpMs)),
    totalBytes: median(runs.map((run) => run.totalBytes)),
    scriptBytes: median(runs.map((run) => run.scriptBytes)),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the bench prints for one page: both pages' figures, then the ratios beside their limits. */
export function pageComparisonLines(post: PageMetrics, minimal: PageMetrics): string[] {
  const row = (name: string, metrics: PageMetrics) =>
    `  ${name.padEnd(14)} ${`${(metrics.lcpMs / 1000).toFixed(2)} s`.padStart(8)} ${kb(metrics.totalBytes).padStart(10)} ${kb(metrics.scriptBytes).padStart(10)}`;
  const verdict = (within: boolean) => (within ? 'within' : 'over');
  const lcpRatio = post.lcpMs / minimal.lcpMs;
  const bytesRatio = post.totalBytes / minimal.totalBytes;
  return [
    `  ${''.padEnd(14)} ${'LCP'.padStart(8)} ${'total'.padStart(10)} ${'JS'.padStart(10)}`,
    row('post page', post),
    row('minimal page', minimal),
    `  LCP post / minimal          ${lcpRatio.toFixed(2).padStart(6)}x   limit ${PAGE_LIMITS.lcpRatio}x (no slower): ${verdict(lcpRatio <= PAGE_LIMITS.lcpRatio)}`,
    `  total bytes post / minimal  ${bytesRatio.toFixed(2).padStart(6)}x   limit ${PAGE_LIMITS.totalBytesRatio}x: ${verdict(bytesRatio <= PAGE_LIMITS.totalBytesRatio)}`,
    `  JS of the post page         ${kb(post.scriptBytes).padStart(7)}   limit ${kb(PAGE_LIMITS.scriptBytes)} gzipped: ${verdict(post.scriptBytes <= PAGE_LIMITS.scriptBytes)}`,
  ];
}
