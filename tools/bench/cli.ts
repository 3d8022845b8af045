// Usage: npm run bench [-- --posts 1000,5000] [--rounds 3] [--no-save] [--lighthouse]
// Builds a synthetic corpus of 1000 posts with the blog and with a bare Astro project, each from a
// cold cache and again warm after one post changed; prints seconds, milliseconds per post, peak
// memory and the ratios against their limits, and adds the results to tools/bench/results.md.
// The four builds run --rounds times in turn (3 by default) and each figure is the median: on a
// shared machine one build can take a fifth longer than the same build a minute later.
// --lighthouse also holds a synthetic post page and the real site's longest post (dist/) against
// minimal pages of the same posts, on what a reader waits for and downloads.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCorpus } from './builds.ts';
import { BUILDS, comparisonLines, roundLine } from './compare.ts';
import { pageComparisonLines } from './page-metrics.ts';
import { comparePages, longestPost } from './pages.ts';
import { appendRuns, type BenchRun } from './results.ts';
import { findChromium } from '../../tests/support/find-chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const resultsFile = join(import.meta.dirname, 'results.md');

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'no-save': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
  },
});
const sizes = values.posts.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`error: --posts takes whole numbers separated by commas, got "${values.posts}"`);
  process.exit(1);
}

const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`error: --rounds takes a whole number of at least 1, got "${values.rounds}"`);
  process.exit(1);
}

if (values.lighthouse) {
  try {
    findChromium();
  } catch (error) {
    console.error(`error: --lighthouse: ${(error as Error).message}`);
    process.exit(1);
  }
}

const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version as string;
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}`;

function printPageComparison(what: string, siteDir: string): void {
  const pagePath = longestPost(siteDir);
  if (!pagePath) {
    console.log(`Reader side, ${what}: skipped, ${siteDir} has no post page`);
    return;
  }
  console.log(`Reader side, ${what} ${pagePath} against its minimal page (median of Lighthouse runs, mobile):`);
  // A failed comparison costs neither the build figures before it nor the results file after it.
  try {
    const { post, minimal } = comparePages(siteDir, pagePath);
    console.log(pageComparisonLines(post, minimal).join('\n'));
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

function bench(posts: number, comparePostPage: boolean): BenchRun {
  const dir = mkdtempSync(join(tmpdir(), `shipit-bench-${posts}-`));
  try {
    const load = loadavg()[0]!;
    console.log(`${posts} synthetic posts (load ${load.toFixed(1)}):`);
    let round = 0;
    const { builds, ratios } = measureCorpus(dir, posts, {
      rounds,
      onBuild: (name) => console.log(`  building: ${BUILDS[name]}…`),
      onRound: (measured) => console.log(roundLine(++round, measured)),
    });
    if (rounds > 1) console.log(`  medians of ${rounds} rounds (each ratio the median of the rounds' ratios):`);
    console.log(comparisonLines(posts, builds, ratios).join('\n'));
    if (comparePostPage) printPageComparison('synthetic post', join(dir, 'dist'));
    return {
      date: new Date().toISOString().slice(0, 10),
      machine,
      load,
      posts,
      rounds,
      builds,
      ratios,
      node: process.versions.node,
      astro: astroVersion,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  // One synthetic page is enough: what a reader downloads for a post hardly depends on how many others there are.
  const runs = sizes.map((posts, index) => bench(posts, values.lighthouse && index === 0));
  if (values.lighthouse) {
    const realSite = join(root, 'dist');
    if (existsSync(join(realSite, 'index.html'))) printPageComparison('longest real post', realSite);
    else console.log('Reader side, real site: skipped, dist/ holds no built site; run `npm run build` first');
  }
  if (!values['no-save']) {
    writeFileSync(resultsFile, appendRuns(existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : undefined, runs));
    console.log(`results added to tools/bench/results.md (${machine})`);
  }
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
