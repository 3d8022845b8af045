// Usage: npm run bench [-- --posts 100,1000] [--no-save]
// Builds synthetic corpora of 100 and 1000 posts from a cold cache, prints build seconds,
// milliseconds per post and peak memory, and adds the results to tools/bench/results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticCorpus } from './corpus.ts';
import { appendRuns, msPerPost, type BenchRun } from './results.ts';

const root = join(import.meta.dirname, '..', '..');
const resultsFile = join(import.meta.dirname, 'results.md');

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100,1000' },
    'no-save': { type: 'boolean', default: false },
  },
});
const sizes = values.posts.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`error: --posts takes whole numbers separated by commas, got "${values.posts}"`);
  process.exit(1);
}

const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version as string;
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}`;

function build(posts: number): BenchRun {
  const dir = mkdtempSync(join(tmpdir(), `shipit-bench-${posts}-`));
  try {
    mkdirSync(join(dir, 'posts'));
    for (const post of syntheticCorpus(posts)) writeFileSync(join(dir, 'posts', post.fileName), post.text);

    const peakFile = join(dir, 'peak-rss-kb');
    const load = loadavg()[0]!;
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      // The safe build passes the memory probe on to the Astro process it runs.
      ['--import', join(import.meta.dirname, 'peak-memory.ts'), join(root, 'tools/build/safe-build.ts')],
      {
        cwd: root,
        env: { ...process.env, SHIPIT_BENCH_DIR: dir, SHIPIT_PEAK_MEMORY_FILE: peakFile, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) {
      throw new Error(`the build of ${posts} synthetic posts failed:\n${result.stdout}${result.stderr}`);
    }
    const built = readdirSync(join(dir, 'dist', 'posts')).filter((name) => name.endsWith('.html')).length;
    if (built !== posts) throw new Error(`expected ${posts} post pages, the build wrote ${built}`);
    if (!existsSync(peakFile)) throw new Error('the build did not report its peak memory');
    const peakMemoryMb = Number(readFileSync(peakFile, 'utf8')) / 1024;

    return {
      date: new Date().toISOString().slice(0, 10),
      machine,
      load,
      posts,
      seconds,
      peakMemoryMb,
      node: process.versions.node,
      astro: astroVersion,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs: BenchRun[] = [];
for (const posts of sizes) {
  console.log(`building ${posts} synthetic posts…`);
  const run = build(posts);
  console.log(
    `  ${run.seconds.toFixed(1)} s, ${msPerPost(run).toFixed(1)} ms per post, peak memory ${Math.round(run.peakMemoryMb)} MB (load ${run.load.toFixed(1)})`,
  );
  runs.push(run);
}

if (!values['no-save']) {
  writeFileSync(resultsFile, appendRuns(existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : undefined, runs));
  console.log(`results added to tools/bench/results.md (${machine})`);
}
