// Performance budgets: which pages are weighed, what they may cost, and how a
// measurement is judged. Pure, so every rule is unit-tested; scripts/budget.ts measures.

export const KB = 1024;

/** Bytes as served compressed, before any interaction. */
export const BUDGET = {
  // The theme script, Astro's island loader and small page scripts; zoom, search and
  // comments must load their code only when used.
  js: 5 * KB,
  css: 20 * KB,
  // For the longest post only: the HTML of any page is bounded by its longest post.
  postHtml: 60 * KB,
} as const;

/** Lighthouse (mobile) category scores, 0-100, each page must reach. */
export const LIGHTHOUSE_MINIMUM = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type LighthouseCategory = keyof typeof LIGHTHOUSE_MINIMUM;

export interface BudgetPage {
  name: string;
  path: string;
  /** Limit for the page's own HTML, when it has one. */
  htmlLimit?: number;
}

/**
 * The pages to weigh, picked from the built files: home, the longest post and the
 * biggest tag page (the most posts). A missing kind is named in `missing` so the
 * report says what was not weighed.
 */
export function budgetPages(
  files: ReadonlyMap<string, number>,
): { pages: BudgetPage[]; missing: string[] } {
  const largest = (pattern: RegExp) =>
    [...files]
      .filter(([path]) => pattern.test(path))
      .sort(([pathA, sizeA], [pathB, sizeB]) => sizeB - sizeA || pathA.localeCompare(pathB))[0]?.[0];

  const pages: BudgetPage[] = [];
  const missing: string[] = [];
  if (files.has('/index.html')) pages.push({ name: 'home', path: '/' });
  else missing.push('home page (/index.html)');

  const post = largest(/^\/posts\/[^/]+\.html$/);
  if (post) pages.push({ name: 'longest post', path: post, htmlLimit: BUDGET.postHtml });
  else missing.push('post (/posts/<slug>.html)');

  const tag = largest(/^\/tags\/[^/]+\/index\.html$/);
  if (tag) pages.push({ name: 'tag page', path: tag.replace(/index\.html$/, '') });
  else missing.push('tag page (/tags/<tag>/index.html)');

  return { pages, missing };
}

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface MeasuredRequest {
  url: string;
  kind: ResourceKind;
  /** Body bytes as transferred (compressed). */
  bytes: number;
}

export function resourceKind(contentType: string): ResourceKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type === 'text/javascript' || type === 'application/javascript') return 'js';
  return 'other';
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

/**
 * Adds up the requests a page made; inline `<style>` and `<script>` count as CSS and
 * JavaScript (their compressed size), not as HTML only, since they cost the same to run.
 */
export function pageWeight(
  requests: readonly MeasuredRequest[],
  inline: { css: number; js: number } = { css: 0, js: 0 },
): PageWeight {
  const weight: PageWeight = { html: 0, css: inline.css, js: inline.js, other: 0, total: 0, requests: requests.length };
  for (const request of requests) {
    weight[request.kind] += request.bytes;
    weight.total += request.bytes;
  }
  return weight;
}

/** What the page says about a `<script src>` or `<link rel=stylesheet>` (collected in the browser). */
export interface LoadingElement {
  tag: 'script' | 'link';
  url: string;
  type?: string;
  async?: boolean;
  defer?: boolean;
  /** `<link media>` matched the viewport, or there was none. */
  mediaMatches?: boolean;
  /** `blocking="render"`. */
  blockingRender?: boolean;
}

/** Whether the browser must fetch it before it can show the page. */
export function isRenderBlocking(element: LoadingElement): boolean {
  if (element.blockingRender) return true;
  if (element.tag === 'link') return element.mediaMatches !== false;
  const type = (element.type ?? '').trim().toLowerCase();
  if (type === 'module') return false;
  return !element.async && !element.defer;
}

export interface BudgetResult {
  page: BudgetPage;
  weight: PageWeight;
  /** URLs on other hosts the page must load before it renders. */
  blockingElsewhere: string[];
}

export function budgetViolations(result: BudgetResult): string[] {
  const { page, weight } = result;
  const violations: string[] = [];
  const over = (what: string, bytes: number, limit: number) =>
    `${page.name} (${page.path}): ${what} is ${formatKb(bytes)} (${bytes} B), over the ${formatKb(limit)} (${limit} B) budget`;
  if (weight.js > BUDGET.js) violations.push(over('JavaScript before interaction', weight.js, BUDGET.js));
  if (weight.css > BUDGET.css) violations.push(over('CSS', weight.css, BUDGET.css));
  if (page.htmlLimit !== undefined && weight.html > page.htmlLimit) {
    violations.push(over('HTML', weight.html, page.htmlLimit));
  }
  for (const url of result.blockingElsewhere) {
    violations.push(`${page.name} (${page.path}): render-blocking request to another host: ${url}`);
  }
  return violations;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatWeights(results: readonly BudgetResult[]): string {
  return table(
    ['page', 'HTML', 'CSS', 'JS', 'total', 'requests'],
    results.map(({ page, weight }) => [
      `${page.name} ${page.path}`,
      formatKb(weight.html),
      formatKb(weight.css),
      formatKb(weight.js),
      formatKb(weight.total),
      String(weight.requests),
    ]),
  );
}

export interface LighthouseResult {
  page: BudgetPage;
  /** Category scores, 0-100; null when Lighthouse could not score it. */
  scores: Record<LighthouseCategory, number | null>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** The scored audits that did not pass, as `category: audit-id (title)`. */
  failedAudits: string[];
}

export function lighthouseViolations(result: LighthouseResult): string[] {
  return (Object.keys(LIGHTHOUSE_MINIMUM) as LighthouseCategory[]).flatMap((category) => {
    const score = result.scores[category];
    const minimum = LIGHTHOUSE_MINIMUM[category];
    if (score !== null && score >= minimum) return [];
    return [`${result.page.name} (${result.page.path}): Lighthouse ${category} is ${score ?? 'not scored'}, below ${minimum}`];
  });
}

export function formatLighthouse(results: readonly LighthouseResult[]): string {
  const score = (value: number | null) => (value === null ? '-' : String(value));
  return table(
    ['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS'],
    results.map(({ page, scores, metrics }) => [
      `${page.name} ${page.path}`,
      score(scores.performance),
      score(scores.accessibility),
      score(scores['best-practices']),
      score(scores.seo),
      `${(metrics.fcp / 1000).toFixed(2)} s`,
      `${(metrics.lcp / 1000).toFixed(2)} s`,
      `${Math.round(metrics.tbt)} ms`,
      metrics.cls.toFixed(3),
    ]),
  );
}
