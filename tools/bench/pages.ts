// Runs Lighthouse on a built post page and on its minimal page (tools/bench/minimal-page.ts), served
// the same way from one folder: LHCI's static server (gzip) and its default mobile throttling, as
// `npm run budget` audits the site.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/find-chromium.ts';
import { budgetPages } from '../quality/lighthouse-budget.ts';
import { serveUnderBase, siteUrlOfBuild } from '../quality/served-site.ts';
import { listSiteFiles } from '../quality/site-files.ts';
import { minimalPage, minimalPagePath } from './minimal-page.ts';
import { medianMetrics, type PageMetrics, type PageReport, pageMetrics } from './page-metrics.ts';

const root = join(import.meta.dirname, '..', '..');
// Lighthouse's figures vary from run to run; the comparison takes each page's median.
const RUNS = 3;

/** The site path of the biggest post page of a built site, the one with the most to render; undefined when it has none. */
export function longestPost(siteDir: string): string | undefined {
  const sizes = new Map(listSiteFiles(siteDir).map((path) => [path, statSync(join(siteDir, path)).size]));
  return budgetPages(sizes).paths.find((path) => path.startsWith('/posts/'));
}

/**
 * A folder serving the built site unchanged, plus a file beside one of its pages: links to the
 * site's entries, with the folders on the way to that page made real so the file can sit in them
 * without writing into the site.
 */
function siteWithExtraPage(siteDir: string, servedDir: string, extraPath: string, text: string): void {
  const folders = extraPath.split('/').filter(Boolean).slice(0, -1);
  let from = siteDir;
  let to = servedDir;
  for (let depth = 0; ; depth++) {
    for (const entry of readdirSync(from)) if (entry !== folders[depth]) symlinkSync(join(from, entry), join(to, entry));
    if (depth === folders.length) break;
    from = join(from, folders[depth]!);
    to = join(to, folders[depth]!);
    mkdirSync(to);
  }
  writeFileSync(join(servedDir, extraPath), text);
}

function lighthouse(servedRoot: string, urls: string[], workDir: string): PageReport[] {
  const config = join(workDir, 'lighthouserc.json');
  const settings = { onlyCategories: ['performance'], chromeFlags: CHROMIUM_ARGS.join(' ') };
  const collect = { numberOfRuns: RUNS, staticDistDir: servedRoot, url: urls, chromePath: findChromium(), settings };
  writeFileSync(config, JSON.stringify({ ci: { collect } }));
  const result = spawnSync(join(root, 'node_modules/.bin/lhci'), ['collect', `--config=${config}`], { cwd: workDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Lighthouse failed:\n${result.stdout}${result.stderr}`);
  const reportsDir = join(workDir, '.lighthouseci');
  return readdirSync(reportsDir)
    .filter((name) => /^lhr-.*\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(reportsDir, name), 'utf8')) as PageReport);
}

/** Lighthouse's median figures for a post page of a built site and for its minimal page. */
export function comparePages(siteDir: string, pagePath: string): { post: PageMetrics; minimal: PageMetrics } {
  const workDir = mkdtempSync(join(tmpdir(), 'shipit-bench-pages-'));
  const servedDir = join(workDir, 'site');
  mkdirSync(servedDir);
  const minimalPath = minimalPagePath(pagePath);
  siteWithExtraPage(siteDir, servedDir, minimalPath, minimalPage(readFileSync(join(siteDir, pagePath), 'utf8'), join(siteDir, pagePath)));
  // A build for a site URL with a path links under it, so it is served there.
  const served = serveUnderBase(servedDir, siteUrlOfBuild(siteDir, site.url));
  try {
    const urls = [pagePath, minimalPath].map((path) => `/${served.prefix}${path.slice(1)}`);
    const reports = lighthouse(served.root, urls, workDir);
    const [post, minimal] = urls.map((url) =>
      medianMetrics(reports.filter((report) => new URL(report.requestedUrl).pathname === url).map(pageMetrics)),
    );
    return { post: post!, minimal: minimal! };
  } finally {
    served.remove();
    rmSync(workDir, { recursive: true, force: true });
  }
}
