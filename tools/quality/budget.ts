// Usage: npm run budget [-- <built site folder>] [--config <lighthouserc file>] [--reports <folder>]   (default dist/)
// Lighthouse CI (mobile) audits home, the longest post (and the longest part of a series) and the biggest tag page, served
// gzipped from the folder, and fails on any assertion of lighthouserc.json.
// Own code because LHCI can neither pick those pages from the build nor serve it under the site URL's path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listSiteFiles } from './site-files.ts';
import { bestRuns, budgetPages, summarizeReports, type LighthouseReport, type ManifestRun } from './lighthouse-budget.ts';
import { serveUnderBase } from './served-site.ts';
import { site } from '../../src/site.config.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/find-chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', default: join(import.meta.dirname, 'lighthouserc.json') },
    reports: { type: 'string' },
  },
});
const dir = resolve(positionals[0] ?? join(root, 'dist'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const sizes = new Map(listSiteFiles(dir).map((path) => [path, statSync(join(dir, path)).size]));
// The series box (src/components/SeriesParts.astro) marks a part of a series.
const isSeriesPart = (path: string) => readFileSync(join(dir, path), 'utf8').includes('<nav class="series"');
const { paths, missing } = budgetPages(sizes, isSeriesPart);
for (const kind of missing) console.warn(`warning: no ${kind} in ${relative(process.cwd(), dir)}; not audited`);

let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}

const reportsDir = values.reports
  ? resolve(values.reports)
  : resolve(root, JSON.parse(readFileSync(join(import.meta.dirname, 'lighthouserc.json'), 'utf8')).ci.upload.outputDir);
rmSync(reportsDir, { recursive: true, force: true });
const served = serveUnderBase(dir, site.url);
// LHCI keeps its runs in .lighthouseci/ of its working folder: a folder of this run's own lets
// two budgets run at once (npm test audits a fixture site while it audits the blog).
const workDir = mkdtempSync(join(tmpdir(), 'budget-'));
let status: number | null;
try {
  ({ status } = spawnSync(
    join(root, 'node_modules/.bin/lhci'),
    [
      'autorun',
      `--config=${resolve(values.config)}`,
      `--collect.staticDistDir=${served.root}`,
      ...paths.map((path) => `--collect.url=/${served.prefix}${path.slice(1)}`),
      `--collect.chromePath=${chromium}`,
      `--collect.settings.chromeFlags=${CHROMIUM_ARGS.join(' ')}`,
      `--upload.outputDir=${reportsDir}`,
    ],
    { cwd: workDir, stdio: 'inherit' },
  ));
} finally {
  served.remove();
  rmSync(workDir, { recursive: true, force: true });
}

const manifest = join(reportsDir, 'manifest.json');
if (existsSync(manifest)) {
  const runs = JSON.parse(readFileSync(manifest, 'utf8')) as ManifestRun[];
  const reports = bestRuns(runs).map((run) => JSON.parse(readFileSync(run.jsonPath, 'utf8')) as LighthouseReport);
  console.log(`\n${summarizeReports(reports)}\nReports: ${relative(process.cwd(), reportsDir)}/`);
}
process.exit(status ?? 1);
