// What Lighthouse CI cannot decide from its config: which pages to audit, picked from
// whatever the build holds, and a one-line summary per page (it prints failures only).

/**
 * Home, the longest post, the longest part of a series (when the longest post is not one) and
 * the biggest tag page (the most posts), as site paths, picked by file size. A missing kind is named in `missing` so the report says so.
 */
export function budgetPages(
  files: ReadonlyMap<string, number>,
  isSeriesPart: (path: string) => boolean = () => false,
): { paths: string[]; missing: string[] } {
  const largest = (pattern: RegExp, also: (path: string) => boolean = () => true) =>
    [...files]
      .filter(([path]) => pattern.test(path) && also(path))
      .sort(([pathA, sizeA], [pathB, sizeB]) => sizeB - sizeA || pathA.localeCompare(pathB))[0]?.[0];

  const paths: string[] = [];
  const missing: string[] = [];
  if (files.has('/index.html')) paths.push('/');
  else missing.push('home page (/index.html)');

  const post = largest(/^\/posts\/[^/]+\.html$/);
  if (post) paths.push(post);
  else missing.push('post (/posts/<slug>.html)');

  // A part of a series carries the series' list and next part too; a blog may have none.
  const part = largest(/^\/posts\/[^/]+\.html$/, isSeriesPart);
  if (part && part !== post) paths.push(part);

  const tag = largest(/^\/tags\/[^/]+\/index\.html$/);
  if (tag) paths.push(tag.replace(/index\.html$/, ''));
  else missing.push('tag page (/tags/<tag>/index.html)');

  return { paths, missing };
}

/** One entry of the manifest.json Lighthouse CI writes beside the reports. */
export interface ManifestRun {
  url: string;
  jsonPath: string;
  summary: { performance?: number | null };
}

/** Per page, the run with the best performance score: the run the performance assertion judges. */
export function bestRuns(runs: readonly ManifestRun[]): ManifestRun[] {
  const best = new Map<string, ManifestRun>();
  for (const run of runs) {
    const kept = best.get(run.url);
    if (!kept || (run.summary.performance ?? 0) > (kept.summary.performance ?? 0)) best.set(run.url, run);
  }
  return [...best.values()];
}

/** The parts of a Lighthouse report (LHR) the summary reads. */
export interface LighthouseReport {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null } | undefined>;
  audits: {
    'resource-summary': { details: { items: { resourceType: string; transferSize: number; requestCount: number }[] } };
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One line per report: path, the four scores (0-100), bytes as transferred by kind, requests elsewhere. */
export function summarizeReports(reports: readonly LighthouseReport[]): string {
  const lines = reports.map((report) => {
    const scores = CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      return score === null || score === undefined ? '-' : String(Math.round(score * 100));
    });
    const resources = new Map(report.audits['resource-summary'].details.items.map((item) => [item.resourceType, item]));
    const kb = (kind: string) => `${((resources.get(kind)?.transferSize ?? 0) / 1024).toFixed(1)} KB`;
    const path = new URL(report.finalDisplayedUrl).pathname;
    const elsewhere = resources.get('third-party')?.requestCount ?? 0;
    return (
      `${path}: scores ${scores.join('/')}; HTML ${kb('document')}, CSS ${kb('stylesheet')}, JS ${kb('script')}; ` +
      `${elsewhere} ${elsewhere === 1 ? 'request' : 'requests'} to other hosts`
    );
  });
  return ['Scores (performance/accessibility/best practices/SEO) and bytes as served (gzip):', ...lines].join('\n');
}
